package org.sira.casework;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** What the follow-up contracts share: the API's requests, and the day they run. */
abstract class FollowUpApiContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    FollowUpRequests api;
    final LocalDate today = LocalDate.now();

    @BeforeEach
    void asks() {
        api = new FollowUpRequests(mvc, users, json);
    }
}
