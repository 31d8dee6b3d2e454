package org.sira.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How crowded the registry is with namesakes: the share of its records (with both names and a village)
 * that share family name, given name and village with a record that is plainly another person (a father's
 * or mother's name differs, or births four years or more apart). Where cousins are named after one
 * grandfather this runs to a fifth of the registry; where names mix freely, about one record in a hundred.
 * In a crowded registry a birth year said aloud does not tell a returnee from a namesake who is not
 * registered yet: the registry's own namesakes show how likely such a one is.
 */
final class NamesakeCensus {

    /** From this share the registry is crowded with namesakes: five times what chance gives in a free mix. */
    static final double CROWDED = 0.05;

    private NamesakeCensus() {
    }

    /** The share, over the records of {@code slots}; 0 for a registry without villages. */
    static double share(RecordSlots slots) {
        Map<Long, List<PreparedRecord>> byNameAndVillage = new HashMap<>();
        int counted = 0;
        int withNamesake = 0;
        for (int slot = 0; slot < slots.slotCount(); slot++) {
            PreparedRecord r = slots.at(slot);
            if (r == null || r.village == Vocabulary.NONE || PreparedRecord.wordCount(r.family) == 0 || PreparedRecord.wordCount(r.given) == 0) {
                continue;
            }
            counted++;
            long key = ((long) PreparedRecord.key(r.family, 0) * 1_000_003L + PreparedRecord.key(r.given, 0)) * 1_000_003L + r.village;
            List<PreparedRecord> same = byNameAndVillage.computeIfAbsent(key, k -> new ArrayList<>(1));
            for (PreparedRecord other : same) {
                if (plainlyAnother(r, other)) {
                    withNamesake++;
                    break;
                }
            }
            same.add(r);
        }
        return counted == 0 ? 0 : (double) withNamesake / counted;
    }

    static boolean plainlyAnother(PreparedRecord a, PreparedRecord b) {
        boolean years = a.hasDate() && b.hasDate() && Math.abs(a.birthYear - b.birthYear) >= 4;
        return years || firstKeysDiffer(a.father, b.father) || firstKeysDiffer(a.mother, b.mother);
    }

    private static boolean firstKeysDiffer(int[] a, int[] b) {
        return PreparedRecord.wordCount(a) > 0 && PreparedRecord.wordCount(b) > 0 && PreparedRecord.key(a, 0) != PreparedRecord.key(b, 0);
    }
}
