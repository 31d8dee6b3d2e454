package org.sira.psychosocial;

import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** api-v1: notes written and read by the counsellor role alone, never in clear anywhere else. */
abstract class PsychosocialNotesContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private String person(String familyName) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Awa\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private String note(String text, String date) {
        return "{\"text\":\"" + text + "\",\"sessionDate\":\"" + date + "\"}";
    }

    @Tag("asvs-14.2.4")
    @Tag("asvs-16.2.1")
    @Test
    void theCounsellorWritesANoteAndReadsItBackAndTheReadingIsAudited() throws Exception {
        String person = person("Psynote");
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON).content(note("Dort mal depuis le retour.", "2024-03-01")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/persons/" + person + "/psychosocial-notes/")))
                .andExpect(jsonPath("$.id").isNotEmpty());
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON).content(note("Va mieux.", "2024-04-02")))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].text").value("Dort mal depuis le retour."))
                .andExpect(jsonPath("$.items[0].sessionDate").value("2024-03-01"))
                .andExpect(jsonPath("$.items[1].text").value("Va mieux."));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'READ' AND record_type = 'PSYCHOSOCIAL_NOTES' AND record_id = :p")
                .param("p", person).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void notesFollowAMergeAndGoBackWhenItIsUndone() throws Exception {
        String kept = person("Psymerge");
        String merged = person("Psymerge");
        mvc.perform(post("/api/v1/persons/" + merged + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                .contentType(MediaType.APPLICATION_JSON).content(note("Notée sous l’autre fiche.", "2024-03-01"))).andExpect(status().isCreated());

        String mergeId = json.readTree(mvc.perform(post("/api/v1/persons/" + kept + "/merge").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mergedId\":\"" + merged + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(get("/api/v1/persons/" + kept + "/psychosocial-notes").with(users.as(Role.COUNSELLOR)))
                .andExpect(jsonPath("$.items[0].text").value("Notée sous l’autre fiche."));

        mvc.perform(post("/api/v1/merges/" + mergeId + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + kept + "/psychosocial-notes").with(users.as(Role.COUNSELLOR)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/persons/" + merged + "/psychosocial-notes").with(users.as(Role.COUNSELLOR)))
                .andExpect(jsonPath("$.items[0].text").value("Notée sous l’autre fiche."));
    }

    @Test
    void theNoteIsAtTheAddressItsCreationGaveAndANoteChangedInTheDatabaseDoesNotHideTheOthers() throws Exception {
        String person = person("Psyaddress");
        String location = mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON).content(note("Première.", "2024-03-01")))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        mvc.perform(get(location).with(users.as(Role.COUNSELLOR))).andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("Première."));
        mvc.perform(get(location).with(users.as(Role.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                .contentType(MediaType.APPLICATION_JSON).content(note("Seconde.", "2024-04-01"))).andExpect(status().isCreated());

        String first = location.substring(location.lastIndexOf('/') + 1);
        jdbc.sql("UPDATE psychosocial_note SET sealed_text = :other WHERE id = :id")
                .param("other", java.util.Base64.getEncoder().encodeToString(new byte[40])).param("id", UUID.fromString(first)).update();
        mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].unreadable").value(true))
                .andExpect(jsonPath("$.items[0].text").doesNotExist())
                .andExpect(jsonPath("$.items[1].text").value("Seconde."));
    }

    @Tag("asvs-16.5.3")
    @Test
    void aKeyThatDidNotSealTheDatabasesNotesNeitherReadsNorWritesAny(@Autowired org.sira.psychosocial.internal.NotesKey key)
            throws Exception {
        String person = person("Psykey");
        String remembered = jdbc.sql("SELECT setting_value FROM instance_setting WHERE name = 'notes.key.check'").query(String.class).single();
        try {
            jdbc.sql("UPDATE instance_setting SET setting_value = 'another key' WHERE name = 'notes.key.check'").update();
            key.check();
            mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR)).header("Accept-Language", "en"))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(jsonPath("$.detail", startsWith("The notes key is not the one")));
            mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                    .contentType(MediaType.APPLICATION_JSON).content(note("Sous une autre clé", "2024-03-01")))
                    .andExpect(status().isServiceUnavailable());
        } finally {
            jdbc.sql("UPDATE instance_setting SET setting_value = :v WHERE name = 'notes.key.check'").param("v", remembered).update();
            key.check();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM psychosocial_note WHERE person_id = :p").param("p", UUID.fromString(person))
                .query(Long.class).single()).isZero();
    }

    @Tag("asvs-2.2.1")
    @Test
    void onlyJsonIsTakenAndANoteOfInvisibleCharactersOrOfLongAgoIsRefused() throws Exception {
        String person = person("Psyjson");
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                .contentType(MediaType.TEXT_PLAIN).content(note("Par un formulaire d’un autre site", "2024-03-01")))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON).content(note("\u00A0\u200B", "0001-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("text", "sessionDate")));
    }

    @Tag("asvs-8.2.1")
    @Tag("asvs-8.2.2")
    @Test
    void everyOtherRoleIsRefusedEvenAnAdministratorAndNobodyUnknownGetsIn() throws Exception {
        String person = person("Psyrefused");
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                .contentType(MediaType.APPLICATION_JSON).content(note("Confidentiel", "2024-03-01"))).andExpect(status().isCreated());
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.COUNSELLOR))) {
            mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(role)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(role))
                    .contentType(MediaType.APPLICATION_JSON).content(note("Écrit par " + role, "2024-03-02")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-notes")).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM psychosocial_note WHERE person_id = :p").param("p", UUID.fromString(person))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Tag("asvs-14.2.4")
    @Tag("asvs-11.3.2")
    @Test
    void theTextIsInClearNowhereButInTheCounsellorsAnswer() throws Exception {
        String person = person("Psysealed");
        String secret = "Marqueur-" + UUID.randomUUID();
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                .contentType(MediaType.APPLICATION_JSON).content(note(secret, "2024-03-01"))).andExpect(status().isCreated());

        String stored = jdbc.sql("SELECT sealed_text FROM psychosocial_note WHERE person_id = :p").param("p", UUID.fromString(person))
                .query(String.class).single();
        assertThat(stored).doesNotContain(secret);
        assertThat(new String(java.util.Base64.getDecoder().decode(stored), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE after_state LIKE :s OR before_state LIKE :s")
                .param("s", "%" + secret + "%").query(Long.class).single()).isZero();
        assertThat(mvc.perform(get("/api/v1/persons/" + person).with(users.as(Role.COUNSELLOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).doesNotContain(secret);
    }

    @Test
    void aNoteWithoutTextOrWithADateToComeIsRefusedAndAnUnknownPersonIsNotFound() throws Exception {
        String person = person("Psyinvalid");
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("text", "sessionDate")));
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON).content(note("Demain", "2999-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sessionDate"));
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-notes").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"" + "x".repeat(20_001) + "\",\"sessionDate\":\"2024-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        for (String unknown : new String[] {UUID.randomUUID().toString(), "not-an-id"}) {
            mvc.perform(get("/api/v1/persons/" + unknown + "/psychosocial-notes").with(users.as(Role.COUNSELLOR)))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM psychosocial_note WHERE person_id = :p").param("p", UUID.fromString(person))
                .query(Long.class).single()).isZero();
    }
}
