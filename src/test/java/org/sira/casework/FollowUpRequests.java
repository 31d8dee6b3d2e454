package org.sira.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How the follow-up tests ask the API: persons, returns, a person's follow-ups, the due list, outcomes. */
record FollowUpRequests(MockMvc mvc, TestUsers users, JsonMapper json) {

    String person(String familyName, boolean restricted) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Moussa\",\"restricted\":" + restricted + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    void returnOn(String personId, LocalDate arrival) throws Exception {
        mvc.perform(post("/api/v1/persons/" + personId + "/returns").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"returnKind\":\"BORDER_REJECTION\",\"countryFrom\":\"DZ\",\"arrivalDate\":\"" + arrival + "\"}"))
                .andExpect(status().isCreated());
    }

    JsonNode followUpsOf(String personId) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/persons/" + personId + "/follow-ups").with(users.as(Role.CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** Every item of the due list, page after page. */
    List<JsonNode> dueList(LocalDate dueBefore, Role role) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = json.readTree(mvc.perform(get("/api/v1/follow-ups").param("dueBefore", dueBefore.toString())
                            .param("page", String.valueOf(page)).param("size", "200").with(users.as(role)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            answer.get("items").forEach(items::add);
            assertThat(answer.get("total").asLong()).isGreaterThanOrEqualTo(items.size());
            if (answer.get("items").isEmpty() || items.size() >= answer.get("total").asLong()) {
                return items;
            }
        }
    }

    static List<String> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.get("id").asString()).toList();
    }

    JsonNode outcome(String followUpId, String body) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/follow-ups/" + followUpId + "/outcome").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
