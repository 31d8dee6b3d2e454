package org.sira.tabular;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A person says what the columns hold when the headings do not: what they see, and what Sira then reads. */
class ColumnChoiceTest {

    @TempDir Path dir;

    @Test
    void samplesShowEachColumnWithItsHeadingAndFirstValues() throws IOException {
        Path file = Fixtures.csv(dir, "m.csv", StandardCharsets.UTF_8,
                "NOM ET PRENOMS;Date de naiss.;;\nTRAORE Moussa;1990;x;\nKEITA Awa;vers 1985;;\nDIARRA Ali;2001;;\nSACKO Ousmane;1970;;\n");
        try (TabularFile table = TabularFile.open(file)) {
            List<ColumnSample> columns = ColumnSample.read(table, 3);

            assertThat(columns).containsExactly(
                    new ColumnSample(0, "NOM ET PRENOMS", List.of("TRAORE Moussa", "KEITA Awa", "DIARRA Ali")),
                    new ColumnSample(1, "Date de naiss.", List.of("1990", "vers 1985", "2001")),
                    // No heading but a value: shown, since it may hold something; the empty fourth column is not.
                    new ColumnSample(2, "", List.of("x", "", "")));
            assertThat(columns.get(2).letter()).isEqualTo("C");
        }
    }

    @Test
    void samplesAreShortenedSoThatAPastedParagraphFitsAPhone() throws IOException {
        Path file = Fixtures.csv(dir, "m.csv", StandardCharsets.UTF_8, "Nom\n" + "A".repeat(300) + "\n");
        try (TabularFile table = TabularFile.open(file)) {
            assertThat(ColumnSample.read(table, 3).get(0).values().get(0)).hasSize(ColumnSample.SHOWN_LENGTH).endsWith("…");
        }
    }

    @Test
    void aChosenMappingReadsTheChosenColumnsAndIgnoresTheOthers() {
        HeaderMapping mapping = HeaderMapping.chosen(List.of("NOM ET PRENOMS", "Date de naiss.", "Tel", "Obs."),
                Map.of(0, ImportField.FAMILY_NAME, 1, ImportField.BIRTH_DATE, 3, ImportField.PHONE));
        TabularRow row = new TabularRow(2, List.of("TRAORE Moussa", "1990", "ignored", "76 12 34 56"), List.of());

        assertThat(mapping.text(row, ImportField.FAMILY_NAME)).contains("TRAORE Moussa");
        assertThat(mapping.text(row, ImportField.BIRTH_DATE)).contains("1990");
        assertThat(mapping.text(row, ImportField.PHONE)).contains("76 12 34 56");
        assertThat(mapping.unknown()).containsExactly(new HeaderColumn(2, "Tel"));
    }

    @Test
    void aChosenMappingMayNameAColumnWithoutHeading() {
        HeaderMapping mapping = HeaderMapping.chosen(List.of("Nom"), Map.of(0, ImportField.FAMILY_NAME, 1, ImportField.PHONE));

        assertThat(mapping.text(new TabularRow(2, List.of("Traoré", "76123456"), List.of()), ImportField.PHONE)).contains("76123456");
    }

    @Test
    void aChosenMappingRefusesOneFieldForTwoColumns() {
        assertThatThrownBy(() -> HeaderMapping.chosen(List.of("a", "b"),
                Map.of(0, ImportField.FAMILY_NAME, 1, ImportField.FAMILY_NAME))).isInstanceOf(IllegalArgumentException.class);
    }
}
