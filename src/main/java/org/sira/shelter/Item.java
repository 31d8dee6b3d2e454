package org.sira.shelter;

import java.util.Locale;

/** Something a centre hands out and keeps in stock (reference data, named in French and English). */
public record Item(String code, String labelFr, String labelEn, int defaultLowThreshold) {

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelFr;
    }
}
