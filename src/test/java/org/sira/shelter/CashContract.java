package org.sira.shelter;

import java.nio.charset.StandardCharsets;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Cash assistance: whole francs CFA, by hand or mobile money with its reference, charged to a budget line, to a group with exceptions. */
abstract class CashContract extends ShelterContract {

    private static String cash(String centre, String amount, String mode, String reference, String line, List<String> persons) {
        return "{\"centreId\":\"" + centre + "\",\"amountXof\":" + amount + ",\"paymentMode\":\"" + mode + "\""
                + (reference == null ? "" : ",\"transactionReference\":\"" + reference + "\"")
                + (line == null ? "" : ",\"projectLineId\":\"" + line + "\"") + ",\"personIds\":["
                + String.join(",", persons.stream().map(p -> "\"" + p + "\"").toList()) + "]}";
    }

    private long cashRows(String person) {
        return jdbc.sql("SELECT COUNT(*) FROM shelter_cash_assistance WHERE person_id = :p").param("p", UUID.fromString(person))
                .query(Long.class).single();
    }

    private JsonNode refused(String body, String language, int expected) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/assistance/cash").with(users.as(Role.SHELTER)).header("Accept-Language", language)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void cashByMobileMoneyGoesToTheTickedPersonsKeepsItsReferenceAndIsSpentOnTheLine() throws Exception {
        String centre = given.centre();
        String line = given.projectLine();
        String first = given.adult();
        String second = given.adult();
        String exception = given.adult();

        JsonNode handout = given.send(Role.SHELTER, "/api/v1/assistance/cash",
                cash(centre, "\"12 500\"", "MOBILE_MONEY", "OM-2026-88123", line, List.of(first, second)), 201);

