package org.sira.arrivals;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.sira.tabular.ImportField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** The rules a column mapping chosen by a person must keep before a manifest is staged with it. */
class ColumnMappingTest {

    @Test
    void acceptsANameColumnAndOtherFieldsOnce() {
        ColumnMapping mapping = new ColumnMapping(Map.of(0, ImportField.FAMILY_NAME, 2, ImportField.PHONE), false);

        assertThat(mapping.fields()).containsExactly(Map.entry(0, ImportField.FAMILY_NAME), Map.entry(2, ImportField.PHONE));
    }

    @Test
    void refusesOneFieldForTwoColumnsNamingBothColumns() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> new ColumnMapping(
                Map.of(0, ImportField.FAMILY_NAME, 1, ImportField.BIRTH_DATE, 3, ImportField.BIRTH_DATE), false));

        assertThat(refused.errors()).extracting(FieldError::field, FieldError::messageKey).containsExactlyInAnyOrder(
                tuple("column.1", "manifest.mapping.duplicate"),
                tuple("column.3", "manifest.mapping.duplicate"));
        assertThat(refused.errors().get(0).arguments()[0]).isEqualTo("B, D");
    }

    @Test
    void refusesAMappingWithoutANameColumn() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> new ColumnMapping(Map.of(0, ImportField.BIRTH_DATE, 1, ImportField.PHONE), false));

        assertThat(refused.errors()).extracting(FieldError::messageKey).containsExactly("manifest.mapping.name-required");
    }

    @Test
    void acceptsGivenNamesAloneAsTheNameColumn() {
        assertThat(new ColumnMapping(Map.of(4, ImportField.GIVEN_NAMES), true).firstRowIsData()).isTrue();
    }

    @Test
    void refusesAFieldAManifestDoesNotCarry() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> new ColumnMapping(Map.of(0, ImportField.FAMILY_NAME, 1, ImportField.RETURN_KIND), false));

        assertThat(refused.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(tuple("column.1", "manifest.mapping.unknown-field"));
    }
}
