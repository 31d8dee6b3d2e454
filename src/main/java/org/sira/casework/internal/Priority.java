package org.sira.casework.internal;

/** How urgent a need is. */
public enum Priority { HIGH, MEDIUM, LOW }
