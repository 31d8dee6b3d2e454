package org.sira.psychosocial;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sira.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The questionnaires' files score as the instruments' authors say, against totals worked out by hand. */
class InstrumentTest {

    private static final Instruments INSTRUMENTS = Instruments.fromClassPath();

    private static List<Integer> answers(String spaced) {
        return Arrays.stream(spaced.split(" ")).map(Integer::valueOf).toList();
    }

    @ParameterizedTest(name = "PHQ-9 {0} → {1} {2}, risk {3}")
    @CsvSource({
            "0 0 0 0 0 0 0 0 0, 0, MINIMAL, ''",
            "1 1 1 1 0 0 0 0 0, 4, MINIMAL, ''",
            "1 1 1 1 1 0 0 0 0, 5, MILD, ''",
            "2 1 1 1 1 1 1 1 0, 9, MILD, ''",
            "2 2 1 1 1 1 1 1 0, 10, MODERATE, ''",
            "2 2 2 2 2 2 1 1 0, 14, MODERATE, ''",
            "2 2 2 2 2 2 2 1 0, 15, MODERATELY_SEVERE, ''",
            "3 3 3 2 2 2 2 2 0, 19, MODERATELY_SEVERE, ''",
            "3 3 3 3 2 2 2 2 0, 20, SEVERE, ''",
            "3 3 3 3 3 3 3 3 3, 27, SEVERE, 9",
            "0 0 0 0 0 0 0 0 1, 1, MINIMAL, 9"})
    void phq9ScoresItsTotalIntoItsBandAndFlagsTheNinthItemAboveZero(String given, int total, String band, String risk) {
        Instrument.Score score = INSTRUMENTS.find("PHQ9").orElseThrow().score(answers(given));
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.riskItems()).isEqualTo(risk.isEmpty() ? List.of() : List.of(Integer.valueOf(risk)));
        assertThat(score.risk()).isEqualTo(!risk.isEmpty());
    }

    @ParameterizedTest(name = "GAD-7 {0} → {1} {2}")
    @CsvSource({
            "0 0 0 0 0 0 0, 0, MINIMAL",
            "1 1 1 1 0 0 0, 4, MINIMAL",
            "1 1 1 1 1 0 0, 5, MILD",
            "2 2 2 1 1 1 0, 9, MILD",
            "2 2 2 2 1 1 0, 10, MODERATE",
            "2 2 2 2 2 2 2, 14, MODERATE",
            "3 2 2 2 2 2 2, 15, SEVERE",
            "3 3 3 3 3 3 3, 21, SEVERE"})
    void gad7ScoresItsTotalIntoItsBandAndFlagsNoRisk(String given, int total, String band) {
        Instrument.Score score = INSTRUMENTS.find("gad7").orElseThrow().score(answers(given));
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.risk()).isFalse();
    }

    @Test
    void aWrongNumberOfAnswersOrAValueOutsideTheScaleIsRefusedFieldByField() {
        Instrument phq9 = INSTRUMENTS.find("PHQ9").orElseThrow();
        assertThatThrownBy(() -> phq9.score(answers("0 0 0 0 0 0 0 0"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("answers");
                    assertThat(error.arguments()).containsExactly(9, 8);
                }));
        assertThatThrownBy(() -> phq9.score(answers("0 0 0 4 0 0 0 -1 0"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(org.sira.shared.FieldError::field).containsExactly("answers[3]", "answers[7]"));
        assertThatThrownBy(() -> phq9.score(java.util.Collections.nCopies(9, (Integer) null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> phq9.score(List.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theQuestionsAreThereInFrenchAndEnglishWithTheirAnswers() {
        assertThat(INSTRUMENTS.all()).extracting(Instrument::code).containsExactly("PHQ9", "GAD7");
        Instrument phq9 = INSTRUMENTS.find("PHQ9").orElseThrow();
        assertThat(phq9.items()).hasSize(9);
        assertThat(phq9.maxTotal()).isEqualTo(27);
        assertThat(phq9.items().get(8).text(Locale.ENGLISH)).startsWith("Thoughts that you would be better off dead");
        assertThat(phq9.items().get(0).text(Locale.FRENCH)).isEqualTo("Peu d’intérêt ou de plaisir à faire les choses");
        assertThat(phq9.answers()).extracting(Instrument.Answer::value).containsExactly(0, 1, 2, 3);
        assertThat(INSTRUMENTS.find("GAD7").orElseThrow().maxTotal()).isEqualTo(21);
    }

    @Test
    void aFileWhoseBandsLeaveATotalWithoutBandIsRefused() {
        Map<String, String> both = Map.of("fr", "x", "en", "x");
        Instrument gap = new Instrument("GAP", "1", both, null, both, List.of(new Instrument.Answer(0, both), new Instrument.Answer(1, both)),
                List.of(new Instrument.Item(both, null), new Instrument.Item(both, null)),
                List.of(new Instrument.Band("LOW", 0, 0, both), new Instrument.Band("HIGH", 2, 2, both)));
        assertThatThrownBy(gap::check).isInstanceOf(IllegalStateException.class).hasMessageContaining("HIGH");
    }
}
