package org.sira.reintegration;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** The scoring, against examples computed by hand. */
class ReintegrationMethodTest {

    static final ReintegrationMethod V1 = ReintegrationMethods.read(new ClassPathResource("reintegration/method-v1.json"),
            JsonMapper.builder().build());

    /** Eight answers of fifteen; BORROWING_ACCESS and most of SOCIAL left out. */
    static final Map<String, String> ANSWERS = Map.of(
            "WORK", "OCCASIONAL", "FOOD_SECURITY", "SOMETIMES", "DEBT", "NONE", "ECONOMIC_SATISFACTION", "DISSATISFIED",
            "HOUSING", "ACCEPTABLE", "HEALTH_ACCESS", "GOOD",
            "INTENDS_TO_MIGRATE_AGAIN", "YES", "FAMILY_RELATIONS", "TENSE", "DISTRESS", "OFTEN");

    @Test
    void theMethodHasFifteenQuestionsInThreeDimensionsIncludingTheIntentionToMigrateAgain() {
        assertThat(V1.dimensions()).extracting(ReintegrationMethod.Dimension::code).containsExactly("ECONOMIC", "SOCIAL", "PSYCHOSOCIAL");
        assertThat(V1.dimensions().stream().mapToInt(d -> d.questions().size()).sum()).isEqualTo(15);
        assertThat(V1.question("INTENDS_TO_MIGRATE_AGAIN")).isPresent();
    }

    @Test
    void dimensionsAreWeightedMeansOfTheirAnsweredQuestionsAndTheCompositeOfTheDimensions() {
        // ECONOMIC (2×0.5 + 1.5×0.5 + 1×1 + 1×0.25) / 5.5 = 3 / 5.5 = 0.54545…
        // SOCIAL (1.5×0.5 + 1×1) / 2.5 = 0.7
        // PSYCHOSOCIAL (2×0 + 1.5×0.5 + 1.5×0) / 5 = 0.15
        // composite 0.35×0.54545… + 0.30×0.7 + 0.35×0.15 = 0.45341…
        assertThat(V1.score(ANSWERS)).containsExactly(entry("ECONOMIC", 0.5455), entry("SOCIAL", 0.7),
                entry("PSYCHOSOCIAL", 0.15), entry("composite", 0.4534));
    }

    @Test
    void aDimensionWithoutAnswersHasNoScoreAndCountsInNoComposite() {
        assertThat(V1.score(Map.of("HOUSING", "GOOD", "HEALTH_ACCESS", "NONE")))
                .containsExactly(entry("SOCIAL", 0.6), entry("composite", 0.6));
        assertThat(V1.score(Map.of())).isEmpty();
    }

    @Test
    void theSameAnswersScoreAgainUnderNewWeights() {
        ReintegrationMethod v2 = reweighted(V1, "v2", Map.of("ECONOMIC", 0.5, "SOCIAL", 0.25, "PSYCHOSOCIAL", 0.25), "WORK", 1);
        // ECONOMIC (1×0.5 + 1.5×0.5 + 1×1 + 1×0.25) / 4.5 = 0.5556; composite 0.5×0.5556 + 0.25×0.7 + 0.25×0.15 = 0.49028
        assertThat(v2.score(ANSWERS)).containsExactly(entry("ECONOMIC", 0.5556), entry("SOCIAL", 0.7),
                entry("PSYCHOSOCIAL", 0.15), entry("composite", 0.4903));
    }

    @Test
    void unknownQuestionsAndValuesAreNamedAsErrors() {
        assertThat(V1.check(Map.of("WORK", "ALWAYS", "SHOE_SIZE", "42", "DEBT", "NONE")))
                .extracting(error -> error.field() + " " + error.messageKey())
                .containsExactlyInAnyOrder("answers.WORK error.unknown-value", "answers.SHOE_SIZE reintegration.question.unknown");
    }

    @Test
    void aMethodWithAScoreOutsideZeroToOneOrANegativeWeightIsRefused() {
        assertThatThrownBy(() -> new ReintegrationMethod.Answer("X", 1.5, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReintegrationMethod.Question("Q", -1, Map.of(), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** The method with other dimension weights and one question's weight changed. */
    static ReintegrationMethod reweighted(ReintegrationMethod method, String version, Map<String, Double> dimensionWeights,
                                          String question, double weight) {
        return new ReintegrationMethod(version, method.description(), method.dimensions().stream()
                .map(d -> new ReintegrationMethod.Dimension(d.code(), dimensionWeights.get(d.code()), d.label(), d.questions().stream()
                        .map(q -> q.code().equals(question) ? new ReintegrationMethod.Question(q.code(), weight, q.label(), q.answers()) : q)
                        .toList()))
                .toList());
    }
}
