package org.sira.people;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.shared.Paging;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

abstract class RegistryDuplicatesContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired RegistryDuplicates duplicates;

    private JsonNode person(String family, String given, String phone) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"familyName":"%s","givenNames":"%s","sex":"F","birthDate":"1984-03-17","fatherGivenName":"Lamine",
                         "motherName":"Nakaridia Bengaly","originRegion":"Koulikoro","phone":"%s"}""".formatted(family, given, phone)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private static String phone() {
        return "65" + String.format("%06d", (int) (Math.random() * 1_000_000));
    }

    /** What the list holds, read as a coordinator would (who merges and sees protected persons). */
    private <T> T asCoordinator(java.util.function.Supplier<T> read) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("test-coordinator", null,
                AuthorityUtils.createAuthorityList("PERSON_MERGE", "PERSON_READ", "PERSON_RESTRICTED_READ")));
        try {
            return read.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<UUID[]> listedPairs() {
        return asCoordinator(() -> {
            List<UUID[]> listed = new ArrayList<>();
            for (int page = 0; ; page++) {
                var result = duplicates.pairs(new Paging(page, 100));
                result.items().forEach(p -> listed.add(new UUID[] {p.first().id(), p.second().id()}));
                if (!result.hasNext()) {
                    return listed;
                }
            }
        });
    }

    private boolean listed(JsonNode a, JsonNode b) {
        UUID one = UUID.fromString(a.get("id").asString());
        UUID other = UUID.fromString(b.get("id").asString());
        return listedPairs().stream().anyMatch(p -> (p[0].equals(one) && p[1].equals(other)) || (p[0].equals(other) && p[1].equals(one)));
    }

    @Test
    void aSearchOfTheRegistryListsTwoRecordsOfOnePersonAndTheirMergeTakesThemOff() throws Exception {
        String phone = phone();
        JsonNode first = person("Sanogo", "Kadiatou", phone);
        JsonNode second = person("SANOGO", "Kadiatou", phone);

        duplicates.search();

        assertThat(listed(first, second)).isTrue();
        assertThat(asCoordinator(duplicates::status).lastSearch()).isPresent();
        String page = mvc.perform(get("/persons/duplicates").with(users.page(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Doublons possibles", "Chercher maintenant");

        mvc.perform(post("/persons/" + first.get("id").asString() + "/merge").param("fileNumber", second.get("fileNumber").asString())
                .with(users.page(Role.COORDINATOR)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(listed(first, second)).as("a merged-away record leaves the list at once").isFalse();
    }

    @Test
    void twoPeopleSaidToBeTwoLeaveTheListAndTheNextSearchDoesNotBringThemBack() throws Exception {
        String phone = phone();
        JsonNode first = person("Bengaly", "Mariétou", phone);
        JsonNode second = person("Bengali", "Marietou", phone);
        duplicates.search();
        assertThat(listed(first, second)).isTrue();

        mvc.perform(post("/persons/duplicates/not-same").param("first", second.get("id").asString())
                        .param("second", first.get("id").asString()).with(users.page(Role.CASEWORKER)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(listed(first, second)).isFalse();

        duplicates.search();
        assertThat(listed(first, second)).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM not_duplicate WHERE decided_by IS NOT NULL AND (first_id = :a OR second_id = :a)")
                .param("a", UUID.fromString(first.get("id").asString())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rolesThatDoNotMergeRecordsNeitherSeeNorTouchTheList() throws Exception {
        for (Role role : new Role[] {Role.RECEPTION, Role.SHELTER, Role.VIEWER}) {
            mvc.perform(get("/persons/duplicates").with(users.page(role))).andExpect(status().isForbidden());
            mvc.perform(post("/persons/duplicates/search").with(users.page(role)).with(csrf())).andExpect(status().isForbidden());
        }
    }
}
