package org.sira.people;

/** How much of a date of birth is really known. */
public enum DatePrecision {
    DAY, MONTH, YEAR, ESTIMATED
}
