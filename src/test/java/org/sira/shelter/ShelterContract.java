package org.sira.shelter;

import org.junit.jupiter.api.BeforeEach;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** What every shelter contract is given: the application through HTTP, its users, its database, and the fixture. */
abstract class ShelterContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;
    @LocalServerPort int port;

    ShelterApiFixture given;

    @BeforeEach
    void fixture() {
        given = new ShelterApiFixture(mvc, users, json);
    }
}
