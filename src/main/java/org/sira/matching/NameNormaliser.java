package org.sira.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a name as it was typed at reception or copied from a manifest and returns family name,
 * given names and aliases as canonical tokens. It copes with the usual ways the two columns are
 * misused: "TRAORE Moussa" in one column, the surname in the given-names column, "Moussa dit Bakary",
 * titles and particles.
 */
public final class NameNormaliser {

    private static final NameNormaliser STANDARD = new NameNormaliser(
            NameVariants.load("given-names.txt"), NameVariants.load("surnames.txt"));

    private static final Set<String> ALIAS_MARKERS = Set.of("dit", "dite", "alias", "ditte", "surnomme", "surnommee");
    // Honorifics say nothing about who the person is.
    private static final Set<String> TITLES = Set.of("el", "elhadj", "elhadji", "hadj", "hadji", "hadja", "aladji",
            "mme", "mr", "mlle", "monsieur", "madame", "dr", "imam");
    // Particles belong to the following name (Ag Mohamed, Ould Ahmed) but carry no identity alone.
    private static final Set<String> PARTICLES = Set.of("ag", "ould", "ben", "bin", "ibn", "mint", "walet", "al");

    private final NameVariants givenNames;
    private final NameVariants surnames;

    NameNormaliser(NameVariants givenNames, NameVariants surnames) {
        this.givenNames = givenNames;
        this.surnames = surnames;
    }

    /** The normaliser backed by the dictionaries shipped with Sira. */
    public static NameNormaliser standard() {
        return STANDARD;
    }

    public NormalisedName normalise(String familyName, String givenNames) {
        List<RawWord> family = words(familyName);
        List<RawWord> given = words(givenNames);
        List<RawWord> aliases = new ArrayList<>();
        family = splitAliases(family, aliases);
        given = splitAliases(given, aliases);

        if (family.isEmpty() && given.size() > 1) {
            List<RawWord> split = capitalisedWords(given);
            if (!split.isEmpty()) {
                family = split;
                given = without(given, split);
            } else {
                family = List.of(guessSurname(given));
                given = without(given, family);
            }
        } else if (given.isEmpty() && family.size() > 1) {
            List<RawWord> split = capitalisedWords(family);
            if (!split.isEmpty()) {
                given = without(family, split);
                family = split;
            } else {
                RawWord surname = guessSurname(family);
                given = without(family, List.of(surname));
                family = List.of(surname);
            }
        } else if (looksSwapped(family, given)) {
            List<RawWord> swap = family;
            family = given;
            given = swap;
        }
        return new NormalisedName(tokens(family, surnames), tokens(given, this.givenNames), tokens(aliases, this.givenNames));
    }

    /** A name as written, cut into the two columns of a record. */
    public record WrittenName(String familyName, String givenNames) {
    }

