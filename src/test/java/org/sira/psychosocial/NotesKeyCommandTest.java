package org.sira.psychosocial;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sira.psychosocial.internal.NoteCipher;
import org.sira.psychosocial.internal.NotesKey;
import org.sira.psychosocial.internal.NotesKeyFiles;
import org.sira.psychosocial.internal.NotesKeyRotation;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code rotate-notes-key} as an administrator runs it, on the test database and its key file (both put back after). */
@WebTest
class NotesKeyCommandTest {

    @Autowired ConfigurableApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired NoteCipher current;
    @Autowired NotesKeyRotation rotation;
    @Autowired NotesKey key;

    @Test
    void theCommandReplacesTheKeyFileAfterResealingAndKeepsTheOldOneForOlderBackups() throws Exception {
        String person = json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"familyName\":\"Psycommand\",\"givenNames\":\"Awa\"}")).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\":\"Sous la clé du fichier.\",\"sessionDate\":\"2024-03-01\"}")).andExpect(status().isCreated());
        Path folder = NotesKeyFiles.folder(context.getEnvironment().getProperty("sira.keys-dir"), context.getEnvironment().getProperty("sira.data-dir"));
        Path keyFile = folder.resolve("notes.key");
        String oldKey = Files.readString(keyFile);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path retired = null;
        try {
            assertThat(NotesKeyCommand.run(context, null, new PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
            String newKey = Files.readString(keyFile);
            assertThat(newKey).isNotEqualTo(oldKey);
            try (var files = Files.list(folder)) {
                retired = files.filter(f -> f.getFileName().toString().startsWith("notes.key.retired-")).findFirst().orElseThrow();
            }
            assertThat(Files.readString(retired)).isEqualTo(oldKey);
            assertThat(folder.resolve("notes.key.new")).doesNotExist();
            assertThat(rotation.sealedUnder(NoteCipher.of(Base64.getDecoder().decode(newKey.strip())))).isTrue();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains(keyFile.toString(), retired.toString());
            // Back to the key this test's Sira runs with.
            rotation.rotate(NoteCipher.of(Base64.getDecoder().decode(newKey.strip())), current);
        } finally {
            if (retired != null) {
                Files.move(retired, keyFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            key.check();
        }
        mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].text").value("Sous la clé du fichier."));
    }

    @Test
    void aKeyGivenInTheSettingNeedsTheNewOneInItsOwnSettingAndAWrongNewKeyChangesNothing() {
        String before = current.fingerprint();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("rotation-test", Map.of("sira.notes-key", "set")));
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertThat(NotesKeyCommand.run(context, null, System.out, new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(64);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("SIRA_NEW_NOTES_KEY");
            assertThat(NotesKeyCommand.run(context, "c2hvcnQ=", System.out, System.err)).isEqualTo(1);
        } finally {
            context.getEnvironment().getPropertySources().remove("rotation-test");
        }
        assertThat(rotation.sealedUnder(current)).isTrue();
        assertThat(current.fingerprint()).isEqualTo(before);
    }
}
