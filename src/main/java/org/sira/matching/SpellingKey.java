package org.sira.matching;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns one name token into a spelling key that is the same for the usual French and Mande (Bamanan)
 * transcriptions of the same sound: Diarra/Djara/Jara, Coulibaly/Kulibali, Ousmane/Usman.
 * The rules are deliberately few: each one must not merge names that Malians hear as different
 * (Konaté/Kanté, Traoré/Touré, Diarra/Diallo stay apart). Families of spellings the rules cannot
 * reach are listed in the variant dictionaries instead.
 */
final class SpellingKey {

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    private SpellingKey() {
    }

    /**
     * Lower-case ASCII letters only: "Keïta" → "keita", "N'Diaye" → "ndiaye". The letters of Bambara
     * orthography become their French spelling: ɛ → e, ɔ → o, ɲ → ny, ŋ → ng, and in a word written so, c
     * (said "tch") → tch: "Jɛnɛba" → "jeneba".
     */
    static String plain(String token) {
        String decomposed = Normalizer.normalize(token, Normalizer.Form.NFD);
        String stripped = DIACRITICS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        boolean bambara = stripped.chars().anyMatch(c -> c == 'ɛ' || c == 'ɔ' || c == 'ɲ' || c == 'ŋ');
        StringBuilder letters = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (bambara && c == 'c') {
                letters.append("tch");
            } else if (c >= 'a' && c <= 'z') {
                letters.append(c);
            } else if (c == 'ɛ') {
                letters.append('e');
            } else if (c == 'ɔ') {
                letters.append('o');
            } else if (c == 'ɲ') {
                letters.append("ny");
            } else if (c == 'ŋ') {
                letters.append("ng");
            } else if (c == 'ø') {
                letters.append('o');
            } else if (c == 'æ') {
                letters.append("ae");
            } else if (c == 'ß') {
                letters.append("ss");
            }
        }
        return letters.toString();
    }

    /** The spelling key of a token already reduced by {@link #plain(String)}. */
    static String of(String plain) {
        if (plain.isEmpty()) {
            return plain;
        }
        // y is a vowel or a glide in both orthographies: Dyarra, Sylla, Seydou.
        String s = plain.replace('y', 'i');
        // French writes the Mande palatal /j/ as "dj" or "di" before a vowel: Djara, Diarra, Kadidia.
        s = s.replace("dj", "j");
        s = palataliseDiBeforeVowel(s);
        // "ch"/"sh" are one sound, and "tch" (Bambara c) is heard as it; x is free for it once "x" itself is rewritten.
        s = s.replace("x", "ks").replace("tch", "X").replace("ch", "X").replace("sh", "X");
        s = s.replace("kh", "k").replace("ph", "f").replace("th", "t").replace("gh", "g");
        s = s.replace("qu", "k").replace("gui", "gi").replace("gue", "ge");
        s = s.replace('c', 'k').replace('q', 'k');
        s = s.replace("ou", "u");
        // h is silent in these names once ch/sh/kh/th/ph are gone: Mahamadou, Bah, Haïdara.
        s = s.replace("h", "");
        s = s.replace('X', 'x');
        s = collapseDoubledLetters(s);
        s = dropSilentFinalE(s);
        return s;
    }

    private static String palataliseDiBeforeVowel(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == 'd' && i + 2 < s.length() && s.charAt(i + 1) == 'i' && isVowel(s.charAt(i + 2))
                    && s.charAt(i + 2) != 'i') {
                out.append('j');
                i++;
            } else {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    private static String collapseDoubledLetters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    // French spelling adds a mute final e (Ousmane/Usman, Souleymane/Suleiman); accents are already gone,
    // so Traoré and Traore lose the same e and stay equal.
    private static String dropSilentFinalE(String s) {
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == 'e' && !isVowel(s.charAt(n - 2))) {
            return s.substring(0, n - 1);
        }
        return s;
    }

    static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
}
