package org.sira.security.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Findings 10 and 13 of the security probe: the lock-out told which names exist and let anyone
 * lock out {@code admin}; wrong HTTP Basic credentials from one client slowed everyone.
 */
abstract class SignInLockOutContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired PasswordCheckBudget budget;
    @Autowired SignInAttempts attempts;

    /** A fresh client address for each test, so tests never share a count or a bucket. */
    static String newAddress() {
        UUID random = UUID.randomUUID();
        return "10." + (random.getMostSignificantBits() & 0xff) + "." + ((random.getMostSignificantBits() >> 8) & 0xff)
                + "." + ((random.getLeastSignificantBits() & 0x7f) + 1);
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private List<Integer> apiAnswers(String address, String name, int attempts) throws Exception {
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            answers.add(mvc.perform(get("/api/v1/persons").with(from(address)).with(httpBasic(name, "wrong password " + i)))
                    .andReturn().getResponse().getStatus());
        }
        return answers;
    }

    private List<String> formAnswers(String address, String name, int attempts) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            answers.add(mvc.perform(post("/login").with(from(address)).with(csrf())
                    .param("username", name).param("password", "wrong password " + i)).andReturn().getResponse().getRedirectedUrl());
        }
        return answers;
    }

    @Test
    @Tag("asvs-6.3.8")
    @Tag("asvs-6.3.1")
    void aKnownAndAnUnknownNameGetTheSameAnswersOnTheApi() throws Exception {
        String known = "lock.known." + UUID.randomUUID().toString().substring(0, 8);
        users.create(known, Role.RECEPTION);
        String address = newAddress();
        List<Integer> forKnown = apiAnswers(address, known, 7);
        List<Integer> forUnknown = apiAnswers(address, "nobody." + UUID.randomUUID().toString().substring(0, 8), 7);
        assertThat(forKnown).containsExactly(401, 401, 401, 401, 401, 429, 429);
        assertThat(forUnknown).isEqualTo(forKnown);
    }

    @Test
    @Tag("asvs-6.3.8")
    @Tag("asvs-6.3.1")
    void aKnownAndAnUnknownNameGetTheSameAnswersOnTheLoginForm() throws Exception {
        String known = "lock.form." + UUID.randomUUID().toString().substring(0, 8);
        users.create(known, Role.CASEWORKER);
        String address = newAddress();
        List<String> forKnown = formAnswers(address, known, 6);
        List<String> forUnknown = formAnswers(address, "nobody." + UUID.randomUUID().toString().substring(0, 8), 6);
        assertThat(forKnown).containsExactly("/login?error", "/login?error", "/login?error", "/login?error", "/login?error",
                "/login?locked");
        assertThat(forUnknown).isEqualTo(forKnown);
    }

    @Test
    @Tag("asvs-6.3.1")
    void aStrangerCannotLockTheOwnerOutFromAnotherAddress() throws Exception {
        String owner = "lock.owner." + UUID.randomUUID().toString().substring(0, 8);
        users.create(owner, Role.RECEPTION);
        String stranger = newAddress();
        apiAnswers(stranger, owner, 5);
        formAnswers(stranger, owner, 1);
        // The stranger is refused even with the right password, and told for how long (about a minute).
        mvc.perform(get("/api/v1/persons").with(from(stranger)).with(httpBasic(owner, TestUsers.PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("locked"))
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]?")));
        mvc.perform(post("/login").with(from(stranger)).with(csrf()).param("username", owner).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        // The owner, elsewhere, is not.
        String office = newAddress();
        mvc.perform(get("/api/v1/persons").with(from(office)).with(httpBasic(owner, TestUsers.PASSWORD))).andExpect(status().isOk());
        mvc.perform(post("/login").with(from(office)).with(csrf()).param("username", owner).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    @Tag("asvs-2.4.1")
    @Tag("asvs-6.3.1")
    void aClientThatSpentItsPasswordChecksIsAnsweredAtOnceWithoutSlowingOthers() throws Exception {
        String caller = "budget.caller." + UUID.randomUUID().toString().substring(0, 8);
        users.create(caller, Role.RECEPTION);
        String flooder = newAddress();
        // The caller's password is proven (and remembered) before the flood.
        mvc.perform(get("/api/v1/persons").with(from(flooder)).with(httpBasic(caller, TestUsers.PASSWORD))).andExpect(status().isOk());
        while (budget.take(flooder).isEmpty()) {
            // spend what is left of this address's budget
        }
        MvcResult refused = mvc.perform(get("/api/v1/persons").with(from(flooder)).with(httpBasic("flood-1", "wrong password")))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("too-many-password-checks"))
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
                .andReturn();
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        // A password already proven right costs no check, so it still passes from the same address.
        mvc.perform(get("/api/v1/persons").with(from(flooder)).with(httpBasic(caller, TestUsers.PASSWORD))).andExpect(status().isOk());
        // Every other address keeps its own budget: a wrong password there is checked (401), not refused.
        mvc.perform(get("/api/v1/persons").with(from(newAddress())).with(httpBasic("flood-2", "wrong password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @Tag("asvs-2.4.1")
    void refusalsForLackOfBudgetDoNotCountAsFailedSignIns() throws Exception {
        String owner = "budget.owner." + UUID.randomUUID().toString().substring(0, 8);
        users.create(owner, Role.RECEPTION);
        String address = newAddress();
        while (budget.take(address).isEmpty()) {
            // spend this address's budget
        }
        for (int i = 0; i < 6; i++) {
            mvc.perform(get("/api/v1/persons").with(from(address)).with(httpBasic(owner, "wrong " + i)))
                    .andExpect(status().isTooManyRequests()).andExpect(jsonPath("$.code").value("too-many-password-checks"));
        }
        assertThat(attempts.lockedFor(address, owner)).isEmpty();
    }

    @Test
    @Tag("asvs-2.4.1")
    void theLoginFormSpendsFromTheSameBudgetAndSaysSoWhenItIsSpent() throws Exception {
        String owner = "budget.form." + UUID.randomUUID().toString().substring(0, 8);
        users.create(owner, Role.CASEWORKER);
        String address = newAddress();
        while (budget.take(address).isEmpty()) {
            // spend this address's budget
        }
        for (int i = 0; i < 6; i++) {
            mvc.perform(post("/login").with(from(address)).with(csrf()).param("username", owner).param("password", "wrong " + i))
                    .andExpect(redirectedUrl("/login?busy"));
        }
        // Refused unchecked, so not counted as failed sign-ins.
        assertThat(attempts.lockedFor(address, owner)).isEmpty();
    }
}
