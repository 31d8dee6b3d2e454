package org.sira.reference;

import java.util.Locale;

public record Language(String code, String nameFr, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
