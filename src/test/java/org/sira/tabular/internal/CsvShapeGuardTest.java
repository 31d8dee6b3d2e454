package org.sira.tabular.internal;

import org.sira.tabular.Fixtures;

import org.sira.tabular.TabularFileException;
import org.sira.tabular.ImportError;
import org.sira.tabular.TabularRow;
import org.sira.tabular.TabularLimits;
import org.sira.tabular.TabularFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvShapeGuardTest {

    @TempDir
    Path dir;

    private void assertRefusedAtRow(String content, String row) throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8, content);

        assertThatThrownBy(() -> {
            try (TabularFile tabular = TabularFile.open(file)) {
                tabular.rows().toList();
            }
        }).isInstanceOf(TabularFileException.class)
                .satisfies(e -> {
                    TabularFileException error = (TabularFileException) e;
                    assertThat(error.code()).isEqualTo("import.file.rowTooLarge");
                    assertThat(error.arguments().get(0)).isEqualTo(row);
                });
    }

    @Test
    void refusesARowWithMoreColumnsThanExcelHas() throws Exception {
        assertRefusedAtRow("nom;prenoms\r\nKeita;Fanta\r\n" + ";".repeat(CsvShapeGuard.MAX_FIELDS) + "\r\n", "3");
    }

    @Test
    void refusesACellOfMoreThanAMillionCharacters() throws Exception {
        assertRefusedAtRow("nom;prenoms\n\"" + "x".repeat(CsvShapeGuard.MAX_FIELD_CHARS + 1) + "\";Fanta\n", "2");
    }

    @Test
    void countsRowsAsTheParserDoesAcrossQuotedLineBreaks() throws Exception {
        assertRefusedAtRow("nom;adresse\n\"Keita\nSory\";\"a\r\nb\"\n" + ";".repeat(CsvShapeGuard.MAX_FIELDS) + "\n", "3");
    }

    @Test
    void letsTheWidestSpreadsheetRowThrough() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8,
                "nom\n" + "x;".repeat(CsvShapeGuard.MAX_FIELDS - 1) + "x\n");

        try (TabularFile tabular = TabularFile.open(file)) {
            TabularRow row = tabular.rows().findFirst().orElseThrow();
            assertThat(row.cells()).hasSize(TabularLimits.DEFAULT_MAX_COLUMNS);
            assertThat(row.errors()).extracting(ImportError::code).containsExactly("import.row.tooManyColumns");
        }
    }
}
