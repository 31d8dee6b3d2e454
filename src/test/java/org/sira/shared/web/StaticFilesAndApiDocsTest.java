package org.sira.shared.web;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With the resource chain switched off (application.properties: it made every link of a page cost
 * a static-file lookup), Sira's own files, the links pages build, and springdoc's interactive API
 * page, which brings its files from a webjar, are all still served.
 */
@WebTest
class StaticFilesAndApiDocsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void theStyleSheetScriptAndTheApiPageWithItsWebjarFilesAreServed() throws Exception {
        mvc.perform(get("/css/sira.css")).andExpect(status().isOk());
        mvc.perform(get("/js/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/persons/new").with(users.page(Role.RECEPTION)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"/css/sira.css\"")));
        mvc.perform(get("/api/docs/swagger-ui/index.html").with(users.page(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("swagger-ui")));
        mvc.perform(get("/api/docs/swagger-ui/swagger-ui-bundle.js").with(users.page(Role.ADMIN))).andExpect(status().isOk());
    }
}
