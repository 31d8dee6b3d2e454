package org.sira.people;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Property-style: thousands of seeded random bodies, most of them hostile, thrown at the person
 * endpoints. Whatever comes in, the answer is never a 5xx, and a refused request writes nothing.
 * A failure names its seed and body so it can be replayed.
 */
@WebTest
class HostilePersonInputTest {

    private static final int BODIES_PER_SEED = 120;
    private static final String[] FIELDS = {"familyName", "givenNames", "aliases", "sex", "birthDate",
            "birthDatePrecision", "fatherGivenName", "motherName", "originRegion", "originCommune", "originVillage",
            "phone", "phone2", "documentKind", "documentNumber", "languages", "vulnerabilities", "consent",
            "consentDate", "consentPurposes", "externalRef", "restricted", "version", "id", "fileNumber", "unknown"};
    private static final String[] NASTY = {"'; DROP TABLE person; --", "<script>alert(1)</script>", "=cmd|' /C calc'!A0",
            "\u0000", "\uD83D\uDE00", "Traoré", "M", "F", "DAY", "YEAR", "ESTIMATED", "1990", "1990-02-31", "2999-01-01",
            "76 12 34 56", "+22376123456", "0022376123456", "bm", "GIVEN", "REFUSED", "PREGNANT", "NINA", "%s%n",
            "../../etc/passwd", "null", "true", "-1", "1e309", "محمد", "Ségou", "   ", "", "\t\r\n", "${7*7}", "{{7*7}}"};

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    static LongStream seeds() {
        long base = Long.getLong("sira.fuzz.seed", 20_260_115L);
        return LongStream.range(base, base + 20);
    }

    @Tag("asvs-1.2.4")
    @Tag("asvs-2.2.1")
    @Tag("asvs-16.5.1")
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noBodyEverCausesA5xxAndARefusedOneWritesNothing(long seed) throws Exception {
        Random random = new Random(seed);
        UUID existing = createPerson();
        for (int i = 0; i < BODIES_PER_SEED; i++) {
            String body = body(random);
            String replay = "seed " + seed + ", body " + i + ": " + abbreviate(body);
            long persons = count();
            boolean update = random.nextInt(3) == 0;
            int versionBefore = version(existing);
            MockHttpServletResponse response = update
                    ? mvc.perform(put("/api/v1/persons/" + existing).with(users.page(Role.CASEWORKER))
                            .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse()
                    : mvc.perform(post("/api/v1/persons").with(users.page(Role.RECEPTION))
                            .header("Accept-Language", random.nextBoolean() ? "en" : "fr")
                            .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
            assertThat(response.getStatus()).as(replay).isLessThan(500);
            if (update) {
                assertThat(count()).as(replay).isEqualTo(persons);
                if (response.getStatus() != 200) {
                    assertThat(version(existing)).as(replay).isEqualTo(versionBefore);
                }
            } else {
                assertThat(count()).as(replay).isEqualTo(response.getStatus() == 201 ? persons + 1 : persons);
            }
            if (response.getStatus() >= 400) {
                assertThat(response.getContentType()).as(replay).startsWith("application/problem+json");
            }
        }
    }

    private UUID createPerson() throws Exception {
        String response = mvc.perform(post("/api/v1/persons").with(users.page(Role.RECEPTION))
                .contentType(MediaType.APPLICATION_JSON).content("{\"familyName\":\"Fuzz\"}")).andReturn().getResponse()
                .getContentAsString();
        return UUID.fromString(json.readTree(response).get("id").asString());
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
    }

    private int version(UUID id) {
        return jdbc.sql("SELECT version FROM person WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    private static String body(Random random) {
        int shape = random.nextInt(20);
        if (shape == 0) {
            return randomText(random, random.nextInt(200));
        }
        if (shape == 1) {
            return "[" + value(random, 0) + "]";
        }
        StringBuilder body = new StringBuilder("{");
        int fields = random.nextInt(8);
        for (int i = 0; i < fields; i++) {
            if (i > 0) {
                body.append(',');
            }
            body.append(quote(FIELDS[random.nextInt(FIELDS.length)])).append(':').append(value(random, 0));
        }
        body.append('}');
        String text = body.toString();
        // Now and then, a body cut short or with a stray byte.
        if (shape == 2 && text.length() > 2) {
            return text.substring(0, random.nextInt(text.length() - 1));
        }
        return shape == 3 ? text.replace(':', ';') : text;
    }

    private static String value(Random random, int depth) {
        return switch (random.nextInt(depth > 1 ? 6 : 8)) {
            case 0 -> quote(NASTY[random.nextInt(NASTY.length)]);
            case 1 -> quote(randomText(random, random.nextInt(4) == 0 ? 5_000 + random.nextInt(20_000) : random.nextInt(30)));
            case 2 -> Long.toString(random.nextLong());
            case 3 -> random.nextBoolean() ? "true" : "null";
            case 4 -> Double.toString(random.nextGaussian() * 1e6);
            case 5 -> quote(NASTY[random.nextInt(NASTY.length)] + randomText(random, 3));
            case 6 -> {
                List<String> items = random.ints(random.nextInt(30), 0, 3).mapToObj(k -> value(random, depth + 1)).toList();
                yield "[" + String.join(",", items) + "]";
            }
            default -> "{\"" + FIELDS[random.nextInt(FIELDS.length)] + "\":" + value(random, depth + 1) + "}";
        };
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            text.appendCodePoint(kind < 6 ? 'a' + random.nextInt(26) : kind < 8 ? 0x20 + random.nextInt(0x5f)
                    : kind < 9 ? 0xC0 + random.nextInt(0x3F) : 0x600 + random.nextInt(0x100));
        }
        return text.toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "… (" + body.length() + " chars)" : body;
    }
}
