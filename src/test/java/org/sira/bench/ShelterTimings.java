package org.sira.bench;

import java.util.ArrayList;
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

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Server time of the host centre's heavy actions, in process (MockMvc, no network): a 200-person
 * arrival group checked in from its page, a distribution of two items to those 200, and the
 * board, occupancy and stock of that centre. Not a test (the name does not end in Test): run it with
 * {@code mvn -B -o test -Dtest=ShelterTimings -Dsurefire.failIfNoSpecifiedTests=false} and read the
 * figures it prints; docs/BENCHMARKS.md says on what database they were taken.
 */
@WebTest
class ShelterTimings {

    private static final int GROUP = 200;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private String send(Role role, String address, String body) throws Exception {
        return json.readTree(mvc.perform(post(address).with(users.as(role)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private long median(MockHttpServletRequestBuilder request, int runs) throws Exception {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            mvc.perform(request).andExpect(status().isOk());
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        return times[runs / 2] / 1_000;
    }

    @Test
    void timesTheHeavyActionsOfAConvoyNight() throws Exception {
        String centre = send(Role.COORDINATOR, "/api/v1/centres", "{\"name\":\"Centre (mesures)\"}");
        send(Role.COORDINATOR, "/api/v1/centres/" + centre + "/rooms", "{\"name\":\"Hommes\",\"kind\":\"MEN\",\"beds\":150}");
        send(Role.COORDINATOR, "/api/v1/centres/" + centre + "/rooms", "{\"name\":\"Femmes\",\"kind\":\"WOMEN\",\"beds\":60}");
        mvc.perform(post("/api/v1/centres/" + centre + "/stock/receipts").with(users.as(Role.SHELTER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"item\":\"MEAL\",\"quantity\":1000}")).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/centres/" + centre + "/stock/receipts").with(users.as(Role.SHELTER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"item\":\"HYGIENE_KIT\",\"quantity\":1000}")).andExpect(status().isCreated());
        String group = send(Role.RECEPTION, "/api/v1/arrivals", """
                {"arrivalDate":"2026-01-09","arrivalPoint":"Gao","countryFrom":"DZ","returnKind":"BORDER_REJECTION",
                 "transport":"ROAD_CONVOY","expectedCount":200}""");
        List<String> persons = new ArrayList<>();
        for (int i = 0; i < GROUP; i++) {
            String person = send(Role.RECEPTION, "/api/v1/persons", "{\"familyName\":\"Mesure" + i + "\",\"givenNames\":\"Awa\",\"sex\":\""
                    + (i % 4 == 0 ? "F" : "M") + "\",\"birthDate\":\"1990-01-01\",\"birthDatePrecision\":\"DAY\"}");
            send(Role.RECEPTION, "/api/v1/arrivals/" + group + "/returns", "{\"personId\":\"" + person + "\"}");
            persons.add(person);
        }
        long start = System.nanoTime();
        mvc.perform(get("/shelter/check-in").param("arrival", group).param("centre", centre).with(users.page(Role.SHELTER)))
                .andExpect(status().isOk());
        long plan = millis(start);
        String[] bedIds = new String[GROUP];
        List<String> free = freeBeds(centre);
        int men = 0;
        int women = 0;
        for (int i = 0; i < GROUP; i++) {
            bedIds[i] = i % 4 == 0 ? free.get(150 + women++) : free.get(men++);
        }
        start = System.nanoTime();
        mvc.perform(post("/shelter/check-in").with(users.page(Role.SHELTER)).with(csrf()).param("arrival", group).param("centre", centre)
                .param("personId", persons.toArray(String[]::new)).param("bedId", bedIds)).andExpect(status().is3xxRedirection());
        long checkIn = millis(start);
        start = System.nanoTime();
        mvc.perform(post("/shelter/centres/" + centre + "/distribution").with(users.page(Role.SHELTER)).with(csrf())
                .param("item", "MEAL", "HYGIENE_KIT").param("quantityEach", "1").param("personId", persons.toArray(String[]::new)))
                .andExpect(status().isOk());
        long distribution = millis(start);
        long board = median(get("/shelter/centres/" + centre).with(users.page(Role.SHELTER)), 21);
        long occupancy = median(get("/api/v1/centres/" + centre + "/occupancy").with(users.as(Role.SHELTER)), 21);
        long stock = median(get("/api/v1/centres/" + centre + "/stock").with(users.as(Role.SHELTER)), 21);
        // A page of the same frame (menu, security) with little in it: what any page costs here.
        long lightPage = median(get("/shelter/centres/" + centre + "/stock").with(users.page(Role.SHELTER)), 21);
        System.out.printf("SHELTER TIMINGS (%d persons in the group, 210 beds)%n", GROUP);
        System.out.printf("check-in page for the group: %d ms%n", plan);
        System.out.printf("check-in of the whole group (one POST): %d ms%n", checkIn);
        System.out.printf("distribution of 2 items to the group (one POST): %d ms%n", distribution);
        System.out.printf("board page, median of 21: %d µs%n", board);
        System.out.printf("GET occupancy, median of 21: %d µs%n", occupancy);
        System.out.printf("GET stock, median of 21: %d µs%n", stock);
        System.out.printf("stock page (a light page, for comparison), median of 21: %d µs%n", lightPage);
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The beds of the centre: the men's room's 150 first, then the women's 60. */
    private List<String> freeBeds(String centre) {
        return jdbc.sql("""
                        SELECT b.id FROM shelter_bed b JOIN shelter_room r ON r.id = b.room_id WHERE r.centre_id = :c
                        ORDER BY CASE r.kind WHEN 'MEN' THEN 0 ELSE 1 END, b.position""")
                .param("c", java.util.UUID.fromString(centre)).query(String.class).list();
    }
}
