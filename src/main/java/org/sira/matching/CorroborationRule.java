package org.sira.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A MATCH needs something personal beyond the names and the family, and no parent against it. Namesakes
 * from one village, sons of fathers with the same name, agree on every name and place; what tells them
 * apart is a birth date that agrees (same day, or same month or year at the coarser precision), the same
 * phone or identity document, or the mother's name. Without any of these a candidate stays POSSIBLE unless
 * its weight is overwhelming (not even then where namesakes crowd the registry); with a father's or
 * mother's name that plainly differs it stays POSSIBLE whatever its weight: a person looks at it.
 */
final class CorroborationRule {

    static final String FIELD = "corroboration";
    /** Bits above the MATCH weight from which the names, the family and the place alone may carry a MATCH. */
    static final double UNCORROBORATED_EXTRA = 8;
    /** How a demotion for a crowded registry begins: {@link Reasons} recognise it by these words. */
    static final String NAMESAKES_CROWD = "many namesakes in the registry";

    private static final Set<String> PERSONAL = Set.of(MatchField.BIRTH_DATE.label(), MatchField.PHONE.label(),
            MatchField.DOCUMENT.label(), MatchField.MOTHER.label());

    private final double uncorroboratedWeight;

    /** {@code uncorroboratedWeight}: the weight from which a MATCH needs no corroboration. */
    CorroborationRule(double uncorroboratedWeight) {
        this.uncorroboratedWeight = uncorroboratedWeight;
    }

    /**
     * The candidate, demoted to POSSIBLE if it was a MATCH that nothing personal corroborates (unless its
     * weight is overwhelming), or one where a parent's name plainly disagrees.
     */
    Candidate apply(Candidate candidate) {
        return apply(candidate, false);
    }

    /**
     * As {@link #apply(Candidate)}; in a registry crowded with namesakes ({@link NamesakeCensus}) a birth
     * year (said, or estimated) no longer corroborates: a namesake cousin not registered yet was born
     * within a few years too, and a year said at night is often one or two off. A full date, the month,
     * a phone, a document or the mother still do. Nor does any weight stand in for them there: the names,
     * the father and the village that make a weight overwhelming are exactly what namesakes share.
     */
    Candidate apply(Candidate candidate, boolean namesakesCrowd) {
        if (candidate.verdict() != Verdict.MATCH) {
            return candidate;
        }
        String why;
        if (parentDisagrees(candidate.evidence())) {
            why = "a parent's name differs";
        } else if ((namesakesCrowd || candidate.weight() < uncorroboratedWeight) && !corroborated(candidate.evidence(), namesakesCrowd)) {
            why = namesakesCrowd && corroborated(candidate.evidence(), false)
                    ? NAMESAKES_CROWD + ": a birth year, or the mother's name with neither birth date nor father said,"
                            + " does not tell them apart; a full date, phone or document would"
                    : "nothing personal agrees beyond the names and the place: birth date, phone, document or mother";
        } else {
            return candidate;
        }
        List<FieldEvidence> evidence = new ArrayList<>(candidate.evidence());
        evidence.add(new FieldEvidence(FIELD, Agreement.MISSING, 0, why));
        return new Candidate(candidate.recordId(), Verdict.POSSIBLE, candidate.score(), candidate.weight(), evidence);
    }

    static boolean corroborated(List<FieldEvidence> evidence) {
        return corroborated(evidence, false);
    }

    /**
     * Whether something personal agrees. With {@code namesakesCrowd} a birth year alone does not, and the
     * mother's name alone only if the pair was also checked on something a namesake would likely fail: a
     * birth date or the father's name stated on both sides. A namesake not registered yet whose mother has
     * the same name as the registered one's is a coincidence that happens in a registry of thousands of
     * namesakes; with neither date nor father said, nothing on the row could show it.
     */
    static boolean corroborated(List<FieldEvidence> evidence, boolean namesakesCrowd) {
        boolean motherAgrees = false;
        for (FieldEvidence e : evidence) {
            if (!PERSONAL.contains(e.field()) || !corroborates(e) || (namesakesCrowd && yearOnly(e))) {
                continue;
            }
            if (!e.field().equals(MatchField.MOTHER.label())) {
                return true;
            }
            motherAgrees = true;
        }
        return motherAgrees && (!namesakesCrowd || checkedOnDateOrFather(evidence));
    }

    /** A birth date or a father's name stated on both sides, and not plainly against the pair. */
    private static boolean checkedOnDateOrFather(List<FieldEvidence> evidence) {
        for (FieldEvidence e : evidence) {
            if ((e.field().equals(MatchField.BIRTH_DATE.label()) || e.field().equals(MatchField.FATHER.label()))
                    && e.agreement() != Agreement.MISSING && e.agreement() != Agreement.DISAGREE) {
                return true;
            }
        }
        return false;
    }

    private static boolean corroborates(FieldEvidence e) {
        Agreement level = e.agreement();
        if (e.field().equals(MatchField.MOTHER.label())) {
            return level == Agreement.EXACT || level == Agreement.VARIANT || level == Agreement.RELATED;
        }
        if (e.field().equals(MatchField.DOCUMENT.label())) {
            return level == Agreement.EXACT || level == Agreement.TYPO;
        }
        if (e.field().equals(MatchField.BIRTH_DATE.label())) {
            return level == Agreement.EXACT || level == Agreement.VARIANT;
        }
        return level == Agreement.EXACT;
    }

    /** A birth date agreeing only on the year (said or estimated), not on the day or the month. */
    private static boolean yearOnly(FieldEvidence e) {
        return e.field().equals(MatchField.BIRTH_DATE.label()) && e.agreement() == Agreement.VARIANT && !e.detail().equals("same month");
    }

    /** A parent's name that plainly disagrees. */
    static boolean parentDisagrees(List<FieldEvidence> evidence) {
        for (FieldEvidence e : evidence) {
            if ((e.field().equals(MatchField.FATHER.label()) || e.field().equals(MatchField.MOTHER.label()))
                    && e.agreement() == Agreement.DISAGREE) {
                return true;
            }
        }
        return false;
    }
}
