package org.sira.arrivals;

import org.sira.people.PersonDetails;
import org.sira.people.Vulnerability;

import java.time.LocalDate;

/**
 * What a return repeats of its person for the statistics and reports: sex, region of origin, date of
 * birth (as recorded) and vulnerabilities (their names, sorted, joined by commas, as the person
 * table holds them).
 */
public record CountedPerson(String sex, String originRegionCode, String originRegionText, LocalDate birthDate,
                            String vulnerabilities) {

    public static CountedPerson of(PersonDetails person) {
        return new CountedPerson(person.sex() == null ? null : person.sex().name(), person.origin().regionCode(),
                person.origin().regionText(), person.birthDate() == null ? null : person.birthDate().date(),
                Vulnerability.joined(person.vulnerabilities()));
    }

    /** The same person with a region text shared with other rows (an import holds one copy of each). */
    public CountedPerson withRegionText(String regionText) {
        return new CountedPerson(sex, originRegionCode, regionText, birthDate, vulnerabilities);
    }
}
