package org.sira.psychosocial;

import java.security.SecureRandom;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.psychosocial.internal.NoteCipher;
import org.sira.psychosocial.internal.NotesKey;
import org.sira.psychosocial.internal.NotesKeyRotation;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The notes key rotation: every sealed text opens under the new key afterwards, and no longer under the old one. */
@Tag("asvs-11.2.2")
abstract class NotesKeyRotationContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @Autowired NotesKeyRotation rotation;
    @Autowired NoteCipher current;
    @Autowired NotesKey key;

    private static NoteCipher randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return NoteCipher.of(bytes);
    }

    private String personWithANoteAndASession(String note, String session) throws Exception {
        String person = json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"Psyrotate\",\"givenNames\":\"Awa\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"" + note + "\",\"sessionDate\":\"2024-03-01\"}")).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-sessions").with(users.as(Role.COUNSELLOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"INDIVIDUAL\",\"sessionDate\":\"2024-03-01\",\"text\":\"" + session + "\"}")).andExpect(status().isCreated());
        return person;
    }

    private Map<UUID, String> sealed(String table, String person) {
        return jdbc.sql("SELECT id, sealed_text FROM " + table + " WHERE person_id = :p").param("p", UUID.fromString(person))
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String remembered() {
        return jdbc.sql("SELECT setting_value FROM instance_setting WHERE name = 'notes.key.check'").query(String.class).single();
    }

    @Test
    void everyNoteAndSessionTextReadsBackUnderTheNewKeyAndNoLongerUnderTheOldOne() throws Exception {
        String person = personWithANoteAndASession("Avant la rotation.", "Séance avant la rotation.");
        NoteCipher next = randomKey();
        try {
            NotesKeyRotation.Rotated rotated = rotation.rotate(current, next);
            assertThat(rotated.resealed()).isGreaterThanOrEqualTo(2);
            sealed("psychosocial_note", person).forEach((id, text) -> {
                assertThat(next.open(id, text)).isEqualTo("Avant la rotation.");
                assertThatThrownBy(() -> current.open(id, text)).isInstanceOf(IllegalStateException.class);
            });
            sealed("psychosocial_session", person).forEach((id, text) -> {
                assertThat(next.open(id, text)).isEqualTo("Séance avant la rotation.");
                assertThatThrownBy(() -> current.open(id, text)).isInstanceOf(IllegalStateException.class);
            });
            assertThat(remembered()).isEqualTo(next.fingerprint());
            // Sira still running with the old key now refuses the notes rather than showing them unreadable.
            key.check();
            mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR)))
                    .andExpect(status().isServiceUnavailable());
        } finally {
            rotation.rotate(next, current);
            key.check();
        }
        mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].text").value("Avant la rotation."));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ROTATE_KEY'").query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aKeyThatDidNotSealTheDatabaseRotatesNothing() throws Exception {
        String person = personWithANoteAndASession("Reste sous sa clé.", "Séance sous sa clé.");
        Map<UUID, String> notes = sealed("psychosocial_note", person);
        Map<UUID, String> sessions = sealed("psychosocial_session", person);
        String before = remembered();

        assertThatThrownBy(() -> rotation.rotate(randomKey(), randomKey())).isInstanceOf(NotesKeyRotation.WrongKeyException.class);

        assertThat(sealed("psychosocial_note", person)).isEqualTo(notes);
        assertThat(sealed("psychosocial_session", person)).isEqualTo(sessions);
        assertThat(remembered()).isEqualTo(before);
    }
}
