package org.sira.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A dictionary of name spellings kept as a data file so that people who know the names, not
 * programmers, can maintain it. Each line is a group of true equivalents; lines starting with "~"
 * relate names that are used for one another without being the same name (Fatoumata ~ Fanta).
 */
final class NameVariants {

    private final Map<String, String> groupBySpelling = new HashMap<>();
    private final Map<String, Set<String>> relatedGroups = new HashMap<>();

    private NameVariants() {
    }

    static NameVariants load(String resourceName) {
        try (InputStream in = NameVariants.class.getResourceAsStream(resourceName)) {
            if (in == null) {
                throw new IllegalStateException("Missing name dictionary " + resourceName);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NameVariants parse(BufferedReader lines) throws IOException {
        NameVariants variants = new NameVariants();
        String line;
        while ((line = lines.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("~")) {
                variants.addRelated(trimmed.substring(1).strip().split("\\s+"));
            } else {
                variants.addGroup(trimmed.split("\\s+"));
            }
        }
        return variants;
    }

    private void addGroup(String[] spellings) {
        String head = SpellingKey.of(SpellingKey.plain(spellings[0]));
        String group = groupBySpelling.getOrDefault(head, head);
        for (String spelling : spellings) {
            // The first line that names a spelling wins: a later, broader line cannot silently merge two groups.
            groupBySpelling.putIfAbsent(SpellingKey.of(SpellingKey.plain(spelling)), group);
        }
    }

    private void addRelated(String[] names) {
        for (String a : names) {
            for (String b : names) {
                String ka = canonical(SpellingKey.of(SpellingKey.plain(a)));
                String kb = canonical(SpellingKey.of(SpellingKey.plain(b)));
                if (!ka.equals(kb)) {
                    relatedGroups.computeIfAbsent(ka, k -> new HashSet<>()).add(kb);
                }
            }
        }
    }

    /** The group key for a spelling key; a spelling nobody listed is its own group. */
    String canonical(String spellingKey) {
        return groupBySpelling.getOrDefault(spellingKey, spellingKey);
    }

    boolean isKnown(String spellingKey) {
        return groupBySpelling.containsKey(spellingKey);
    }

    boolean areRelated(String canonicalA, String canonicalB) {
        return relatedGroups.getOrDefault(canonicalA, Set.of()).contains(canonicalB);
    }
}
