package org.sira.tabular;

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

/**
 * How a CSV file was written: its character set, whether it starts with a byte order mark, and the
 * separator. Files come from Excel in French (semicolons, Windows-1252), from LibreOffice or
 * scripts (commas, UTF-8), from Excel's "Unicode text" (tabs, UTF-16): nobody will tell us which.
 */
record CsvDialect(Charset charset, int bomLength, char delimiter) {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {';', '\t', ','};
    /** The header line is looked for within this many characters. */
    private static final int HEADER_SCAN_CHARS = 64 * 1024;

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
     */
    static char delimiterOf(Reader reader) throws IOException {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        boolean seenText = false;
        for (int read = 0; read < HEADER_SCAN_CHARS; read++) {
            int c = reader.read();
            if (c < 0) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenText) {
                    break;
                }
            } else if (!quoted) {
                for (int i = 0; i < DELIMITERS.length; i++) {
                    if (c == DELIMITERS[i]) {
                        counts[i]++;
                    }
                }
            }
            if (!Character.isWhitespace(c)) {
                seenText = true;
            }
        }
        int best = DELIMITERS.length - 1;
        for (int i = DELIMITERS.length - 1; i >= 0; i--) {
            if (counts[i] >= counts[best]) {
                best = i;
            }
        }
        return DELIMITERS[best];
    }
}
