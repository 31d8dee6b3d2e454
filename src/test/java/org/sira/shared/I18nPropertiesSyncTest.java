package org.sira.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every visible string has a key, in both languages; no page carries hard-coded words. */
class I18nPropertiesSyncTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:error|person|user|password|validation|login|reference|problem|import|return|arrival|report|manifest|merge)\\.[a-z0-9.-]+)\"");
    // Text between tags, in an element whose content Thymeleaf does not replace.
    private static final Pattern LITERAL_TEXT = Pattern.compile("<([a-zA-Z0-9]+)([^<>]*)>([^<>]*\\p{L}{2,}[^<>]*)<");

    /** All message bundles of one language, merged, as Spring's message source sees them. */
    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        String suffix = name.substring("messages".length());
        for (String bundle : new String[] {"messages", "messages-imports"}) {
            try (InputStream in = Files.newInputStream(Path.of("src/main/resources", bundle + suffix))) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> french = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertThat(english).as("keys missing in English").containsAll(french);
        assertThat(french).as("keys missing in French").containsAll(english);
    }

    @Test
    void everyKeyUsedInTemplatesAndCodeExists() throws IOException {
        Properties french = load("messages.properties");
        List<String> missing = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(file));
            while (matcher.find()) {
                String key = matcher.group(1);
                // Keys built from a value ('sex.' + ${...}) end with a dot; check their prefix exists.
                boolean exists = key.endsWith(".") ? french.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                        : french.containsKey(key);
                if (!exists) {
                    missing.add(file.getFileName() + ": " + key);
                }
            }
        }
        for (Path file : files(JAVA, ".java")) {
            Matcher matcher = JAVA_KEY.matcher(Files.readString(file));
            while (matcher.find()) {
                if (!french.containsKey(matcher.group(1)) && !matcher.group(1).endsWith(".")) {
                    missing.add(file.getFileName() + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHaveNoHardCodedText() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : files(TEMPLATES, ".html")) {
            String html = Files.readString(file).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script.*?</script>", "");
            Matcher matcher = LITERAL_TEXT.matcher(html);
            while (matcher.find()) {
                String attributes = matcher.group(2);
                if (!attributes.contains("th:text") && !attributes.contains("th:utext") && !attributes.contains("th:replace")) {
                    literals.add(file.getFileName() + ": " + matcher.group(3).strip());
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
