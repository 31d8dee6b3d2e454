package org.sira.reintegration;

/** How a business was found at a follow-up. */
public enum BusinessStatus { ACTIVE, STRUGGLING, CLOSED }
