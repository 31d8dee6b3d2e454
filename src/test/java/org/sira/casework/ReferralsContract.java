package org.sira.casework;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** api-v1: referrals to partners, sharing data only with the person's consent or an audited, written override. */
abstract class ReferralsContract {

    static final String REASON = "Urgence médicale, la personne est inconsciente";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    String person(String body) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asString();
    }

    ResultActions refer(String personId, Role role, String body) throws Exception {
        return mvc.perform(post("/api/v1/persons/" + personId + "/referrals").with(users.as(role))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String sharing(String overrideReason) {
        return "{\"partner\":\"MSF\",\"service\":\"Soutien psychosocial\",\"sharesData\":true"
                + (overrideReason == null ? "" : ",\"overrideReason\":\"" + overrideReason + "\"") + "}";
    }

    @Test
    void aReferralSharingDataWithThePersonsConsentIsSent() throws Exception {
        String person = person("""
                {"familyName":"Refconsent","givenNames":"Awa","consent":"GIVEN","consentPurposes":["ASSISTANCE","REFERRAL_TO_PARTNERS"]}""");
        refer(person, Role.CASEWORKER, sharing(null))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/persons/" + person + "/referrals/")))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.consentOverridden").value(false));
    }

    @Tag("asvs-8.2.2")
    @Test
    void aReferralSharingDataWithoutConsentIsRefusedOnSharesData() throws Exception {
        String person = person("""
                {"familyName":"Refnoconsent","givenNames":"Awa","consent":"GIVEN","consentPurposes":["ASSISTANCE"]}""");
        refer(person, Role.COORDINATOR, sharing(null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sharesData"));
        refer(person, Role.CASEWORKER, sharing("trop court"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("sharesData"));
        String refused = person("""
                {"familyName":"Refrefused","givenNames":"Awa","consent":"REFUSED"}""");
        refer(refused, Role.CASEWORKER, sharing(null)).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM referral WHERE person_id IN (:a, :b)")
                .param("a", java.util.UUID.fromString(person)).param("b", java.util.UUID.fromString(refused))
                .query(Long.class).single()).isZero();
    }

    @Tag("asvs-16.2.1")
    @Test
    void anOverrideWithAReasonOfTwentyCharactersIsSentAndAudited() throws Exception {
        String person = person("{\"familyName\":\"Refoverride\",\"givenNames\":\"Awa\"}");
        String id = json.readTree(refer(person, Role.CASEWORKER, sharing(REASON))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.consentOverridden").value(true))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        assertThat(jdbc.sql("SELECT after_state FROM audit_entry WHERE action = 'CONSENT_OVERRIDE' AND record_id = :id")
                .param("id", id).query(String.class).single()).contains(REASON).contains(person);
    }

    @Test
    void aReferralThatSharesNoDataNeedsNoConsent() throws Exception {
        String person = person("{\"familyName\":\"Refnoshare\",\"givenNames\":\"Awa\"}");
        refer(person, Role.CASEWORKER, "{\"partner\":\"CSCOM Kati\",\"service\":\"Santé\",\"sharesData\":false}")
                .andExpect(status().isCreated());
        refer(person, Role.CASEWORKER, "{\"partner\":\" \",\"sharesData\":false}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("partner", "service")));
    }

    @Test
    void thePartnersAnswerMovesTheStatusAndFeedbackIsAddedNeverReplaced() throws Exception {
        String person = person("{\"familyName\":\"Refanswer\",\"givenNames\":\"Awa\"}");
        String id = json.readTree(refer(person, Role.CASEWORKER, "{\"partner\":\"AMSS\",\"service\":\"Formation\"}")
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        String path = "/api/v1/persons/" + person + "/referrals/" + id;
        mvc.perform(patch(path).with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ACCEPTED\",\"feedback\":\"Session de mars\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        mvc.perform(patch(path).with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"feedback\":\"A commencé la formation\"}"))
                .andExpect(status().isOk());
        mvc.perform(patch(path).with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"DONE\"}"))
                .andExpect(status().isOk());
        mvc.perform(patch(path).with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"REFUSED\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(patch(path).with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"LOST\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/persons/" + person + "/referrals").with(users.as(Role.CASEWORKER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("DONE"))
                .andExpect(jsonPath("$.items[0].updates.length()").value(3))
                .andExpect(jsonPath("$.items[0].updates[0].feedback").value("Session de mars"))
                .andExpect(jsonPath("$.items[0].updates[1].feedback").value("A commencé la formation"))
                .andExpect(jsonPath("$.items[0].updates[2].status").value("DONE"));
    }

    @Tag("asvs-8.2.2")
    @Test
    void onlyCaseworkersAndCoordinatorsReferAndAHiddenPersonIsNotFound() throws Exception {
        String person = person("{\"familyName\":\"Refroles\",\"givenNames\":\"Awa\"}");
        for (Role role : new Role[] {Role.RECEPTION, Role.SHELTER, Role.COUNSELLOR, Role.VIEWER, Role.ADMIN}) {
            refer(person, role, "{\"partner\":\"MSF\",\"service\":\"Santé\"}").andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/persons/" + person + "/referrals").with(users.as(role))).andExpect(status().isForbidden());
        }
        refer(java.util.UUID.randomUUID().toString(), Role.CASEWORKER, "{\"partner\":\"MSF\",\"service\":\"Santé\"}")
                .andExpect(status().isNotFound());
    }
}
