package org.sira.reference;

/** Continents as the reports group countries. Antarctica exists only so that every ISO code has one. */
public enum Continent {
    AFRICA, EUROPE, ASIA, NORTH_AMERICA, SOUTH_AMERICA, OCEANIA, ANTARCTICA
}
