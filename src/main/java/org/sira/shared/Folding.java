package org.sira.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for comparisons that ignore case, accents and punctuation ("Ségou" = "SEGOU" = "segou"). */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Folding() {
    }

    /** Runs of spaces, tabs and line breaks as one space, ends stripped: text as written, not folded. */
    public static String collapseSpaces(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace('œ', 'o').replace('æ', 'a').replace('ß', 's');
        return NOT_ALNUM.matcher(plain).replaceAll(" ").strip();
    }
}
