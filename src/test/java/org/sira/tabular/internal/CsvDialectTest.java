package org.sira.tabular.internal;

import org.sira.tabular.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDialectTest {

    @TempDir
    Path dir;

    @Test
    void choosesTheSeparatorUsedMostInTheHeader() throws Exception {
        assertThat(CsvDialect.delimiterOf(new StringReader("nom;prenoms;sexe\n1,2,3,4,5\n"))).isEqualTo(';');
        assertThat(CsvDialect.delimiterOf(new StringReader("nom,prenoms,sexe\n1;2;3;4;5\n"))).isEqualTo(',');
        assertThat(CsvDialect.delimiterOf(new StringReader("nom\tprenoms\tsexe\n"))).isEqualTo('\t');
    }

    @Test
    void ignoresSeparatorsInsideQuotedHeadings() throws Exception {
        assertThat(CsvDialect.delimiterOf(new StringReader("\"nom, prénom(s), surnom\";sexe\n"))).isEqualTo(';');
    }

    @Test
    void looksAtTheFirstNonBlankLine() throws Exception {
        assertThat(CsvDialect.delimiterOf(new StringReader("\r\n\r\nnom,prenoms\n"))).isEqualTo(',');
        // A title above the headings holds no separator: the headings decide.
        assertThat(CsvDialect.delimiterOf(new StringReader("Liste des retours 1996\nnom,prenoms,sexe\n"))).isEqualTo(',');
    }

    @Test
    void prefersSemicolonsWhenTheHeaderHasOneColumn() throws Exception {
        assertThat(CsvDialect.delimiterOf(new StringReader("nom\nKeita, dit Sory\n"))).isEqualTo(';');
    }

    @Test
    void takesAFileOfValidUtf8ForUtf8() throws Exception {
        Path file = Fixtures.csv(dir, "a.csv", StandardCharsets.UTF_8, "nom\nKoné\n");

        assertThat(CsvDialect.detect(file).charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void takesAFileWithInvalidUtf8ForWindows1252() throws Exception {
        Path file = Fixtures.csv(dir, "a.csv", CsvDialect.WINDOWS_1252, "nom\nKoné\n");

        assertThat(CsvDialect.detect(file).charset()).isEqualTo(CsvDialect.WINDOWS_1252);
    }

    @Test
    void takesAUtf8SequenceCutByTheEndOfTheFileForWindows1252() throws Exception {
        byte[] cut = {'n', 'o', 'm', '\n', 'K', 'o', 'n', (byte) 0xC3};

        assertThat(CsvDialect.isValidUtf8(Fixtures.bytes(dir, "a.csv", cut))).isFalse();
    }

    @Test
    void skipsTheByteOrderMark() throws Exception {
        Path file = Fixtures.csvWithBom(dir, "a.csv", "nom\n");

        CsvDialect dialect = CsvDialect.detect(file);

        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(dialect.bomLength()).isEqualTo(3);
    }
}
