package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class ClearLeadRuleTest {

    private final ClearLeadRule rule = new ClearLeadRule(4);
    private final BiPredicate<String, String> allDifferent = (a, b) -> false;

    private static Candidate candidate(String id, Verdict verdict, double weight) {
        return new Candidate(id, verdict, 0.5, weight, List.of());
    }

    @Test
    void aMatchClearlyAheadOfTheSecondStaysAMatch() {
        List<Candidate> judged = rule.apply(List.of(candidate("a", Verdict.MATCH, 25), candidate("b", Verdict.POSSIBLE, 20)), allDifferent);

        assertThat(judged).extracting(Candidate::verdict).containsExactly(Verdict.MATCH, Verdict.POSSIBLE);
    }

    @Test
    void aMatchWithAnotherPersonAlmostAsGoodBecomesPossibleAndSaysWhy() {
        List<Candidate> judged = rule.apply(List.of(candidate("a", Verdict.MATCH, 22), candidate("b", Verdict.MATCH, 19)), allDifferent);

        assertThat(judged).extracting(Candidate::verdict).containsExactly(Verdict.POSSIBLE, Verdict.POSSIBLE);
        assertThat(judged.get(0).evidence()).anyMatch(e -> e.field().equals(ClearLeadRule.FIELD));
    }

    @Test
    void theSamePersonRegisteredTwiceDoesNotCountAsARival() {
        BiPredicate<String, String> aAndBAreOne = (x, y) -> Set.of(x, y).equals(Set.of("a", "b"));

        List<Candidate> judged = rule.apply(List.of(candidate("a", Verdict.MATCH, 24), candidate("b", Verdict.MATCH, 23),
                candidate("c", Verdict.POSSIBLE, 12)), aAndBAreOne);

        assertThat(judged).extracting(Candidate::verdict).containsExactly(Verdict.MATCH, Verdict.MATCH, Verdict.POSSIBLE);
    }

    @Test
    void anotherPersonBelowTheBestIsNeverAMatchToo() {
        List<Candidate> judged = rule.apply(List.of(candidate("a", Verdict.MATCH, 30), candidate("b", Verdict.MATCH, 20)), allDifferent);

        assertThat(judged).extracting(Candidate::verdict).containsExactly(Verdict.MATCH, Verdict.POSSIBLE);
    }

    @Test
    void listsWithoutAMatchAreLeftAsTheyAre() {
        List<Candidate> ranked = List.of(candidate("a", Verdict.POSSIBLE, 15), candidate("b", Verdict.POSSIBLE, 14.5));

        assertThat(rule.apply(ranked, allDifferent)).isEqualTo(ranked);
    }

    @Test
    void aHeavierCandidateKeptPossibleByAnotherRuleStillCountsAsARival() {
        // The heaviest was kept POSSIBLE (nothing personal agreed): two namesakes below it fit by a year said.
        List<Candidate> judged = rule.apply(List.of(candidate("a", Verdict.POSSIBLE, 20.6), candidate("b", Verdict.MATCH, 19.8),
                candidate("c", Verdict.MATCH, 19.8)), allDifferent);

        assertThat(judged).extracting(Candidate::verdict).containsExactly(Verdict.POSSIBLE, Verdict.POSSIBLE, Verdict.POSSIBLE);
        assertThat(judged.get(1).evidence()).anyMatch(e -> e.field().equals(ClearLeadRule.FIELD) && e.detail().contains("better"));
    }

    @Test
    void aPossibleAheadThatIsTheSamePersonDoesNotStopTheMatch() {
        BiPredicate<String, String> aAndBAreOne = (x, y) -> Set.of(x, y).equals(Set.of("a", "b"));

        List<Candidate> judged = rule.apply(List.of(candidate("a", Verdict.POSSIBLE, 24), candidate("b", Verdict.MATCH, 22),
                candidate("c", Verdict.POSSIBLE, 12)), aAndBAreOne);

        assertThat(judged).extracting(Candidate::verdict).containsExactly(Verdict.POSSIBLE, Verdict.MATCH, Verdict.POSSIBLE);
    }
}
