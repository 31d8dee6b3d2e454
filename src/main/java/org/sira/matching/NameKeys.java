package org.sira.matching;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    private NameKeys() {
    }

    public static Set<String> searchKeys(String anyNameText) {
        Set<String> keys = new LinkedHashSet<>();
        if (anyNameText == null) {
            return keys;
        }
        String plain = Normalizer.normalize(anyNameText, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        for (String token : plain.split("[^a-z]+")) {
            if (token.length() < 2 || token.equals("dit")) {
                continue;
            }
            String key = canonical(token);
            keys.add(EQUIVALENTS.getOrDefault(key, key));
        }
        return keys;
    }

    static String canonical(String token) {
        String key = token.replaceAll("c(?=[eiy])", "s").replace("dj", "j").replaceAll("di(?=[aeiou])", "j")
                .replace("ou", "u").replace("ch", "s").replace("sh", "s")
                .replace('c', 'k').replace('q', 'k').replace('y', 'i').replace("w", "u")
                .replaceAll("(.)\\1+", "$1");
        if (key.length() > 3 && key.endsWith("e")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }
}
