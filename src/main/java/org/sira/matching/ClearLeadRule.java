package org.sira.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * A MATCH must be clearly ahead. The best candidate stays a MATCH only if every other candidate that is
 * another person weighs at least {@code margin} bits less; a runner-up that is the same person as the best
 * (the registry holds them twice) does not count against it. Otherwise every MATCH of the list becomes
 * POSSIBLE and a person decides. A candidate below the best that is another person is never a MATCH: two
 * different people cannot both be the one queried. "Every other candidate" includes those ranked above the
 * best MATCH but kept POSSIBLE by another rule: a heavier namesake is the likeliest other person of all.
 */
final class ClearLeadRule {

    /** 16 to 1: the best must be that much likelier than any other person before nobody is asked. */
    static final double DEFAULT_MARGIN = 4;
    static final String FIELD = "clearLead";
    /** Bits above the MATCH weight from which two registry records are taken for one person registered twice. */
    static final double REGISTERED_TWICE_EXTRA = 6;

    private final double margin;

    ClearLeadRule(double margin) {
        this.margin = margin;
    }

    /**
     * The candidates, best first, with the verdicts the rule allows. {@code samePerson} tells whether two
     * candidates' records are the same person; it is asked only about candidates that matter.
     */
    List<Candidate> apply(List<Candidate> ranked, BiPredicate<String, String> samePerson) {
        // The best MATCH, which need not be the first: a heavier candidate may have been kept POSSIBLE
        // (nothing personal agrees, a parent differs), and is then the rival that matters most.
        Candidate best = ranked.stream().filter(c -> c.verdict() == Verdict.MATCH).findFirst().orElse(null);
        if (best == null) {
            return ranked;
        }
        List<Boolean> sameAsBest = new ArrayList<>(ranked.size());
        Candidate rival = null;
        for (Candidate c : ranked) {
            // Only a candidate within reach or itself a MATCH needs the extra comparison with the best.
            boolean matters = c.weight() > best.weight() - margin || c.verdict() == Verdict.MATCH;
            boolean same = c == best || (matters && samePerson.test(best.recordId(), c.recordId()));
            sameAsBest.add(same);
            if (!same && rival == null && c.weight() > best.weight() - margin) {
                rival = c;
            }
        }
        List<Candidate> judged = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            if (c.verdict() != Verdict.MATCH) {
                judged.add(c);
            } else if (rival != null) {
                double behind = best.weight() - rival.weight();
                judged.add(demoted(c, behind >= 0
                        ? String.format(Locale.ROOT, "another person fits almost as well (%.1f bits behind the best)", behind)
                        : String.format(Locale.ROOT, "another person fits better (%.1f bits ahead), kept for review", -behind)));
            } else if (!sameAsBest.get(i)) {
                judged.add(demoted(c, "a better candidate is another person"));
            } else {
                judged.add(c);
            }
        }
        return judged;
    }

    private static Candidate demoted(Candidate c, String why) {
        List<FieldEvidence> evidence = new ArrayList<>(c.evidence());
        evidence.add(new FieldEvidence(FIELD, Agreement.DISAGREE, 0, why));
        return new Candidate(c.recordId(), Verdict.POSSIBLE, c.score(), c.weight(), evidence);
    }
}
