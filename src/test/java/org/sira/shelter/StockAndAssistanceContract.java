package org.sira.shelter;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** api-v1 "Host centre": stock receipts, assistance in one transaction, balances that never go below zero. */
abstract class StockAndAssistanceContract extends ShelterContract {

    private void receive(String centre, String item, int quantity) throws Exception {
        given.send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/receipts",
                "{\"item\":\"" + item + "\",\"quantity\":" + quantity + ",\"unitCostXof\":1500}", 201);
    }

    private String give(String centre, String item, int each, List<String> persons, boolean allowShortfall) {
        return "{\"centreId\":\"" + centre + "\",\"item\":\"" + item + "\",\"quantityEach\":" + each + ",\"personIds\":["
                + String.join(",", persons.stream().map(p -> "\"" + p + "\"").toList()) + "],\"allowShortfall\":" + allowShortfall + "}";
    }

    private JsonNode stock(String centre) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/centres/" + centre + "/stock").with(users.as(Role.SHELTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long balance(String centre, String item) throws Exception {
        for (JsonNode line : stock(centre).get("items")) {
            if (line.get("item").asString().equals(item)) {
                return line.get("balance").asLong();
            }
        }
        return 0;
    }

    private List<String> persons(int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(given.adult());
        }
        return ids;
    }

    private long given(String person) {
        return jdbc.sql("SELECT COUNT(*) FROM shelter_assistance WHERE person_id = :p AND outcome = 'GIVEN'")
                .param("p", UUID.fromString(person)).query(Long.class).single();
    }

    @Test
    void receiptsRaiseTheBalanceAndAssistanceLowersItUntilItIsLow() throws Exception {
        String centre = given.centre();
        receive(centre, "HYGIENE_KIT", 25);
        receive(centre, "HYGIENE_KIT", 5);
        mvc.perform(get("/api/v1/centres/" + centre + "/stock").with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.items[0].item").value("HYGIENE_KIT"))
                .andExpect(jsonPath("$.items[0].balance").value(30))
                .andExpect(jsonPath("$.items[0].lowThreshold").value(20))
                .andExpect(jsonPath("$.items[0].low").value(false));

        List<String> group = persons(6);
        JsonNode answer = given.send(Role.SHELTER, "/api/v1/assistance", give(centre, "HYGIENE_KIT", 2, group, false), 201);
        assertThat(answer.get("given")).hasSize(6);
        assertThat(answer.get("shortfall")).isEmpty();
        mvc.perform(get("/api/v1/centres/" + centre + "/stock").with(users.as(Role.SHELTER)))
                .andExpect(jsonPath("$.items[0].balance").value(18))
                .andExpect(jsonPath("$.items[0].low").value(true));
        assertThat(given(group.get(0))).isEqualTo(1);
        given.send(Role.SHELTER, "/api/v1/assistance", give(centre, "HYGIENE_KIT", 1, group.subList(0, 1), false), 201);
        assertThat(given(group.get(0))).as("the same item may be given again").isEqualTo(2);
    }

    @Test
    void whenTheStockCannotCoverEveryoneNothingIsGivenAndTheAnswerSaysWhatIsAvailable() throws Exception {
        String centre = given.centre();
        receive(centre, "MEAL", 5);
        List<String> group = persons(3);
        JsonNode refused = given.send(Role.SHELTER, "/api/v1/assistance", give(centre, "MEAL", 2, group, false), 409);
        assertThat(refused.get("available").asLong()).isEqualTo(5);
        assertThat(balance(centre, "MEAL")).isEqualTo(5);
        assertThat(group).allSatisfy(person -> assertThat(given(person)).isZero());

        given.send(Role.SHELTER, "/api/v1/assistance", give(centre, "DIGNITY_KIT", 1, group, false), 409);
    }

    @Test
    void withAShortfallAllowedThoseServedWhileStockLastsGetItAndTheRestAreRecordedAndListed() throws Exception {
        String centre = given.centre();
        receive(centre, "MEAL", 5);
        List<String> group = persons(4);
        JsonNode answer = given.send(Role.SHELTER, "/api/v1/assistance", give(centre, "MEAL", 2, group, true), 201);
        assertThat(answer.get("given")).hasSize(2);
        assertThat(answer.get("shortfall")).hasSize(2);
        assertThat(answer.get("shortfall").get(0).asString()).isEqualTo(group.get(2));
        assertThat(balance(centre, "MEAL")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_assistance WHERE person_id = :p AND outcome = 'SHORTFALL'")
                .param("p", UUID.fromString(group.get(3))).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void unknownCentreItemOrPersonAreRefusedOnTheirFieldAndBadQuantitiesAreInvalid() throws Exception {
        String centre = given.centre();
        receive(centre, "MEAL", 50);
        String person = given.adult();
        assertThat(given.send(Role.SHELTER, "/api/v1/assistance", give(UUID.randomUUID().toString(), "MEAL", 1, List.of(person), false), 422)
                .findValuesAsString("field")).containsExactly("centreId");
        assertThat(given.send(Role.SHELTER, "/api/v1/assistance", give(centre, "CAVIAR", 1, List.of(person), false), 422)
                .findValuesAsString("field")).containsExactly("item");
        assertThat(given.send(Role.SHELTER, "/api/v1/assistance", give(centre, "MEAL", 1, List.of(person, UUID.randomUUID().toString()), false), 422)
                .findValuesAsString("field")).containsExactly("personIds");
        String protectedPerson = given.send(Role.COORDINATOR, "/api/v1/persons",
                "{\"familyName\":\"Protégée\",\"givenNames\":\"Awa\",\"restricted\":true}", 201).get("id").asString();
        given.send(Role.SHELTER, "/api/v1/assistance", give(centre, "MEAL", 1, List.of(protectedPerson), false), 422);
        given.send(Role.COORDINATOR, "/api/v1/assistance", give(centre, "MEAL", 1, List.of(protectedPerson), false), 201);
        assertThat(given(person)).isZero();

        given.send(Role.SHELTER, "/api/v1/assistance", give(centre, "MEAL", 0, List.of(person), false), 400);
        given.send(Role.SHELTER, "/api/v1/assistance", give(centre, "MEAL", -3, List.of(person), false), 400);
        given.send(Role.SHELTER, "/api/v1/assistance", give(centre, "MEAL", 1, List.of(), false), 400);
        given.send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/receipts", "{\"item\":\"MEAL\",\"quantity\":-4}", 400);
        given.send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/receipts", "{\"item\":\"MEAL\",\"quantity\":4,\"unitCostXof\":\"12,50\"}", 400);
        assertThat(given.send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/receipts", "{\"item\":\"CAVIAR\",\"quantity\":4}", 422)
                .findValuesAsString("field")).containsExactly("item");
        assertThat(given.send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/receipts",
                "{\"item\":\"MEAL\",\"quantity\":4,\"projectLineId\":\"" + UUID.randomUUID() + "\"}", 422)
                .findValuesAsString("field")).containsExactly("projectLineId");
        given.send(Role.SHELTER, "/api/v1/centres/" + UUID.randomUUID() + "/stock/receipts", "{\"item\":\"MEAL\",\"quantity\":4}", 404);
        assertThat(balance(centre, "MEAL")).isEqualTo(49);
        given.send(Role.ADMIN, "/api/v1/centres/" + centre + "/stock/receipts", "{\"item\":\"MEAL\",\"quantity\":4}", 403);
        given.send(Role.RECEPTION, "/api/v1/assistance", give(centre, "MEAL", 1, List.of(person), false), 403);
    }

    @Test
    void manySimultaneousDistributionsNeverTakeTheBalanceBelowZero() throws Exception {
        String centre = given.centre();
        receive(centre, "HYGIENE_KIT", 10);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            bodies.add(give(centre, "HYGIENE_KIT", 1, persons(3), false));
        }
        List<HttpResponse<String>> answers = given.allAtOnce(port, Role.SHELTER, "/api/v1/assistance", bodies);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(3);
        assertThat(balance(centre, "HYGIENE_KIT")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_assistance WHERE centre_id = :c AND outcome = 'GIVEN'")
                .param("c", UUID.fromString(centre)).query(Long.class).single()).isEqualTo(9);
    }

    @Test
    void manySimultaneousDistributionsWithShortfallsAllowedServeExactlyWhatWasInStock() throws Exception {
        String centre = given.centre();
        receive(centre, "MEAL", 10);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            bodies.add(give(centre, "MEAL", 1, persons(3), true));
        }
        List<HttpResponse<String>> answers = given.allAtOnce(port, Role.SHELTER, "/api/v1/assistance", bodies);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(balance(centre, "MEAL")).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_assistance WHERE centre_id = :c AND outcome = 'GIVEN'")
                .param("c", UUID.fromString(centre)).query(Long.class).single()).isEqualTo(10);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_assistance WHERE centre_id = :c AND outcome = 'SHORTFALL'")
                .param("c", UUID.fromString(centre)).query(Long.class).single()).isEqualTo(8);
    }
}
