package org.sira.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A small workbook whose text inflates to far more than the server's memory (finding 7: 5.7 MB
 * that is 381 MB of shared strings, under POI's 1:100 zip-bomb ratio) is refused while it is
 * read, before the memory is spent. The bombs are built here, a few MB at most, and the cap is
 * made small, so that the test needs no large heap: what it measures is how much the reading
 * allocated, which grows with the text read and not with the heap.
 */
@Tag("asvs-5.2.3")
@Tag("asvs-15.2.2")
class XlsxTextBombTest {

    /** Eight-letter words picked at random: compresses about 1:30, well inside POI's 1:100 guard. */
    private static final String[] WORDS = {"Traorexx", "Coulibal", "Diarraxx", "Keitaxxx"};
    private static final long BOMB_CHARS = 64_000_000;

    @TempDir Path dir;

    @Test
    void oneHugeSharedStringIsRefusedBeforeItIsHeldInMemory() throws Exception {
        Path bomb = bomb("chaine.xlsx", "xl/sharedStrings.xml", out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<si><t>nom</t></si><si><t>Koné</t></si><si><t>");
            words(out, BOMB_CHARS);
            out.write("</t></si></sst>");
        });
        TabularLimits limits = TabularLimits.defaults().withMaxFileBytes(Files.size(bomb) + 1);

        long allocated = allocatedWhile(() -> assertThatThrownBy(() -> TabularFile.open(bomb, limits).close())
                .isInstanceOf(TabularFileException.class).extracting("code").isEqualTo("import.file.tooMuchText"));

        assertThat(allocated).as("bytes allocated to refuse %d chars", BOMB_CHARS).isLessThan(48L * 1024 * 1024);
    }

    @Test
    void oneHugeInlineStringIsReadNoFurtherThanACellNeeds() throws Exception {
        Path bomb = bomb("cellule.xlsx", "xl/worksheets/sheet1.xml", out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>nom</t></is></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            words(out, BOMB_CHARS);
            out.write("</t></is></c></row></sheetData></worksheet>");
        });
        TabularLimits limits = TabularLimits.defaults().withMaxFileBytes(Files.size(bomb) + 1);

        long allocated = allocatedWhile(() -> {
            try (TabularFile file = TabularFile.open(bomb, limits)) {
                List<TabularRow> rows = file.rows().toList();
                assertThat(rows).hasSize(1);
            }
        });

        assertThat(allocated).as("bytes allocated to read a cell of %d chars", BOMB_CHARS).isLessThan(48L * 1024 * 1024);
    }

    @Test
    void manySmallStringsCountWhatHoldingThemCostsAgainstTheCap() throws Exception {
        Path bomb = bomb("noms.xlsx", "xl/sharedStrings.xml", out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<si><t>nom</t></si><si><t>Koné</t></si>");
            for (int i = 0; i < 50_000; i++) {
                out.write("<si><t>N" + i + "</t></si>");
            }
            out.write("</sst>");
        });
        // 50,000 strings of 2 to 6 characters: about 250,000 characters, 1.45 million with what holding them costs.
        TabularLimits limits = TabularLimits.defaults().withMaxTextChars(1_000_000);

        assertThatThrownBy(() -> TabularFile.open(bomb, limits).close())
                .isInstanceOf(TabularFileException.class).extracting("code").isEqualTo("import.file.tooMuchText");
        try (TabularFile file = TabularFile.open(bomb, limits.withMaxTextChars(2_000_000))) {
            assertThat(file.rows().toList()).hasSize(1);
        }
    }

    @Test
    void aWorkbookUnderTheCapIsReadWhole() throws Exception {
        Path file = Fixtures.xlsx(dir, "liste.xlsx", sheet -> Fixtures.textRows(sheet, List.of(
                List.of("nom", "prenoms"), List.of("Koné", "Awa"), List.of("Traoré", "Moussa"))));

        try (TabularFile table = TabularFile.open(file, TabularLimits.defaults().withMaxTextChars(1_000))) {
            assertThat(table.rows().map(row -> row.cells().get(0)).toList()).containsExactly("Koné", "Traoré");
        }
    }

    @Test
    void theDefaultCapIsAnEighthOfTheHeapInCharacters() {
        assertThat(TabularLimits.textCapForHeap(256L * 1024 * 1024)).isEqualTo(32L * 1024 * 1024);
        assertThat(TabularLimits.defaults().maxTextChars()).isEqualTo(Runtime.getRuntime().maxMemory() / 8);
    }

    interface Body {
        void write(Writer out) throws IOException;
    }

    interface Reading {
        void run() throws Exception;
    }

    private static long allocatedWhile(Reading reading) throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        reading.run();
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private static void words(Writer out, long chars) throws IOException {
        Random random = new Random(7);
        char[] chunk = new char[8 * 1024];
        for (long written = 0; written < chars; written += chunk.length) {
            for (int i = 0; i < chunk.length; i += 8) {
                WORDS[random.nextInt(WORDS.length)].getChars(0, 8, chunk, i);
            }
            out.write(chunk);
        }
    }

    /** A real workbook (header "nom", one row) whose named part is replaced by {@code body}, streamed into the zip. */
    private Path bomb(String name, String part, Body body) throws IOException {
        Path source = Fixtures.xlsx(dir, "source-" + name, sheet -> Fixtures.textRows(sheet, List.of(List.of("nom"), List.of("Koné"))));
        Path target = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(part)) {
                    Writer writer = new java.io.OutputStreamWriter(new NotClosing(out), StandardCharsets.UTF_8);
                    body.write(writer);
                    writer.flush();
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        assertThat(Files.size(target)).as("the bomb is small").isLessThan(8L * 1024 * 1024);
        return target;
    }

    private static final class NotClosing extends java.io.FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
        }
    }
}
