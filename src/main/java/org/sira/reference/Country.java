package org.sira.reference;

import java.util.Locale;

/** A country of ISO 3166-1 with its names in both working languages. */
public record Country(String alpha2, String alpha3, String nameFr, String nameEn, Continent continent) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
