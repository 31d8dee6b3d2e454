package org.sira.tabular.internal;

import org.sira.tabular.HeaderMatcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How a CSV file was written: its character set, whether it starts with a byte order mark, and the
 * separator. Files come from Excel in French (semicolons, Windows-1252), from LibreOffice or
 * scripts (commas, UTF-8), from Excel's "Unicode text" (tabs, UTF-16): nobody will tell us which.
 */
public record CsvDialect(Charset charset, int bomLength, char delimiter) {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {';', '\t', ','};
    /** The header line is looked for within this many characters. */
    private static final int HEADER_SCAN_CHARS = 64 * 1024;
    private static final int SCANNED_LINES = 5;

    static CsvDialect detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        }
        Charset charset;
        int bom;
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            // A Latin-1 "é" may first appear on row 50,000: only the whole file can tell.
            charset = isValidUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252;
            bom = 0;
        }
        char delimiter;
        try (Reader reader = open(file, charset, bom)) {
            delimiter = delimiterOf(reader);
        }
        return new CsvDialect(charset, bom, delimiter);
    }

    /** A reader positioned after the byte order mark. */
    Reader openReader(Path file) throws IOException {
        return open(file, charset, bomLength);
    }

    private static Reader open(Path file, Charset charset, int bomLength) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(bomLength);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        // windows-1252 leaves a few bytes undefined; replacing them beats refusing the file.
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
    }

    static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                if (decoder.decode(bytes, chars, end).isError()) {
                    return false;
                }
                chars.clear();
                bytes.compact();
            }
            return !decoder.flush(chars).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * The separator is the one of {@code ;}, tab and {@code ,} used most often, outside quotes, in
     * the first non-blank line; a tie goes to the one listed first (French Excel writes {@code ;}).
     * A first line without any (a title, or the heading of a one-column list) is followed by the
     * first line after it whose cells, cut by its own separator, name columns Sira knows.
     */
    static char delimiterOf(Reader reader) throws IOException {
        List<String> lines = firstLines(reader);
        if (lines.isEmpty()) {
            return DELIMITERS[0];
        }
        char first = mostUsed(lines.get(0));
        if (first != 0) {
            return first;
        }
        for (String line : lines.subList(1, lines.size())) {
            char separator = mostUsed(line);
            if (separator != 0 && !HeaderMatcher.match(List.of(line.split(Pattern.quote(String.valueOf(separator))))).columns().isEmpty()) {
                return separator;
            }
        }
        return DELIMITERS[0];
    }

    /** The separator used most often outside quotes in a line, 0 when it holds none. */
    private static char mostUsed(String line) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
                if (c == DELIMITERS[d]) {
                    counts[d]++;
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return counts[best] == 0 ? 0 : DELIMITERS[best];
    }

    /** Up to {@value #SCANNED_LINES} non-blank lines from the start, line breaks inside quotes kept. */
    private static List<String> firstLines(Reader reader) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        for (int read = 0; read < HEADER_SCAN_CHARS && lines.size() < SCANNED_LINES; read++) {
            int c = reader.read();
            if (c < 0) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == '\n' || c == '\r')) {
                if (!line.toString().isBlank()) {
                    lines.add(line.toString());
                }
                line.setLength(0);
            } else {
                line.append((char) c);
            }
        }
        if (lines.size() < SCANNED_LINES && !line.toString().isBlank()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
