package org.sira.people;

public enum DocumentKind { NINA, PASSPORT, CONSULAR_CARD, LAISSEZ_PASSER, BIRTH_CERTIFICATE, OTHER }