        assertThat(handout.get("amountEachXof").asLong()).isEqualTo(12_500);
        assertThat(handout.get("totalXof").asLong()).isEqualTo(25_000);
        assertThat(handout.get("transactionReference").asString()).isEqualTo("OM-2026-88123");
        assertThat(handout.get("given")).hasSize(2);
        assertThat(cashRows(first)).isEqualTo(1);
        assertThat(cashRows(exception)).isZero();
        String project = jdbc.sql("SELECT project_id FROM programme_budget_line WHERE id = :l").param("l", UUID.fromString(line))
                .query(String.class).single();
        mvc.perform(get("/api/v1/projects/" + project).with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.lines[0].spentXof").value(25_000))
                .andExpect(jsonPath("$.lines[0].peopleReached").value(2))
                .andExpect(jsonPath("$.peopleReached").value(2));
        mvc.perform(get("/api/v1/assistance/cash/" + handout.get("id").asString()).with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paymentMode").value("MOBILE_MONEY"));
    }

    @Test
    void mobileMoneyWithoutItsTransactionReferenceIsRefusedAndNobodyIsPaid() throws Exception {
        String centre = given.centre();
        String line = given.projectLine();
        String person = given.adult();
        JsonNode refused = given.send(Role.SHELTER, "/api/v1/assistance/cash", cash(centre, "5000", "MOBILE_MONEY", " ", line, List.of(person)), 400);
        assertThat(refused.findValuesAsString("field")).containsExactly("transactionReference");
        assertThat(cashRows(person)).isZero();
        given.send(Role.SHELTER, "/api/v1/assistance/cash", cash(centre, "5000", "CASH", null, line, List.of(person)), 201);
        assertThat(cashRows(person)).isEqualTo(1);
    }

    @Test
    void amountsAreWholeFrancsWithGroupingAndDecimalsOrOtherCurrenciesAreRefusedWithAClearMessage() throws Exception {
        String centre = given.centre();
        String line = given.projectLine();
        String person = given.adult();
        for (String accepted : List.of("12500", "\"12.500\"", "\"12 500 FCFA\"")) {
            assertThat(given.send(Role.SHELTER, "/api/v1/assistance/cash", cash(centre, accepted, "CASH", null, line, List.of(person)), 201)
                    .get("amountEachXof").asLong()).as(accepted).isEqualTo(12_500);
        }
        JsonNode french = refused(cash(centre, "\"12,50\"", "CASH", null, line, List.of(person)), "fr", 400);
        assertThat(french.findValuesAsString("field")).containsExactly("amountXof");
        assertThat(french.findValuesAsString("message").get(0)).contains("pas de centimes", "12500");
        JsonNode english = refused(cash(centre, "\"12,50\"", "CASH", null, line, List.of(person)), "en", 400);
        assertThat(english.findValuesAsString("message").get(0)).contains("no cents", "12500");
        assertThat(refused(cash(centre, "\"15 €\"", "CASH", null, line, List.of(person)), "fr", 400).findValuesAsString("message").get(0))
                .contains("francs CFA");
        assertThat(refused(cash(centre, "\"20 USD\"", "CASH", null, line, List.of(person)), "en", 400).findValuesAsString("message").get(0))
                .contains("CFA francs");
        for (String wrong : List.of("\"12.50\"", "12.5", "0", "-500", "\"-500\"", "\"douze mille\"", "\"\"", "\"1.25.000\"")) {
            assertThat(refused(cash(centre, wrong, "CASH", null, line, List.of(person)), "fr", 400).findValuesAsString("field"))
                    .as(wrong).containsExactly("amountXof");
        }
        assertThat(cashRows(person)).isEqualTo(3);
    }

    @Tag("asvs-8.2.1")
    @Test
    void aKnownLineCentreAndPersonsAreRequiredAndOnlyTheShelterAndCoordinatorsGiveCash() throws Exception {
        String centre = given.centre();
        String line = given.projectLine();
        String person = given.adult();
        given.send(Role.SHELTER, "/api/v1/assistance/cash", cash(centre, "5000", "CASH", null, null, List.of(person)), 400);
        assertThat(given.send(Role.SHELTER, "/api/v1/assistance/cash",
                cash(centre, "5000", "CASH", null, UUID.randomUUID().toString(), List.of(person)), 422).findValuesAsString("field"))
                .containsExactly("projectLineId");
        assertThat(given.send(Role.SHELTER, "/api/v1/assistance/cash",
                cash(UUID.randomUUID().toString(), "5000", "CASH", null, line, List.of(person, UUID.randomUUID().toString())), 422)
                .findValuesAsString("field")).containsExactlyInAnyOrder("centreId", "personIds");
        given.send(Role.SHELTER, "/api/v1/assistance/cash", cash(centre, "5000", "BITCOIN", null, line, List.of(person)), 400);
        given.send(Role.SHELTER, "/api/v1/assistance/cash", cash(centre, "5000", "CASH", null, line, List.of()), 400);
        for (Role role : List.of(Role.ADMIN, Role.RECEPTION, Role.CASEWORKER, Role.VIEWER)) {
            given.send(role, "/api/v1/assistance/cash", cash(centre, "5000", "CASH", null, line, List.of(person)), 403);
        }
        assertThat(cashRows(person)).isZero();
        given.send(Role.COORDINATOR, "/api/v1/assistance/cash", cash(centre, "5000", "CASH", null, line, List.of(person)), 201);
    }

    @Test
    void aHandoutSentAgainWithTheSameKeyPaysNobodyTwice() throws Exception {
        String centre = given.centre();
        String line = given.projectLine();
        String person = given.adult();
        String body = cash(centre, "7500", "MOBILE_MONEY", "MM-77", line, List.of(person));
        String key = "cash-" + UUID.randomUUID();
        String first = mvc.perform(post("/api/v1/assistance/cash").with(users.as(Role.SHELTER)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString();
        String again = mvc.perform(post("/api/v1/assistance/cash").with(users.as(Role.SHELTER)).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(json.readTree(again).get("id")).isEqualTo(json.readTree(first).get("id"));
        assertThat(json.readTree(again).get("repeated").asBoolean()).isTrue();
        assertThat(cashRows(person)).isEqualTo(1);
    }
}
