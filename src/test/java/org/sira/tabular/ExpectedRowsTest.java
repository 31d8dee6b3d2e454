package org.sira.tabular;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The length of a file as the progress bar of an import sees it before reading it. */
class ExpectedRowsTest {

    @TempDir
    Path dir;

    @Test
    void aCsvFileCountsItsLinesAfterTheHeader() throws Exception {
        Path file = Fixtures.csv(dir, "liste.csv", StandardCharsets.UTF_8, "nom;prenoms\nTraoré;Awa\nKeïta;Moussa\nDiarra;Ali");
        try (TabularFile table = TabularFile.open(file)) {
            assertThat(table.expectedRows()).isEqualTo(3);
        }
    }

    @Test
    void aWorkbookGivesTheLastRowOfItsSheet() throws Exception {
        Path file = Fixtures.xlsx(dir, "liste.xlsx", sheet -> Fixtures.textRows(sheet,
                List.of(List.of("nom", "prenoms"), List.of("Traoré", "Awa"), List.of("Keïta", "Moussa"))));
        try (TabularFile table = TabularFile.open(file)) {
            assertThat(table.expectedRows()).isEqualTo(2);
        }
    }
}
