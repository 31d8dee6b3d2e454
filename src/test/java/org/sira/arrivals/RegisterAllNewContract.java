package org.sira.arrivals;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** "Register all new" on the manifest page, in one action, and its undo within the night, through HTTP. */
abstract class RegisterAllNewContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    private static String unheardOf() {
        return StagedManifests.unheardOf("Tz");
    }

    private UUID stagedGroup(String csv) throws Exception {
        return new StagedManifests(mvc, users, json).stagedGroup(csv);
    }

    private List<String> statuses(UUID group) {
        return jdbc.sql("SELECT status FROM manifest_row WHERE group_id = :g ORDER BY row_number").param("g", group)
                .query(String.class).list();
    }

    private List<UUID> registered(UUID group) {
        return jdbc.sql("SELECT person_id FROM manifest_row WHERE group_id = :g AND status = 'NEW_PERSON' ORDER BY row_number")
                .param("g", group).query(UUID.class).list();
    }

    private long liveReturns(UUID group) {
        return jdbc.sql("SELECT COUNT(*) FROM person_return WHERE group_id = :g AND voided = FALSE").param("g", group)
                .query(Long.class).single();
    }

    private UUID batch(UUID group) {
        return jdbc.sql("SELECT id FROM manifest_batch WHERE group_id = :g AND undone_at IS NULL").param("g", group)
                .query(UUID.class).single();
    }

    private String csvWithAKnownPerson() throws Exception {
        String known = unheardOf();
        mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"familyName\":\"" + known + "\",\"givenNames\":\"Oumar\",\"sex\":\"M\",\"birthDate\":\"1988\","
                        + "\"fatherGivenName\":\"Seydou\",\"originRegion\":\"Kayes\",\"phone\":\"66 41 52 63\"}"))
                .andExpect(status().isCreated());
        return "nom;prenoms;sexe;date_naissance;prenom_pere;region_origine;telephone\n"
                + known + ";Oumar;M;1988;Seydou;Kayes;66415263\n"
                + unheardOf() + ";" + StagedManifests.unheardOf("Bi") + ";F;2000;;;\n"
                + unheardOf() + ";" + StagedManifests.unheardOf("Dr") + ";M;1995;;;\n"
                + ";;M;2031;;;\n";
    }

    @Test
    void registersEveryRowNobodyIsKnownForInOneActionAndLeavesTheOthersForReview() throws Exception {
        UUID group = stagedGroup(csvWithAKnownPerson());
        String review = mvc.perform(get("/arrivals/" + group + "/manifest").with(users.page(Role.RECEPTION)))
                .andReturn().getResponse().getContentAsString();
        assertThat(review).contains("Enregistrer les 2 nouvelles personnes");
        mvc.perform(post("/arrivals/" + group + "/manifest/register-new").with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(redirectedUrl("/arrivals/" + group + "/manifest?registered=2"));
        assertThat(statuses(group)).containsExactly("PENDING", "NEW_PERSON", "NEW_PERSON", "INVALID");
        assertThat(liveReturns(group)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'REGISTER_NEW' AND record_id = :g")
                .param("g", group.toString()).query(Long.class).single()).isEqualTo(1);
        String after = mvc.perform(get("/arrivals/" + group + "/manifest?registered=2").with(users.page(Role.RECEPTION)))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("2 nouvelles personnes enregistrées", "Annuler l’enregistrement des 2 nouvelles personnes");
        // Once is enough: the API says so in its own words.
        mvc.perform(post("/api/v1/arrivals/" + group + "/manifest/register-new").with(users.as(Role.RECEPTION)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.registered").value(0));
    }

    @Test
    void undoingTheNightsRegistrationVoidsExactlyThosePersonsAndTheirReturnsAndTheRowsWaitAgain() throws Exception {
        UUID group = stagedGroup(csvWithAKnownPerson());
        UUID known = jdbc.sql("SELECT c.person_id FROM manifest_candidate c JOIN manifest_row r ON r.id = c.row_id"
                + " WHERE r.group_id = :g AND r.row_number = 2").param("g", group).query(UUID.class).list().get(0);
        UUID knownRow = jdbc.sql("SELECT id FROM manifest_row WHERE group_id = :g AND row_number = 2").param("g", group)
                .query(UUID.class).single();
        mvc.perform(post("/arrivals/" + group + "/manifest/" + knownRow).with(users.page(Role.RECEPTION)).with(csrf())
                .param("decision", "SAME_PERSON").param("version", "0").param("personId", known.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/arrivals/" + group + "/manifest/register-new").with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        List<UUID> persons = registered(group);
        assertThat(persons).hasSize(2);

        mvc.perform(post("/arrivals/" + group + "/manifest/batches/" + batch(group) + "/undo").with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(redirectedUrl("/arrivals/" + group + "/manifest?undone=2"));
        assertThat(statuses(group)).containsExactly("LINKED", "PENDING", "PENDING", "INVALID");
        assertThat(liveReturns(group)).as("the known person's return stays").isEqualTo(1);
        for (UUID person : persons) {
            assertThat(jdbc.sql("SELECT voided FROM person WHERE id = :id").param("id", person).query(Boolean.class).single()).isTrue();
            mvc.perform(get("/api/v1/persons/" + person).with(users.as(Role.COORDINATOR))).andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("SELECT voided FROM person WHERE id = :id").param("id", known).query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'UNDO_REGISTER_NEW' AND record_id = :g")
                .param("g", group.toString()).query(Long.class).single()).isEqualTo(1);

        // The rows can be decided again, and registering them again makes two new persons, not the voided ones.
        mvc.perform(post("/api/v1/arrivals/" + group + "/manifest/register-new").with(users.as(Role.RECEPTION)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.registered").value(2));
        assertThat(registered(group)).hasSize(2).doesNotContainAnyElementsOf(persons);
    }

    @Test
    void theNextDayTheRegistrationCanNoLongerBeUndone() throws Exception {
        UUID group = stagedGroup(csvWithAKnownPerson());
        mvc.perform(post("/arrivals/" + group + "/manifest/register-new").with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID batch = batch(group);
        jdbc.sql("UPDATE manifest_batch SET registered_at = :at WHERE id = :id")
                .param("at", OffsetDateTime.now().minusDays(2)).param("id", batch).update();
        String page = mvc.perform(post("/arrivals/" + group + "/manifest/batches/" + batch + "/undo").with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("ne peut plus être annulé").doesNotContain("Annuler l’enregistrement");
        assertThat(statuses(group)).containsExactly("PENDING", "NEW_PERSON", "NEW_PERSON", "INVALID");
        mvc.perform(post("/arrivals/" + group + "/manifest/batches/" + UUID.randomUUID() + "/undo").with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aShelterWorkerWhoMayNotRegisterCannotRegisterAllNew() throws Exception {
        UUID group = stagedGroup(csvWithAKnownPerson());
        mvc.perform(post("/arrivals/" + group + "/manifest/register-new").with(users.page(Role.SHELTER)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(registered(group)).isEmpty();
    }
}
