package org.sira.security;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/SECURITY.md} is written from the tests' {@code @Tag("asvs-…")} and two lists kept in
 * {@code src/test/resources/asvs/}: the ASVS 5.0 requirements of levels 1 and 2 (and those of level 3
 * that a test proves), and what Sira says
 * of those no test proves (not applicable, or met by configuration). A requirement with neither is a
 * named gap. The test fails when the document is out of date; run it with
 * {@code -Dsira.asvs.write=true} to write it again.
 */
class AsvsTraceabilityTest {

    private static final Path TESTS = Path.of("src/test/java");
    private static final Path DOCUMENT = Path.of("docs/SECURITY.md");
    private static final Pattern TAG = Pattern.compile("@Tag\\(\"asvs-([0-9]+\\.[0-9]+\\.[0-9]+)\"\\)");
    private static final Pattern TYPE = Pattern.compile("\\b(?:class|interface|record)\\s+([A-Z][A-Za-z0-9_]*)");
    private static final Pattern METHOD = Pattern.compile("\\bvoid\\s+([a-zA-Z0-9_]+)\\s*\\(");

    record Requirement(String id, int level, String chapter, String summary) {
    }

    record Statement(String status, String note) {
    }

    @Test
    void everyAsvsTagNamesARequirementOfTheStandard() throws IOException {
        Set<String> known = requirements().keySet();
        Set<String> unknown = new TreeSet<>(testsByRequirement().keySet());
        unknown.removeAll(known);
        assertThat(unknown).as("tags naming no requirement of asvs-5.0-requirements.csv").isEmpty();
    }

    @Test
    void aRequirementIsEitherProvenByTestsOrExplainedNeverBoth() throws IOException {
        Set<String> both = new TreeSet<>(statements().keySet());
        both.retainAll(testsByRequirement().keySet());
        assertThat(both).as("requirements both tested and declared untested in asvs-statements.csv").isEmpty();
        assertThat(requirements().keySet()).as("statements about requirements that do not exist")
                .containsAll(statements().keySet());
    }

    @Test
    void securityDocumentIsWrittenFromTheTags() throws IOException {
        String written = document();
        if (Boolean.getBoolean("sira.asvs.write")) {
            Files.writeString(DOCUMENT, written, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOCUMENT) ? Files.readString(DOCUMENT, StandardCharsets.UTF_8) : "")
                .as("docs/SECURITY.md is out of date: mvn test -Dtest=AsvsTraceabilityTest -Dsira.asvs.write=true")
                .isEqualTo(written);
    }

    private static String document() throws IOException {
        Map<String, Requirement> requirements = requirements();
        Map<String, Set<String>> tests = testsByRequirement();
        Map<String, Statement> statements = statements();
        int proven = 0;
        int explained = 0;
        List<String> gaps = new ArrayList<>();
        Map<String, List<String>> rowsByChapter = new LinkedHashMap<>();
        for (Requirement requirement : requirements.values()) {
            String status;
            String evidence;
            if (tests.containsKey(requirement.id())) {
                proven++;
                status = "tested";
                evidence = String.join("<br>", tests.get(requirement.id()).stream().map(t -> "`" + t + "`").toList());
            } else if (statements.containsKey(requirement.id())) {
                explained++;
                Statement statement = statements.get(requirement.id());
                status = statement.status();
                evidence = statement.note();
            } else {
                gaps.add(requirement.id());
                status = "**gap**";
                evidence = "no test yet";
            }
            rowsByChapter.computeIfAbsent(requirement.chapter(), c -> new ArrayList<>()).add(
                    "| " + requirement.id() + " | " + requirement.level() + " | " + escape(requirement.summary()) + " | "
                            + status + " | " + escape(evidence) + " |");
        }
        StringBuilder out = new StringBuilder();
        out.append("# Security: OWASP ASVS 5.0, levels 1 and 2\n\n")
                .append("Level 3 requirements appear only where a test proves them.\n\n")
                .append("Written by `AsvsTraceabilityTest` from the `@Tag(\"asvs-…\")` of the tests and from\n")
                .append("`src/test/resources/asvs/` (the requirements, paraphrased, and Sira's statements on those no test\n")
                .append("proves). Do not edit by hand: `mvn test -Dtest=AsvsTraceabilityTest -Dsira.asvs.write=true`.\n")
                .append("The test fails the build when this page no longer matches the tests.\n\n")
                .append("Requirement summaries are short paraphrases; the standard's own text is at\n")
                .append("<https://owasp.org/www-project-application-security-verification-standard/> (Creative Commons Attribution-ShareAlike).\n\n")
                .append("| | requirements |\n|---|---|\n")
                .append("| proven by tests | ").append(proven).append(" |\n")
                .append("| not applicable or met by configuration (explained) | ").append(explained).append(" |\n")
                .append("| gaps (neither) | ").append(gaps.size()).append(" |\n")
                .append("| total listed | ").append(requirements.size()).append(" |\n\n");
        out.append("## Gaps\n\n");
        out.append(gaps.isEmpty() ? "None.\n\n" : String.join(", ", gaps) + "\n\n");
        for (Map.Entry<String, List<String>> chapter : rowsByChapter.entrySet()) {
            out.append("## ").append(chapter.getKey()).append("\n\n")
                    .append("| id | level | requirement | status | tests or statement |\n|---|---|---|---|---|\n");
            chapter.getValue().forEach(row -> out.append(row).append('\n'));
            out.append('\n');
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static Map<String, Requirement> requirements() throws IOException {
        Map<String, Requirement> requirements = new LinkedHashMap<>();
        for (CSVRecord record : csv("asvs/asvs-5.0-requirements.csv")) {
            requirements.put(record.get("id"), new Requirement(record.get("id"), Integer.parseInt(record.get("level")),
                    record.get("chapter"), record.get("summary")));
        }
        return requirements;
    }

    private static Map<String, Statement> statements() throws IOException {
        Map<String, Statement> statements = new TreeMap<>();
        for (CSVRecord record : csv("asvs/asvs-statements.csv")) {
            statements.put(record.get("id"), new Statement(record.get("status"), record.get("note")));
        }
        return statements;
    }

    private static List<CSVRecord> csv(String resource) throws IOException {
        try (Reader reader = new java.io.InputStreamReader(
                AsvsTraceabilityTest.class.getClassLoader().getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    /** Requirement id → the tests tagged with it: {@code Class} for a class tag, {@code Class#method} for a method's. */
    static Map<String, Set<String>> testsByRequirement() throws IOException {
        Map<String, Set<String>> tests = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(TESTS)) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : sources) {
            String type = null;
            List<String> pending = new ArrayList<>();
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                Matcher tag = TAG.matcher(line);
                while (tag.find()) {
                    pending.add(tag.group(1));
                }
                if (pending.isEmpty()) {
                    Matcher declared = TYPE.matcher(line);
                    if (type == null && declared.find() && !line.strip().startsWith("*") && !line.strip().startsWith("//")) {
                        type = declared.group(1);
                    }
                    continue;
                }
                Matcher declaredType = TYPE.matcher(line);
                Matcher declaredMethod = METHOD.matcher(line);
                String target = null;
                if (declaredMethod.find() && type != null) {
                    target = type + "#" + declaredMethod.group(1);
                } else if (declaredType.find()) {
                    type = type == null ? declaredType.group(1) : type;
                    target = declaredType.group(1);
                }
                if (target != null) {
                    for (String id : pending) {
                        tests.computeIfAbsent(id, k -> new TreeSet<>()).add(target);
                    }
                    pending.clear();
                }
            }
        }
        return tests;
    }
}
