package org.sira.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * api-v1: "the same request sent again (even at the same moment) returns the first person". A
 * partner's retries that all leave at once (a phone regaining its network) create one person;
 * every caller gets that person, none an error.
 */
@Tag("asvs-15.4.2")
@Tag("asvs-2.3.1")
abstract class IdempotentRegistrationContract {

    private static final int CALLERS = 8;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    @Test
    void eightCallsAtOnceWithOneIdempotencyKeyCreateOnePersonAndAllGetIt() throws Exception {
        String familyName = "Simultané" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Awa\"}";
        String key = UUID.randomUUID().toString();
        users.ensure(Role.RECEPTION);
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        List<MockHttpServletResponse> answers = new ArrayList<>();
        try {
            CountDownLatch ready = new CountDownLatch(CALLERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<MockHttpServletResponse>> calls = new ArrayList<>();
            for (int c = 0; c < CALLERS; c++) {
                calls.add(callers.submit(() -> {
                    ready.countDown();
                    go.await();
                    return mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
                }));
            }
            ready.await();
            go.countDown();
            for (Future<MockHttpServletResponse> call : calls) {
                answers.add(call.get(60, TimeUnit.SECONDS));
            }
        } finally {
            callers.shutdownNow();
        }

        Set<String> ids = new HashSet<>();
        int created = 0;
        for (MockHttpServletResponse answer : answers) {
            assertThat(answer.getStatus()).as(answer.getContentAsString()).isIn(200, 201);
            created += answer.getStatus() == 201 ? 1 : 0;
            ids.add(json.readTree(answer.getContentAsString()).get("id").asString());
        }
        assertThat(created).as("exactly one call created the person").isEqualTo(1);
        assertThat(ids).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE family_name = :n").param("n", familyName)
                .query(Long.class).single()).isEqualTo(1);
    }
}
