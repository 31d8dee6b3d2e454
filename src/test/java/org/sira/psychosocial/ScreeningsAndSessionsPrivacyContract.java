package org.sira.psychosocial;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A caseworker, a coordinator and an administrator (and every other role but the counsellor's)
 * read no screening and no session: not by page, API, export or search, not by guessing ids;
 * the counsellor's readings are audited.
 */
@Tag("asvs-8.2.1")
@Tag("asvs-8.2.2")
abstract class ScreeningsAndSessionsPrivacyContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private static final EnumSet<Role> OTHERS = EnumSet.complementOf(EnumSet.of(Role.COUNSELLOR));

    private record Recorded(String person, String screening, String session, String secret) {
    }

    private Recorded recorded(String familyName) throws Exception {
        String person = json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Awa\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        String secret = "Secret" + UUID.randomUUID().toString().replace("-", "");
        String screening = json.readTree(mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-screenings").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON).content(ScreeningsAndSessionsContract.phq9("3,3,3,3,3,3,3,3,2", "2024-05-02")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        String session = json.readTree(mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-sessions").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"INDIVIDUAL\",\"sessionDate\":\"2024-05-02\",\"nextSession\":\"2024-05-09\",\"text\":\"" + secret + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        return new Recorded(person, screening, session, secret);
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request, RequestPostProcessor who) throws Exception {
        return mvc.perform(request.with(who)).andReturn().getResponse();
    }

    @Test
    void noOtherRoleReadsOrWritesAScreeningOrASessionByApiOrPageEvenWithTheirIds() throws Exception {
        Recorded r = recorded("Psyprivate");
        List<String> api = List.of("/api/v1/persons/%s/psychosocial-screenings", "/api/v1/persons/%s/psychosocial-screenings/" + r.screening(),
                "/api/v1/persons/%s/psychosocial-sessions", "/api/v1/persons/%s/psychosocial-sessions/" + r.session(),
                "/api/v1/psychosocial/instruments");
        List<String> pages = List.of("/persons/%s/psychosocial-screenings", "/persons/%s/psychosocial-screenings?instrument=GAD7",
                "/persons/%s/psychosocial-sessions");
        for (Role role : OTHERS) {
            for (String address : api) {
                assertThat(answer(get(address.formatted(r.person())), users.as(role)).getStatus()).as(role + " " + address).isEqualTo(403);
            }
            for (String address : pages) {
                assertThat(answer(get(address.formatted(r.person())), users.page(role)).getStatus()).as(role + " " + address).isEqualTo(403);
            }
            assertThat(answer(post("/api/v1/persons/" + r.person() + "/psychosocial-screenings").contentType(MediaType.APPLICATION_JSON)
                    .content(ScreeningsAndSessionsContract.phq9("0,0,0,0,0,0,0,0,0", "2024-05-02")), users.as(role)).getStatus()).isEqualTo(403);
            assertThat(answer(post("/api/v1/persons/" + r.person() + "/psychosocial-sessions").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"kind\":\"GROUP\",\"sessionDate\":\"2024-05-02\"}"), users.as(role)).getStatus()).isEqualTo(403);
            assertThat(answer(post("/persons/" + r.person() + "/psychosocial-sessions").with(csrf()).param("kind", "GROUP")
                    .param("sessionDate", "2024-05-02"), users.page(role)).getStatus()).isEqualTo(403);
            assertThat(answer(post("/persons/" + r.person() + "/psychosocial-screenings").with(csrf()).param("instrument", "GAD7")
                    .param("screenedOn", "2024-05-02"), users.page(role)).getStatus()).isEqualTo(403);
        }
    }

    @Test
    void guessingAScreeningsOrASessionsIdAnswersWordForWordAsAnIdNobodyHas() throws Exception {
        Recorded r = recorded("Psyguess");
        for (Role role : EnumSet.of(Role.CASEWORKER, Role.COORDINATOR, Role.ADMIN, Role.COUNSELLOR)) {
            for (String kind : List.of("screenings", "sessions")) {
                String real = kind.equals("screenings") ? r.screening() : r.session();
                String other = UUID.randomUUID().toString();
                // Under another person's address, even the counsellor finds nothing.
                String elsewhere = role == Role.COUNSELLOR ? recordedPersonless() : r.person();
                MockHttpServletResponse hers = answer(get("/api/v1/persons/" + elsewhere + "/psychosocial-" + kind + "/" + real), users.as(role));
                MockHttpServletResponse nobodys = answer(get("/api/v1/persons/" + elsewhere + "/psychosocial-" + kind + "/" + other), users.as(role));
                assertThat(hers.getStatus()).as(role + " " + kind).isEqualTo(nobodys.getStatus()).isIn(403, 404);
                assertThat(hers.getContentAsString(StandardCharsets.UTF_8).replace(real, other))
                        .isEqualTo(nobodys.getContentAsString(StandardCharsets.UTF_8));
            }
        }
    }

    /** A page's random CSRF token can spell "PHQ" by chance (it did once in 2,000 pages); what it says is all that counts. */
    private static String withoutCsrfToken(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    private String recordedPersonless() throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"familyName\":\"Psyelsewhere\",\"givenNames\":\"Oumar\"}")).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    @Test
    void neitherThePersonsPagesNorSearchNorExportsNorTheAuditLogShowWhatWasFound() throws Exception {
        Recorded r = recorded("Psyexport");
        List<String> forbidden = List.of(r.secret(), "PHQ", "SEVERE", "sévère", "Risque à traiter", r.screening(), r.session());
        for (Role role : EnumSet.of(Role.CASEWORKER, Role.COORDINATOR, Role.ADMIN)) {
            List<MockHttpServletResponse> answers = List.of(
                    answer(get("/persons/" + r.person()), users.page(role)),
                    answer(get("/persons/" + r.person() + "/casework"), users.page(role)),
                    answer(get("/persons/" + r.person() + "/psychosocial-follow-up"), users.page(role)),
                    answer(get("/api/v1/persons/" + r.person()), users.as(role)),
                    answer(get("/api/v1/persons/" + r.person() + "/psychosocial-follow-up"), users.as(role)),
                    answer(get("/api/v1/persons?q=Psyexport"), users.as(role)),
                    answer(get("/api/v1/exports/open-data?from=2024-01-01&to=2024-12-31"), users.as(role)),
                    answer(get("/api/v1/reports/returns?from=2024-01-01&to=2024-12-31"), users.as(role)),
                    answer(get("/admin/audit?recordId=" + r.person()), users.page(role)));
            for (MockHttpServletResponse response : answers) {
                String body = withoutCsrfToken(response.getContentAsString(StandardCharsets.UTF_8));
                for (String what : forbidden) {
                    assertThat(body).as(role + " sees " + what).doesNotContain(what);
                }
            }
            // The audit log names the records read or written, by whom and when, never what they say.
            for (String audited : List.of(r.screening(), r.session())) {
                assertThat(withoutCsrfToken(answer(get("/admin/audit?recordId=" + audited), users.page(role)).getContentAsString(StandardCharsets.UTF_8)))
                        .doesNotContain(r.secret()).doesNotContain("SEVERE").doesNotContain("PHQ").doesNotContain("2024-05-09");
            }
            // Searching for what was said finds nobody (the page shows the words searched for, not her).
            assertThat(answer(get("/api/v1/persons?q=" + r.secret()), users.as(role)).getContentAsString()).doesNotContain(r.person());
            assertThat(answer(get("/persons?q=" + r.secret()), users.page(role)).getContentAsString()).doesNotContain(r.person());
        }
        String fragment = answer(get("/persons/" + r.person() + "/psychosocial-follow-up"), users.page(Role.CASEWORKER))
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(fragment).contains("Suivi psychosocial en cours", "2024-05-09").doesNotContain("psychosocial-screenings");
    }
}
