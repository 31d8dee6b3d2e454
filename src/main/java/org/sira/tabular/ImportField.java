package org.sira.tabular;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The columns an import understands, with the headings accepted for each: first the English and
 * French names of the public API (api-v1.md, "Tabular files"), then other ways people head the
 * same column. Headings are compared after {@link HeaderMatcher#normalise(String)}.
 */
public enum ImportField {
    FAMILY_NAME("family_name", "nom", "nom de famille", "nom famille", "surname", "last name"),
    GIVEN_NAMES("given_names", "prenoms", "prenom", "prenom(s)", "given name", "first name", "first names"),
    /** Family name and given names in one cell, as many lists are written: read by {@code NameNormaliser#splitWritten}. */
    FULL_NAME("full_name", "nom_complet", "nom et prenoms", "nom et prenom", "nom complet", "nom prenoms", "nom prenom",
            "prenoms et nom", "prenom et nom", "noms et prenoms", "full name", "name"),
    SEX("sex", "sexe", "genre", "gender"),
    BIRTH_DATE("birth_date", "date_naissance", "date de naissance", "date of birth", "birthdate", "dob", "ne le", "nee le"),
    FATHER_GIVEN_NAME("father_given_name", "prenom_pere", "prenom du pere", "father's given name", "father's name",
            "nom du pere"),
    MOTHER_NAME("mother_name", "nom_mere", "nom de la mere", "mother's name", "mere"),
    ORIGIN_COMMUNE("origin_commune", "commune_origine", "commune d'origine", "commune of origin", "commune"),
    ORIGIN_REGION("origin_region", "region_origine", "region d'origine", "region of origin", "region"),
    PHONE("phone", "telephone", "tel", "numero de telephone", "phone number", "contact telephonique",
            "n° de telephone", "n° telephone", "n° tel", "n° de tel", "no de telephone", "no tel", "numero tel"),
    DOCUMENT_NUMBER("document_number", "numero_piece", "numero de piece", "n° piece", "n° de piece",
            "no piece", "numero piece d'identite", "id document number"),
    EXTERNAL_REF("external_ref", "reference_externe", "external reference", "reference", "ref",
            "n° de reference", "n° reference", "n° ref", "no de reference", "no reference"),
    RETURN_KIND("return_kind", "type_retour", "type de retour", "kind of return", "return type"),
    COUNTRY_FROM("country_from", "pays_provenance", "pays de provenance", "country returned from", "provenance",
            "pays"),
    ARRIVAL_DATE("arrival_date", "date_arrivee", "date d'arrivee", "date of arrival"),
    ARRIVAL_POINT("arrival_point", "lieu_arrivee", "lieu d'arrivee", "point d'arrivee", "point of arrival");

    private final String englishHeader;
    private final String frenchHeader;
    private final List<String> headings;

    ImportField(String englishHeader, String frenchHeader, String... otherHeadings) {
        this.englishHeader = englishHeader;
        this.frenchHeader = frenchHeader;
        this.headings = List.copyOf(concat(englishHeader, frenchHeader, otherHeadings));
    }

    private static List<String> concat(String english, String french, String[] others) {
        List<String> all = new ArrayList<>(others.length + 2);
        all.add(english);
        all.add(french);
        all.addAll(List.of(others));
        return all;
    }

    /** The fields of api-v1's second table, which only files of returns hold. */
    public static final Set<ImportField> OF_A_RETURN = Collections.unmodifiableSet(EnumSet.range(RETURN_KIND, ARRIVAL_POINT));

    /** The heading of the public API in English, e.g. {@code birth_date}. */
    public String englishHeader() {
        return englishHeader;
    }

    /** The heading of the public API in French, e.g. {@code date_naissance}. */
    public String frenchHeader() {
        return frenchHeader;
    }

    /** Every heading accepted for this field, as written above (not normalised). */
    public List<String> headings() {
        return headings;
    }
}