    /**
     * Cuts a whole name written in one cell ("COULIBALY Mahamadou dit Bakary", "Moussa Traoré")
     * into family name and given names, keeping the words as written: words in capitals among
     * others are the family name; otherwise the known surname at either end, else the last word.
     */
    public WrittenName splitWritten(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return new WrittenName(null, null);
        }
        List<String> written = List.of(fullName.strip().split("\\s+"));
        int aliasAt = written.size();
        for (int i = 0; i < written.size(); i++) {
            if (ALIAS_MARKERS.contains(SpellingKey.plain(written.get(i)))) {
                aliasAt = i;
                break;
            }
        }
        List<String> main = written.subList(0, aliasAt);
        if (main.size() < 2) {
            return new WrittenName(String.join(" ", main).isEmpty() ? null : String.join(" ", main),
                    aliasAt < written.size() ? String.join(" ", written.subList(aliasAt, written.size())) : null);
        }
        List<RawWord> words = main.stream().map(w -> words(w).stream().findFirst().orElse(new RawWord("", false))).toList();
        List<Integer> family = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).allCaps) {
                family.add(i);
            }
        }
        if (family.isEmpty() || family.size() == words.size()) {
            family = List.of(isSurnameOnly(words.get(0)) && !isSurnameOnly(words.get(words.size() - 1)) ? 0 : words.size() - 1);
        }
        List<String> familyWords = new ArrayList<>();
        List<String> givenWords = new ArrayList<>();
        for (int i = 0; i < main.size(); i++) {
            (family.contains(i) ? familyWords : givenWords).add(main.get(i));
        }
        givenWords.addAll(written.subList(aliasAt, written.size()));
        return new WrittenName(String.join(" ", familyWords), givenWords.isEmpty() ? null : String.join(" ", givenWords));
    }

    /** Each word of a text read as a given name (a father's first names, say). */
    public List<NameToken> givenNameTokens(String text) {
        List<RawWord> words = splitAliases(words(text), new ArrayList<>());
        return tokens(words, givenNames);
    }

    boolean isKnownSurnameKey(String key) {
        return surnames.isKnown(key);
    }

    boolean isKnownGivenNameKey(String key) {
        return givenNames.isKnown(key);
    }

    /** Canonical key of one given-name word (used for father's name and for searching). */
    public String givenNameKey(String word) {
        return givenNames.canonical(SpellingKey.of(SpellingKey.plain(word)));
    }

    /** Canonical key of one family-name word. */
    public String surnameKey(String word) {
        return surnames.canonical(SpellingKey.of(SpellingKey.plain(word)));
    }

    boolean areRelatedGivenNames(String keyA, String keyB) {
        return givenNames.areRelated(keyA, keyB);
    }

    /** Every canonical key a free-text word could have, as surname or as given name. */
    Set<String> keysOfWord(String word) {
        String plain = SpellingKey.plain(word);
        if (plain.isEmpty() || TITLES.contains(plain) || PARTICLES.contains(plain) || ALIAS_MARKERS.contains(plain)) {
            return Set.of();
        }
        String spelling = SpellingKey.of(plain);
        return new java.util.LinkedHashSet<>(List.of(givenNames.canonical(spelling), surnames.canonical(spelling)));
    }

    private List<NameToken> tokens(List<RawWord> words, NameVariants dictionary) {
        List<NameToken> tokens = new ArrayList<>(words.size());
        for (RawWord word : words) {
            String key = dictionary.canonical(SpellingKey.of(word.plain));
            if (!key.isEmpty()) {
                tokens.add(new NameToken(word.plain, key));
            }
        }
        return tokens;
    }

    private RawWord guessSurname(List<RawWord> words) {
        RawWord first = words.get(0);
        RawWord last = words.get(words.size() - 1);
        if (isSurnameOnly(first) && !isSurnameOnly(last)) {
            return first;
        }
        // Manifests written abroad put the family name last by default.
        return last;
    }

    private boolean isSurnameOnly(RawWord word) {
        String spelling = SpellingKey.of(word.plain);
        return surnames.isKnown(spelling) && !givenNames.isKnown(spelling);
    }

    private boolean isGivenOnly(RawWord word) {
        String spelling = SpellingKey.of(word.plain);
        return givenNames.isKnown(spelling) && !surnames.isKnown(spelling);
    }

    private boolean looksSwapped(List<RawWord> family, List<RawWord> given) {
        return !family.isEmpty() && !given.isEmpty()
                && family.stream().allMatch(this::isGivenOnly)
                && given.stream().anyMatch(this::isSurnameOnly)
                && given.stream().noneMatch(this::isGivenOnly);
    }

    /** Words written in capitals among words that are not: the usual way of marking the surname. */
    private static List<RawWord> capitalisedWords(List<RawWord> words) {
        List<RawWord> capitals = words.stream().filter(w -> w.allCaps).toList();
        return capitals.size() == words.size() ? List.of() : capitals;
    }

    private static List<RawWord> without(List<RawWord> words, List<RawWord> removed) {
        List<RawWord> rest = new ArrayList<>(words);
        rest.removeAll(removed);
        return rest;
    }

    private static List<RawWord> splitAliases(List<RawWord> words, List<RawWord> aliases) {
        for (int i = 0; i < words.size(); i++) {
            if (ALIAS_MARKERS.contains(words.get(i).plain)) {
                aliases.addAll(words.subList(i + 1, words.size()));
                return new ArrayList<>(words.subList(0, i));
            }
        }
        return words;
    }

    private static List<RawWord> words(String text) {
        List<RawWord> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        // Apostrophes join (N'Diaye), every other non-letter separates (hyphens, dots, commas).
        for (String part : text.replace("'", "").replace("’", "").split("[^\\p{L}\\p{M}]+")) {
            String plain = SpellingKey.plain(part);
            if (plain.isEmpty() || TITLES.contains(plain) || PARTICLES.contains(plain)) {
                continue;
            }
            boolean allCaps = part.length() > 1 && part.equals(part.toUpperCase()) && !part.equals(part.toLowerCase());
            words.add(new RawWord(plain, allCaps));
        }
        return words;
    }

    private record RawWord(String plain, boolean allCaps) {
    }
}
