package org.sira.arrivals;

import org.sira.people.PersonDetails;

/** What a return repeats of its person for the statistics: sex and region of origin. */
public record CountedPerson(String sex, String originRegionCode, String originRegionText) {

    public static CountedPerson of(PersonDetails person) {
        return new CountedPerson(person.sex() == null ? null : person.sex().name(), person.origin().regionCode(),
                person.origin().regionText());
    }
}
