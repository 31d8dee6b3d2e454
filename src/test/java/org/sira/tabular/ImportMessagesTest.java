package org.sira.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Fails the build when a message key is missing in one language or used in code without a message. */
class ImportMessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/sira/tabular");
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"(import\\.[A-Za-z0-9.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties load(String name) throws IOException {
        Properties messages = new Properties();
        try (InputStream in = ImportMessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return messages;
    }

    @Test
    void hasTheSameKeysInFrenchAndEnglish() throws IOException {
        assertThat(load("messages-imports_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages-imports.properties").stringPropertyNames());
    }

    @Test
    void prefixesEveryKeyWithImport() throws IOException {
        assertThat(load("messages-imports.properties").stringPropertyNames()).allMatch(key -> key.startsWith("import."));
    }

    @Test
    void hasAMessageForEveryKeyTheCodeUses() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(load("messages-imports.properties").stringPropertyNames()).containsAll(used);
        assertThat(load("messages-imports_en.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void formatsEveryMessageWithTheSamePlaceholdersInBothLanguages() throws IOException {
        Properties french = load("messages-imports.properties");
        Properties english = load("messages-imports_en.properties");
        for (String key : french.stringPropertyNames()) {
            String fr = french.getProperty(key);
            String en = english.getProperty(key);
            Object[] arguments = {"A", "B", "C"};
            assertThat(new MessageFormat(fr, Locale.FRENCH).format(arguments)).as(key).doesNotContain("{");
            assertThat(new MessageFormat(en, Locale.ENGLISH).format(arguments)).as(key).doesNotContain("{");
            assertThat(placeholders(en)).as(key).isEqualTo(placeholders(fr));
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
