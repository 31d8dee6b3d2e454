package org.sira.arrivals;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Manifests staged through the pages, as reception does, for tests sharing one registry with others. */
record StagedManifests(MockMvc mvc, TestUsers users, JsonMapper json) {

    /** A family name no other test's person has, so that only the test's own rows and persons match. */
    static String unheardOf(String prefix) {
        StringBuilder name = new StringBuilder(prefix);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 7; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    /** A new group with this CSV staged as its manifest. */
    UUID stagedGroup(String csv) throws Exception {
        UUID group = UUID.fromString(json.readTree(mvc.perform(post("/api/v1/arrivals").with(users.as(Role.RECEPTION))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"arrivalDate\":\"2021-05-05\",\"arrivalPoint\":\"Gao\",\"countryFrom\":\"DZ\",\"returnKind\":\"BORDER_REJECTION\",\"transport\":\"ROAD_CONVOY\"}"))
                .andReturn().getResponse().getContentAsString()).get("id").asString());
        mvc.perform(multipart("/arrivals/" + group + "/manifest").file(new MockMultipartFile("file", "m.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return group;
    }
}
