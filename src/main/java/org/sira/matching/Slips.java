package org.sira.matching;

import org.apache.commons.text.similarity.DamerauLevenshteinDistance;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/** The slips of a hand at a keyboard: one letter or digit off, two neighbours swapped. */
final class Slips {

    static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    // Swapped neighbours (Umsan/Usman) are the commonest slip at a keyboard: one edit, not two.
    private static final DamerauLevenshteinDistance DAMERAU_2 = new DamerauLevenshteinDistance(2);

    private Slips() {
    }

    /** Whether two spellings of a name look like one slip of the other (or two in a long name). */
    static boolean isTypo(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4 || Math.abs(a.length() - b.length()) > 2) {
            return false;
        }
        // One slip leaves the first or the last letter in place; checking that first saves most
        // edit-distance computations between plainly different names.
        if (a.charAt(0) != b.charAt(0) && a.charAt(a.length() - 1) != b.charAt(b.length() - 1)) {
            return false;
        }
        int distance = DAMERAU_2.apply(a, b);
        if (distance == 1) {
            return true;
        }
        return distance == 2 && shorter >= 5 && JARO_WINKLER.apply(a, b) >= 0.9;
    }

    static boolean oneDigitApart(int yearA, int yearB) {
        int diff = 0;
        String a = Integer.toString(yearA);
        String b = Integer.toString(yearB);
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            diff += a.charAt(i) == b.charAt(i) ? 0 : 1;
        }
        return diff == 1;
    }

    /**
     * Whether one insertion, deletion or substitution turns one text into the other (a Levenshtein
     * distance of exactly 1), found from the common beginning and end without filling an edit-distance
     * table.
     */
    static boolean oneEditApart(String a, String b) {
        String longer = a.length() >= b.length() ? a : b;
        String shorter = longer == a ? b : a;
        int ll = longer.length();
        int ls = shorter.length();
        if (ll - ls > 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < ls && longer.charAt(prefix) == shorter.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < ls - prefix && longer.charAt(ll - 1 - suffix) == shorter.charAt(ls - 1 - suffix)) {
            suffix++;
        }
        // Same length: everything but one position agrees. One longer: the shorter is the longer
        // with one letter left out.
        return ll == ls ? prefix + suffix == ll - 1 : prefix + suffix == ls;
    }
}
