package org.sira.matching;

import java.util.Locale;

/** The fields of a {@link MatchRecord} the scorer weighs; extra fields are weighed under their own names. */
public enum MatchField {
    FAMILY_NAME, GIVEN_NAMES, SEX, BIRTH_DATE, FATHER, MOTHER, REGION, COMMUNE, VILLAGE, PHONE, DOCUMENT;

    /** Name used in explanations, e.g. "familyName". */
    public String label() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder label = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            label.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return label.toString();
    }
}
