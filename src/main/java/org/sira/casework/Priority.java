package org.sira.casework;

/** How urgent a need is. */
public enum Priority { HIGH, MEDIUM, LOW }
