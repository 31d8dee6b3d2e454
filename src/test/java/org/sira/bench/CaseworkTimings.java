package org.sira.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Server time of the caseworker's Monday, in process (MockMvc, no network): the week's calls (all
 * and "only my cases"), the API's due list, and a case page. Not a test (the name does not end in
 * Test): run it with {@code mvn -B -o test -Dtest=CaseworkTimings -Dsurefire.failIfNoSpecifiedTests=false}
 * on a database loaded by bench/casework-1m.sql; docs/BENCHMARKS.md says how. {@code -Dwarmup=N} first
 * sends N untimed requests of each kind (default 0: the first page timed is also the first the JVM renders).
 * Each kind also prints its times in order, which shows the first requests' warm-up.
 */
@WebTest
class CaseworkTimings {

    private static final int RUNS = 41;

    @Autowired
    org.sira.people.PersonMatching matching;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private String created(String address, String body) throws Exception {
        return json.readTree(mvc.perform(post(address).with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    /** Median and 95th percentile, in µs. */
    private String times(MockHttpServletRequestBuilder request) throws Exception {
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            mvc.perform(request).andExpect(status().isOk());
            times[i] = (System.nanoTime() - start) / 1_000;
        }
        System.out.println("in order, ms: " + Arrays.toString(Arrays.stream(times).map(t -> t / 1000).toArray()));
        Arrays.sort(times);
        return "p50 " + times[RUNS / 2] + " µs, p95 " + times[(int) Math.ceil(RUNS * 0.95) - 1] + " µs";
    }

    @Test
    void timesTheWeeksCallsAndACasePage() throws Exception {
        String person = created("/api/v1/persons", "{\"familyName\":\"Mesure\",\"givenNames\":\"Casework\",\"sex\":\"F\"}");
        created("/api/v1/persons/" + person + "/returns",
                "{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"DZ\",\"arrivalDate\":\"" + LocalDate.now().minusDays(20) + "\"}");
        created("/api/v1/persons/" + person + "/cases", "{\"caseworker\":\"" + users.ensure(Role.CASEWORKER) + "\"}");
        created("/api/v1/persons/" + person + "/referrals",
                "{\"partner\":\"Clinique (mesures)\",\"service\":\"Soutien psychosocial\",\"sharesData\":false}");
        // The match index loads on a thread of its own (27 s at a million): time the pages after it, not beside it.
        matching.compare(java.util.UUID.randomUUID(), matching.sample(1).get(0));
        String week = LocalDate.now().plusDays(7).toString();
        List<MockHttpServletRequestBuilder> requests = List.of(get("/follow-ups").with(users.page(Role.CASEWORKER)),
                get("/follow-ups").param("mine", "true").with(users.page(Role.CASEWORKER)),
                get("/api/v1/follow-ups").param("dueBefore", week).with(users.as(Role.CASEWORKER)),
                get("/persons/" + person + "/casework").with(users.page(Role.CASEWORKER)));
        // -Dwarmup=N: N untimed requests of each kind first, so that all four are timed in a JVM that has compiled
        // them (without it the first kind timed also pays the just-in-time compilation of the whole web stack).
        int warmup = Integer.getInteger("warmup", 0);
        for (int i = 0; i < warmup; i++) {
            for (MockHttpServletRequestBuilder request : requests) {
                mvc.perform(request).andExpect(status().isOk());
            }
        }
        String all = times(requests.get(0));
        String mine = times(requests.get(1));
        String api = times(requests.get(2));
        String casePage = times(requests.get(3));
        System.out.println("CASEWORK TIMINGS (" + RUNS + " requests each, after " + warmup + " untimed of each)");
        System.out.println("week's calls page: " + all);
        System.out.println("week's calls page, only my cases: " + mine);
        System.out.println("GET /api/v1/follow-ups?dueBefore=+7 days: " + api);
        System.out.println("case page: " + casePage);
    }
}
