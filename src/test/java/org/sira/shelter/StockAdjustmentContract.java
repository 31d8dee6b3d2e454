package org.sira.shelter;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Stock adjustments with their reason, never below zero, and the stock card of every movement with its running balance. */
abstract class StockAdjustmentContract extends ShelterContract {

    private void receive(String centre, String item, int quantity) throws Exception {
        given.send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/receipts",
                "{\"item\":\"" + item + "\",\"quantity\":" + quantity + ",\"unitCostXof\":900}", 201);
    }

    private static String writeOff(String item, String reason, int quantity) {
        return "{\"item\":\"" + item + "\",\"reason\":\"" + reason + "\",\"quantity\":" + quantity + "}";
    }

    private JsonNode card(String centre, String item, String query) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/centres/" + centre + "/stock/" + item + "/card" + query).with(users.as(Role.SHELTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void theStockCardListsReceiptsIssuesAndAdjustmentsInOrderWithTheirRunningBalance() throws Exception {
        String centre = given.centre();
        receive(centre, "BLANKET", 20);
        given.send(Role.SHELTER, "/api/v1/assistance", "{\"centreId\":\"" + centre + "\",\"item\":\"BLANKET\",\"quantityEach\":1,\"personIds\":[\""
                + given.adult() + "\",\"" + given.adult() + "\",\"" + given.adult() + "\"]}", 201);
        JsonNode lost = given.send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/adjustments",
                "{\"item\":\"BLANKET\",\"reason\":\"LOST\",\"quantity\":2,\"note\":\"Sac oublié au car\"}", 201);
        assertThat(lost.get("change").asLong()).isEqualTo(-2);
        assertThat(lost.get("balance").asLong()).isEqualTo(15);
        JsonNode counted = given.send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/adjustments",
                "{\"item\":\"BLANKET\",\"reason\":\"COUNT_CORRECTION\",\"countedBalance\":17}", 201);
        assertThat(counted.get("change").asLong()).isEqualTo(2);

        JsonNode card = card(centre, "BLANKET", "");
        assertThat(card.get("balance").asLong()).isEqualTo(17);
        assertThat(card.get("total").asLong()).isEqualTo(4);
        assertThat(card.get("items").findValuesAsString("kind")).containsExactly("RECEIPT", "ISSUE", "ADJUSTMENT", "ADJUSTMENT");
        List<Long> quantities = new ArrayList<>();
        List<Long> after = new ArrayList<>();
        card.get("items").forEach(line -> {
            quantities.add(line.get("quantity").asLong());
            after.add(line.get("balanceAfter").asLong());
        });
        assertThat(quantities).containsExactly(20L, -3L, -2L, 2L);
        assertThat(after).containsExactly(20L, 17L, 15L, 17L);
        assertThat(card.get("items").get(2).get("reason").asString()).isEqualTo("LOST");
        assertThat(card.get("items").get(2).get("note").asString()).isEqualTo("Sac oublié au car");

        JsonNode second = card(centre, "BLANKET", "?page=1&size=2");
        assertThat(second.get("items").findValuesAsString("reason")).containsExactly("LOST", "COUNT_CORRECTION");
        assertThat(second.get("items").get(0).get("balanceAfter").asLong()).as("the running balance counts earlier pages").isEqualTo(15);
    }

    @Test
    void writingOffMoreThanIsThereIsRefusedWithWhatIsAvailableAndNothingChanges() throws Exception {
        String centre = given.centre();
        receive(centre, "MAT", 5);
        JsonNode refused = given.send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/adjustments", writeOff("MAT", "EXPIRED", 6), 409);
        assertThat(refused.get("available").asLong()).isEqualTo(5);
        assertThat(refused.get("detail").asString()).contains("jamais négatif");
        given.send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/adjustments", writeOff("SHOES", "DAMAGED", 1), 409);
        assertThat(card(centre, "MAT", "").get("balance").asLong()).isEqualTo(5);
        assertThat(card(centre, "MAT", "").get("total").asLong()).isEqualTo(1);
        assertThat(card(centre, "SHOES", "").get("total").asLong()).isZero();
    }

    @Test
    void badAdjustmentsAreRefusedOnTheirFieldAndTheCardOfAnUnknownItemIsNotFound() throws Exception {
        String centre = given.centre();
        receive(centre, "WATER", 10);
        String address = "/api/v1/centres/" + centre + "/stock/adjustments";
        given.send(Role.SHELTER, address, "{\"item\":\"WATER\",\"quantity\":1}", 400);
        given.send(Role.SHELTER, address, writeOff("WATER", "STOLEN", 1), 400);
        given.send(Role.SHELTER, address, writeOff("WATER", "LOST", -1), 400);
        given.send(Role.SHELTER, address, writeOff("WATER", "LOST", 0), 400);
        assertThat(given.send(Role.SHELTER, address, "{\"item\":\"WATER\",\"reason\":\"LOST\"}", 400).findValuesAsString("field"))
                .containsExactly("quantity");
        assertThat(given.send(Role.SHELTER, address, "{\"item\":\"WATER\",\"reason\":\"COUNT_CORRECTION\"}", 400).findValuesAsString("field"))
                .containsExactly("countedBalance");
        assertThat(given.send(Role.SHELTER, address, "{\"item\":\"WATER\",\"reason\":\"COUNT_CORRECTION\",\"countedBalance\":10}", 422)
                .findValuesAsString("field")).containsExactly("countedBalance");
        assertThat(given.send(Role.SHELTER, address, writeOff("CAVIAR", "LOST", 1), 422).findValuesAsString("field")).containsExactly("item");
        given.send(Role.SHELTER, "/api/v1/centres/" + UUID.randomUUID() + "/stock/adjustments", writeOff("WATER", "LOST", 1), 404);
        mvc.perform(get("/api/v1/centres/" + centre + "/stock/CAVIAR/card").with(users.as(Role.SHELTER))).andExpect(status().isNotFound());
        assertThat(card(centre, "WATER", "").get("balance").asLong()).isEqualTo(10);
    }

    @Tag("asvs-8.2.1")
    @Test
    void onlyTheShelterAndCoordinatorsAdjustStockOrReadItsCard() throws Exception {
        String centre = given.centre();
        receive(centre, "WATER", 10);
        for (Role role : List.of(Role.ADMIN, Role.RECEPTION, Role.CASEWORKER, Role.VIEWER)) {
            given.send(role, "/api/v1/centres/" + centre + "/stock/adjustments", writeOff("WATER", "LOST", 1), 403);
            mvc.perform(get("/api/v1/centres/" + centre + "/stock/WATER/card").with(users.as(role))).andExpect(status().isForbidden());
        }
        given.send(Role.COORDINATOR, "/api/v1/centres/" + centre + "/stock/adjustments", writeOff("WATER", "LOST", 1), 201);
        assertThat(card(centre, "WATER", "").get("balance").asLong()).isEqualTo(9);
    }

    @Test
    void aWriteOffSentAgainWithTheSameKeyIsRecordedOnce() throws Exception {
        String centre = given.centre();
        receive(centre, "FOOD_KIT", 10);
        String key = "loss-" + UUID.randomUUID();
        for (int expected : List.of(201, 200)) {
            mvc.perform(post("/api/v1/centres/" + centre + "/stock/adjustments").with(users.as(Role.SHELTER)).header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON).content(writeOff("FOOD_KIT", "DAMAGED", 4))).andExpect(status().is(expected));
        }
        assertThat(card(centre, "FOOD_KIT", "").get("balance").asLong()).isEqualTo(6);
    }

    @Test
    void manySimultaneousWriteOffsNeverTakeTheBalanceBelowZero() throws Exception {
        String centre = given.centre();
        receive(centre, "MOSQUITO_NET", 5);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            bodies.add(writeOff("MOSQUITO_NET", "LOST", 1));
        }
        List<HttpResponse<String>> answers = given.allAtOnce(port, Role.SHELTER, "/api/v1/centres/" + centre + "/stock/adjustments", bodies);
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(5);
        assertThat(card(centre, "MOSQUITO_NET", "").get("balance").asLong()).isZero();
    }
}
