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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Cases: one open per person, a needs assessment, and a closure only a coordinator approves. */
abstract class CasesContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private String person(String familyName) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Seydou\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private ResultActions open(String person, Role role, String body) throws Exception {
        return mvc.perform(post("/api/v1/persons/" + person + "/cases").with(users.as(role))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions step(String caseId, String step, Role role, String body) throws Exception {
        var request = post("/api/v1/cases/" + caseId + "/" + step).with(users.as(role));
        return mvc.perform(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String opened(String person) throws Exception {
        return json.readTree(open(person, Role.CASEWORKER, "{}").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    @Test
    void aPersonHasOneOpenCaseAtATimeWithItsCaseworker() throws Exception {
        String person = person("Caseone");
        open(person, Role.COORDINATOR, "{\"caseworker\":\"" + users.ensure(Role.CASEWORKER) + "\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.caseworker").value(users.ensure(Role.CASEWORKER)));
        open(person, Role.CASEWORKER, "{}").andExpect(status().isUnprocessableContent());
        open(person("Casenobody"), Role.CASEWORKER, "{\"caseworker\":\"nobody-here\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("caseworker"));
    }

    @Tag("asvs-8.2.2")
    @Test
    void closingACaseWithoutACoordinatorsApprovalIsRefused() throws Exception {
        String person = person("Caseclose");
        String caseId = opened(person);
        step(caseId, "closure-approval", Role.COORDINATOR, null).andExpect(status().isUnprocessableContent());
        step(caseId, "closure-request", Role.CASEWORKER, "{\"reason\":\"court\"}").andExpect(status().isBadRequest());
        step(caseId, "closure-request", Role.CASEWORKER, "{\"reason\":\"Réinstallé à Kayes, autonome\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.closureRequestedBy").value(users.ensure(Role.CASEWORKER)));
        step(caseId, "closure-approval", Role.CASEWORKER, null).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/cases/" + caseId).with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.status").value("OPEN"));
        step(caseId, "closure-approval", Role.COORDINATOR, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closureApprovedBy").value(users.ensure(Role.COORDINATOR)));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'CASE' AND record_id = :id AND action = 'CLOSE'")
                .param("id", caseId).query(Long.class).single()).isEqualTo(1);
        open(person, Role.CASEWORKER, "{}").andExpect(status().isCreated());
        mvc.perform(get("/api/v1/persons/" + person + "/cases").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.length()").value(2)).andExpect(jsonPath("$[0].status").value("OPEN"));
    }

    @Test
    void theNeedsAssessmentReplacesTheOneBeforeAndUnknownNeedsAreABadRequest() throws Exception {
        String caseId = opened(person("Caseneeds"));
        mvc.perform(put("/api/v1/cases/" + caseId + "/needs").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"needs\":[{\"need\":\"HEALTH\",\"priority\":\"LOW\"},{\"need\":\"FAMILY_CONFLICT\",\"priority\":\"HIGH\",\"note\":\"Rejeté par l’oncle\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.needs[0].need").value("FAMILY_CONFLICT"))
                .andExpect(jsonPath("$.needs[1].need").value("HEALTH"));
        mvc.perform(put("/api/v1/cases/" + caseId + "/needs").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"needs\":[{\"need\":\"DEBT\",\"priority\":\"MEDIUM\"}]}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.needs.length()").value(1));
        mvc.perform(put("/api/v1/cases/" + caseId + "/needs").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"needs\":[{\"need\":\"CAR\",\"priority\":\"URGENT\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("needs[0].need"))
                .andExpect(jsonPath("$.errors[1].field").value("needs[0].priority"));
        step(caseId, "hold", Role.CASEWORKER, null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ON_HOLD"));
        step(caseId, "hold", Role.CASEWORKER, null).andExpect(status().isUnprocessableContent());
        step(caseId, "resume", Role.COORDINATOR, null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Tag("asvs-8.2.2")
    @Test
    void rolesWithoutCaseworkNeitherOpenNorReadCases() throws Exception {
        String person = person("Caseroles");
        String caseId = opened(person);
        for (Role role : new Role[] {Role.RECEPTION, Role.COUNSELLOR, Role.ADMIN, Role.VIEWER}) {
            open(person, role, "{}").andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/cases/" + caseId).with(users.as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/cases/" + java.util.UUID.randomUUID()).with(users.as(Role.CASEWORKER))).andExpect(status().isNotFound());
    }
}
