package org.sira.arrivals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sira.shared.FieldError;

class ManifestErrorsTest {

    @Test
    void aRowsProblemsComeBackAsTheCodesAndArgumentsTheyWereStoredAs() {
        List<FieldError> errors = List.of(new FieldError("SEX", "import.sex.unknown", "peut-être"),
                new FieldError("FAMILY_NAME", "validation.Size", 100, 0));
        List<FieldError> back = ManifestErrors.decode(ManifestErrors.encode(errors));
        assertThat(back).extracting(FieldError::field).containsExactly("SEX", "FAMILY_NAME");
        assertThat(back).extracting(FieldError::messageKey).containsExactly("import.sex.unknown", "validation.Size");
        assertThat(back.get(0).arguments()).containsExactly("peut-être");
        // Numbers stay numbers: "{1,choice,…}" needs one.
        assertThat(back.get(1).arguments()).containsExactly(100, 0);
    }

    @Test
    void noProblemIsStoredAsNothing() {
        assertThat(ManifestErrors.encode(List.of())).isNull();
        assertThat(ManifestErrors.decode(null)).isEmpty();
    }

    @Test
    void problemsThatWouldOverflowTheColumnAreLeftOutFromTheLastOne() {
        List<FieldError> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(new FieldError("PHONE", "import.phone.invalid", "x".repeat(40)));
        }
        String stored = ManifestErrors.encode(many);
        assertThat(stored.length()).isLessThanOrEqualTo(2_000);
        assertThat(ManifestErrors.decode(stored)).isNotEmpty().hasSizeLessThan(100);
    }

    @Test
    void rowsStagedBeforeErrorsWereCodesShowTheirMessagesAsWritten() {
        List<FieldError> old = ManifestErrors.decode("Sexe inconnu : X\nNi nom ni prénom : la ligne ne peut pas être rapprochée.");
        assertThat(old).extracting(FieldError::messageKey)
                .containsExactly("Sexe inconnu : X", "Ni nom ni prénom : la ligne ne peut pas être rapprochée.");
    }
}
