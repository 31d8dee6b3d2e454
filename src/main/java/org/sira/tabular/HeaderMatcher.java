package org.sira.tabular;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Recognises the columns of a file from their headings, the way a person would: {@code Prénom(s)},
 * {@code PRENOMS} and {@code given_names} are the same column.
 */
public final class HeaderMatcher {

    private static final Map<String, ImportField> FIELDS_BY_HEADING = indexHeadings();

    private HeaderMatcher() {
    }

    public static HeaderMapping match(List<String> headings) {
        Map<ImportField, HeaderColumn> columns = new EnumMap<>(ImportField.class);
        List<HeaderColumn> unknown = new ArrayList<>();
        List<HeaderColumn> duplicates = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i).strip();
            if (heading.isEmpty()) {
                // Spreadsheets often carry empty columns on the right; they say nothing.
                continue;
            }
            HeaderColumn column = new HeaderColumn(i, heading);
            ImportField field = field(normalise(heading));
            if (field == null) {
                unknown.add(column);
            } else if (columns.containsKey(field)) {
                duplicates.add(column);
            } else {
                columns.put(field, column);
            }
        }
        return new HeaderMapping(columns, unknown, duplicates);
    }

    /** Also when the heading is numbered, as forms number their questions: "1. Nom", "N° 3 – Sexe :". */
    private static ImportField field(String normalised) {
        ImportField field = FIELDS_BY_HEADING.get(normalised);
        if (field == null) {
            field = FIELDS_BY_HEADING.get(NUMBERING.matcher(normalised).replaceFirst(""));
        }
        return field;
    }

    private static final Pattern NUMBERING = Pattern.compile("^(?:no?)?\\d+");

    /**
     * Lower case, without accents and keeping letters and digits only, so that case, accents,
     * spaces, underscores, apostrophes and brackets never decide whether a heading matches.
     */
    public static String normalise(String heading) {
        String decomposed = Normalizer.normalize(heading, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                kept.append(c);
            }
        }
        return kept.toString().toLowerCase(Locale.ROOT);
    }

    private static Map<String, ImportField> indexHeadings() {
        Map<String, ImportField> index = new HashMap<>();
        for (ImportField field : ImportField.values()) {
            for (String heading : field.headings()) {
                ImportField previous = index.put(normalise(heading), field);
                if (previous != null && previous != field) {
                    throw new IllegalStateException("heading " + heading + " names both " + previous + " and " + field);
                }
            }
        }
        return Map.copyOf(index);
    }
}
