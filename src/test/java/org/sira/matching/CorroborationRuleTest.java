package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorroborationRuleTest {

    private final CorroborationRule rule = new CorroborationRule(26.5);

    private static Candidate match(double weight, FieldEvidence... evidence) {
        return new Candidate("c", Verdict.MATCH, 0.96, weight, List.of(evidence));
    }

    private static FieldEvidence line(MatchField field, Agreement agreement, double weight) {
        return new FieldEvidence(field.label(), agreement, weight, "");
    }

    @Test
    void namesAndPlaceAloneDoNotMakeAMatch() {
        Candidate judged = rule.apply(match(19.2, line(MatchField.GIVEN_NAMES, Agreement.EXACT, 6.9),
                line(MatchField.FATHER, Agreement.EXACT, 4.6), line(MatchField.COMMUNE, Agreement.EXACT, 3.8),
                line(MatchField.BIRTH_DATE, Agreement.MISSING, 0)));

        assertThat(judged.verdict()).isEqualTo(Verdict.POSSIBLE);
        assertThat(judged.evidence()).anyMatch(e -> e.field().equals(CorroborationRule.FIELD));
    }

    @Test
    void anAgreeingBirthDateOrPhoneOrMotherCorroborates() {
        assertThat(rule.apply(match(20, line(MatchField.BIRTH_DATE, Agreement.VARIANT, 4.8))).verdict()).isEqualTo(Verdict.MATCH);
        assertThat(rule.apply(match(20, line(MatchField.PHONE, Agreement.EXACT, 15))).verdict()).isEqualTo(Verdict.MATCH);
        assertThat(rule.apply(match(20, line(MatchField.MOTHER, Agreement.EXACT, 10))).verdict()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void aBirthYearTwoOffDoesNotCorroborate() {
        assertThat(rule.apply(match(20, line(MatchField.BIRTH_DATE, Agreement.RELATED, 0.5))).verdict()).isEqualTo(Verdict.POSSIBLE);
    }

    @Test
    void anOverwhelmingWeightNeedsNoCorroboration() {
        assertThat(rule.apply(match(27, line(MatchField.VILLAGE, Agreement.EXACT, 8))).verdict()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void aParentsNameThatDiffersKeepsEvenAStrongCandidateForAPerson() {
        Candidate judged = rule.apply(match(30, line(MatchField.BIRTH_DATE, Agreement.EXACT, 13),
                line(MatchField.MOTHER, Agreement.DISAGREE, -3)));

        assertThat(judged.verdict()).isEqualTo(Verdict.POSSIBLE);
    }

    @Test
    void aBirthYearAloneDoesNotCorroborateWhereNamesakesCrowdTheRegistry() {
        Candidate judged = rule.apply(match(22, new FieldEvidence(MatchField.BIRTH_DATE.label(), Agreement.VARIANT, 4.8, "same year"),
                line(MatchField.VILLAGE, Agreement.EXACT, 8.6)), true);

        assertThat(judged.verdict()).isEqualTo(Verdict.POSSIBLE);
        assertThat(judged.evidence()).anyMatch(e -> e.field().equals(CorroborationRule.FIELD)
                && e.detail().startsWith(CorroborationRule.NAMESAKES_CROWD));
    }

    @Test
    void aFullDateAMonthOrTheMotherStillCorroborateWhereNamesakesCrowd() {
        assertThat(rule.apply(match(22, line(MatchField.BIRTH_DATE, Agreement.EXACT, 13)), true).verdict()).isEqualTo(Verdict.MATCH);
        assertThat(rule.apply(match(22, new FieldEvidence(MatchField.BIRTH_DATE.label(), Agreement.VARIANT, 8, "same month")), true)
                .verdict()).isEqualTo(Verdict.MATCH);
        assertThat(rule.apply(match(22, line(MatchField.MOTHER, Agreement.EXACT, 10), line(MatchField.FATHER, Agreement.EXACT, 5)), true)
                .verdict()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void whereNamesakesCrowdNoWeightStandsInForSomethingPersonal() {
        // Names, father and a rare village make the weight: namesakes of one village share all of them.
        Candidate judged = rule.apply(match(27, new FieldEvidence(MatchField.BIRTH_DATE.label(), Agreement.VARIANT, 4.8, "same year"),
                line(MatchField.VILLAGE, Agreement.EXACT, 8.6)), true);

        assertThat(judged.verdict()).isEqualTo(Verdict.POSSIBLE);
        assertThat(rule.apply(match(27, line(MatchField.VILLAGE, Agreement.EXACT, 8.6)), false).verdict()).isEqualTo(Verdict.MATCH);
    }

    @Test
    void whereNamesakesCrowdTheMotherAloneCorroboratesOnlyIfADateOrTheFatherWasAlsoChecked() {
        FieldEvidence mother = line(MatchField.MOTHER, Agreement.EXACT, 9.2);

        Candidate alone = rule.apply(match(19.3, mother, line(MatchField.BIRTH_DATE, Agreement.MISSING, 0),
                line(MatchField.FATHER, Agreement.MISSING, 0)), true);
        assertThat(alone.verdict()).isEqualTo(Verdict.POSSIBLE);
        assertThat(alone.evidence()).anyMatch(e -> e.field().equals(CorroborationRule.FIELD)
                && e.detail().startsWith(CorroborationRule.NAMESAKES_CROWD));
        assertThat(rule.apply(match(22, mother, line(MatchField.FATHER, Agreement.EXACT, 5)), true).verdict()).isEqualTo(Verdict.MATCH);
        // A year two off is no corroboration, but it is a check a namesake ten years apart would have failed.
        assertThat(rule.apply(match(20, mother, line(MatchField.BIRTH_DATE, Agreement.RELATED, 0.5)), true).verdict())
                .isEqualTo(Verdict.MATCH);
    }

    @Test
    void outsideACrowdedRegistryTheMotherAloneStillCorroborates() {
        assertThat(rule.apply(match(19.3, line(MatchField.MOTHER, Agreement.EXACT, 9.2)), false).verdict()).isEqualTo(Verdict.MATCH);
    }
}
