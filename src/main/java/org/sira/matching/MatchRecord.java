package org.sira.matching;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the matcher knows of one registration. Everything is optional except an id and some name:
 * reception fills in the minimum first and completes later.
 *
 * @param birthDatePrecision DAY, MONTH, YEAR or ESTIMATED ("né vers 1990"); null when there is no date
 * @param extraFields        further comparable fields by name (e.g. an address), compared as plain text
 */
public record MatchRecord(
        String id,
        String familyName,
        String givenNames,
        String sex,
        LocalDate birthDate,
        String birthDatePrecision,
        String fatherGivenName,
        String motherName,
        String originRegion,
        String originCommune,
        String village,
        String phone,
        String documentNumber,
        Map<String, String> extraFields) {

    public static final Set<String> PRECISIONS = Set.of("DAY", "MONTH", "YEAR", "ESTIMATED");

    public MatchRecord {
        Objects.requireNonNull(id, "id");
        if (isBlank(familyName) && isBlank(givenNames)) {
            throw new IllegalArgumentException("A record to match needs a name: " + id);
        }
        if (birthDate != null) {
            birthDatePrecision = birthDatePrecision == null ? "DAY" : birthDatePrecision;
            if (!PRECISIONS.contains(birthDatePrecision)) {
                throw new IllegalArgumentException("Unknown birth date precision " + birthDatePrecision);
            }
        } else {
            birthDatePrecision = null;
        }
        extraFields = extraFields == null ? Map.of() : Map.copyOf(extraFields);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Fills a record field by field; fields never set stay empty. */
    public static final class Builder {
        private final String id;
        private String familyName;
        private String givenNames;
        private String sex;
        private LocalDate birthDate;
        private String birthDatePrecision;
        private String fatherGivenName;
        private String motherName;
        private String originRegion;
        private String originCommune;
        private String village;
        private String phone;
        private String documentNumber;
        private final Map<String, String> extraFields = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder name(String familyName, String givenNames) {
            this.familyName = familyName;
            this.givenNames = givenNames;
            return this;
        }

        public Builder sex(String sex) {
            this.sex = sex;
            return this;
        }

        public Builder born(LocalDate date, String precision) {
            this.birthDate = date;
            this.birthDatePrecision = precision;
            return this;
        }

        public Builder bornAround(int year) {
            return born(LocalDate.of(year, 1, 1), "ESTIMATED");
        }

        public Builder bornIn(int year) {
            return born(LocalDate.of(year, 1, 1), "YEAR");
        }

        public Builder father(String givenName) {
            this.fatherGivenName = givenName;
            return this;
        }

        public Builder mother(String name) {
            this.motherName = name;
            return this;
        }

        public Builder origin(String region, String commune, String village) {
            this.originRegion = region;
            this.originCommune = commune;
            this.village = village;
            return this;
        }

        public Builder village(String village) {
            this.village = village;
            return this;
        }

        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        public Builder document(String number) {
            this.documentNumber = number;
            return this;
        }

        public Builder extra(String field, String value) {
            if (value != null) {
                extraFields.put(field, value);
            }
            return this;
        }

        public MatchRecord build() {
            return new MatchRecord(id, familyName, givenNames, sex, birthDate, birthDatePrecision, fatherGivenName,
                    motherName, originRegion, originCommune, village, phone, documentNumber, extraFields);
        }
    }
}
