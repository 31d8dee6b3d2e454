package org.sira.imports;

/** What a file holds: persons only, or one return per row (with the person's columns). */
public enum ImportKind { PERSONS, RETURNS }
