package org.sira.matching;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spelling-tolerant keys of the words of a name: "TRAORÉ Mahamadou" and "Traore Mamadou" share
 * their keys. French spellings are rewritten to a Mande-like form and known given-name
 * equivalents map to one key.
 */
public final class NameKeys {

    private static final Map<String, String> EQUIVALENTS = Map.ofEntries(
            Map.entry("mahamadu", "mamadu"), Map.entry("mohamed", "mamadu"), Map.entry("muhamad", "mamadu"),
            Map.entry("mohamadu", "mamadu"), Map.entry("mamudu", "mamadu"), Map.entry("muhamed", "mamadu"),
            Map.entry("brahima", "ibrahima"), Map.entry("ibrahim", "ibrahima"),
            Map.entry("bubakar", "abubakar"), Map.entry("usman", "usmane"), Map.entry("sulaiman", "suleimane"),
            Map.entry("suleiman", "suleimane"), Map.entry("abdulahi", "abdulaye"));

    // Compiled once: String.replaceAll/split would compile them again on every call, and search scores
    // hundreds of candidates per request.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern SOFT_C = Pattern.compile("c(?=[eiy])");
    private static final Pattern DI_VOWEL = Pattern.compile("di(?=[aeiou])");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

    private NameKeys() {
    }

    public static Set<String> searchKeys(String anyNameText) {
        Set<String> keys = new LinkedHashSet<>();
        if (anyNameText == null) {
            return keys;
        }
        String plain = MARKS.matcher(Normalizer.normalize(anyNameText, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        for (String token : NON_LETTERS.split(plain)) {
            if (token.length() < 2 || token.equals("dit")) {
                continue;
            }
            String key = canonical(token);
            keys.add(EQUIVALENTS.getOrDefault(key, key));
        }
        return keys;
    }

    static String canonical(String token) {
        String key = DI_VOWEL.matcher(SOFT_C.matcher(token).replaceAll("s").replace("dj", "j")).replaceAll("j")
                .replace("ou", "u").replace("ch", "s").replace("sh", "s")
                .replace('c', 'k').replace('q', 'k').replace('y', 'i').replace("w", "u");
        key = DOUBLED.matcher(key).replaceAll("$1");
        if (key.length() > 3 && key.endsWith("e")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }
}
