package org.sira.reintegration;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** API additions: work history abroad, trainings, business support with grants and statuses; roles, retries, merges. */
abstract class EconomicReintegrationContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private final LocalDate today = LocalDate.now();

    String person(String familyName) throws Exception {
        return id(mvc.perform(post("/api/v1/persons").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Seydou\"}")).andExpect(status().isCreated()));
    }

    ResultActions send(String path, Role role, Map<String, ?> body) throws Exception {
        return mvc.perform(post(path).with(users.as(role)).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
    }

    String id(ResultActions answer) throws Exception {
        return json.readTree(answer.andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(users.as(Role.CASEWORKER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** A budget line of a new project, opened by the coordinator. */
    String budgetLine() throws Exception {
        String donor = id(send("/api/v1/donors", Role.COORDINATOR, Map.of("name", "Donor eco " + UUID.randomUUID()))
                .andExpect(status().isCreated()));
        JsonNode project = json.readTree(send("/api/v1/projects", Role.COORDINATOR, Map.of("donorId", donor, "name", "AGR eco",
                "from", "2025-01-01", "to", "2027-12-31", "lines", java.util.List.of(Map.of("name", "Subventions AGR", "budgetXof", 5_000_000))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        return project.get("lines").get(0).get("id").asString();
    }

    @Test
    void aTradeAbroadIsRecordedOnceEvenWhenTheRequestIsSentAgain() throws Exception {
        String person = person("Ecowork");
        String request = UUID.randomUUID().toString();
        Map<String, Object> mason = Map.of("trade", "Maçon", "country", "Algérie", "years", 4, "description", "chantiers à Oran",
                "requestId", request);
        send("/api/v1/persons/" + person + "/work-history", Role.CASEWORKER, mason).andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(request)).andExpect(jsonPath("$.country").value("DZ"))
                .andExpect(jsonPath("$.years").value(4));
        send("/api/v1/persons/" + person + "/work-history", Role.CASEWORKER, mason).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(request));
        send("/api/v1/persons/" + person + "/work-history", Role.COORDINATOR, Map.of("trade", "Soudeur", "country", "LY", "years", 1))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/persons/" + person + "/work-history").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.items[0].trade").value("Maçon"));
    }

    @Test
    void aTradeNeedsAKnownCountryAndAPlausibleNumberOfYears() throws Exception {
        String person = person("Ecoworkbad");
        send("/api/v1/persons/" + person + "/work-history", Role.CASEWORKER, Map.of("trade", "Maçon", "country", "Atlantide", "years", 70))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'country')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'years')]").exists());
        send("/api/v1/persons/" + person + "/work-history", Role.CASEWORKER, Map.of("country", "ML", "years", 2))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("trade"));
        mvc.perform(get("/api/v1/persons/" + person + "/work-history").with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aTrainingIsEnrolledThenCompletedOnceAndNeverAfter() throws Exception {
        String person = person("Ecotrain");
        String training = id(send("/api/v1/persons/" + person + "/trainings", Role.CASEWORKER,
                Map.of("sector", "livestock", "provider", "Centre de Samanko", "startsOn", today.minusMonths(2).toString()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ENROLLED"))
                .andExpect(jsonPath("$.sector").value("LIVESTOCK")));
        String end = "/api/v1/persons/" + person + "/trainings/" + training + "/end";
        send(end, Role.CASEWORKER, Map.of("status", "COMPLETED", "endsOn", today.plusDays(3).toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        send(end, Role.CASEWORKER, Map.of("status", "COMPLETED", "endsOn", today.toString(), "version", 3))
                .andExpect(status().isConflict());
        send(end, Role.CASEWORKER, Map.of("status", "COMPLETED", "endsOn", today.toString(), "version", 0))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.version").value(1));
        send(end, Role.CASEWORKER, Map.of("status", "DROPPED_OUT")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void aTrainingIsRefusedWithItsFieldWhenItsSectorOrDatesAreWrong() throws Exception {
        String person = person("Ecotrainbad");
        String path = "/api/v1/persons/" + person + "/trainings";
        send(path, Role.CASEWORKER, Map.of("sector", "MINING", "provider", "X", "startsOn", "2025-01-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sector"));
        send(path, Role.CASEWORKER, Map.of("sector", "FISHING", "provider", "X", "startsOn", "2025-03-01", "endsOn", "2025-02-01"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        send(path, Role.CASEWORKER, Map.of("sector", "FISHING", "provider", "X", "startsOn", "2025-03-01", "status", "COMPLETED"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        send(path, Role.CASEWORKER, Map.of("sector", "FISHING", "provider", "X", "startsOn", "le 3 mars"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("startsOn"));
        mvc.perform(get(path).with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aGrantIsChargedToABudgetLineInWholeFrancsCfaOnly() throws Exception {
        String person = person("Ecogrant");
        String line = budgetLine();
        String business = id(send("/api/v1/persons/" + person + "/businesses", Role.CASEWORKER, Map.of("activity", "Boutique de quartier",
                "sector", "TRADE", "summary", "Vente de produits de première nécessité", "plannedOn", today.toString()))
                .andExpect(status().isCreated()));
        String grants = "/api/v1/persons/" + person + "/businesses/" + business + "/grants";
        send(grants, Role.CASEWORKER, Map.of("kind", "CASH", "amountXof", 150000, "projectLineId", line, "grantedOn", today.toString(),
                "description", "Orange Money 12345")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.grants[0].amountXof").value(150000)).andExpect(jsonPath("$.grants[0].projectLineId").value(line));
        send(grants, Role.CASEWORKER, Map.of("kind", "CASH", "amountXof", 150000.5, "projectLineId", line, "grantedOn", today.toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amountXof"))
                .andExpect(jsonPath("$.errors[0].message", containsString("décimales")));
        send(grants, Role.CASEWORKER, Map.of("kind", "CASH", "amountXof", "150 000,00", "projectLineId", line, "grantedOn", today.toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amountXof"));
        mvc.perform(post(grants).with(users.as(Role.CASEWORKER)).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("kind", "IN_KIND", "amountXof", 200, "currency", "EUR", "projectLineId", line,
                                "grantedOn", today.toString()))))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("currency"))
                .andExpect(jsonPath("$.errors[0].message", containsString("XOF")));
        for (Object amount : new Object[] {0, -5000, "beaucoup", 1_000_000_000L}) {
            send(grants, Role.CASEWORKER, Map.of("kind", "CASH", "amountXof", amount, "projectLineId", line, "grantedOn", today.toString()))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amountXof"));
        }
        send(grants, Role.CASEWORKER, Map.of("kind", "CASH", "amountXof", 1000, "projectLineId", UUID.randomUUID().toString(),
                "grantedOn", today.toString())).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("projectLineId"));
        send(grants, Role.CASEWORKER, Map.of("kind", "IN_KIND", "amountXof", "75 000", "projectLineId", line, "grantedOn", today.toString()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.grants.length()").value(2))
                .andExpect(jsonPath("$.grants[1].amountXof").value(75000));
        mvc.perform(get("/api/v1/persons/" + person + "/businesses/" + business).with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.grants.length()").value(2));
    }

    @Test
    void aBusinessStatusIsDatedAndLinkedOnlyToAFollowUpOfTheSamePerson() throws Exception {
        String person = person("Ecostatus");
        String other = person("Ecostatusother");
        String business = id(send("/api/v1/persons/" + person + "/businesses", Role.CASEWORKER, Map.of("activity", "Élevage de moutons",
                "sector", "LIVESTOCK", "plannedOn", today.minusMonths(6).toString())).andExpect(status().isCreated()));
        String followUp = id(send("/api/v1/persons/" + person + "/follow-ups", Role.CASEWORKER, Map.of("due", today.toString(), "note", "AGR"))
                .andExpect(status().isCreated()));
        String othersFollowUp = id(send("/api/v1/persons/" + other + "/follow-ups", Role.CASEWORKER, Map.of("due", today.toString()))
                .andExpect(status().isCreated()));
        String statuses = "/api/v1/persons/" + person + "/businesses/" + business + "/statuses";
        send(statuses, Role.CASEWORKER, Map.of("status", "ACTIVE", "date", today.minusMonths(3).toString())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        send(statuses, Role.CASEWORKER, Map.of("status", "STRUGGLING", "date", today.toString(), "followUpId", othersFollowUp))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("followUpId"));
        send(statuses, Role.CASEWORKER, Map.of("status", "STRUGGLING", "date", today.minusYears(1).toString()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("date"));
        send(statuses, Role.CASEWORKER, Map.of("status", "STRUGGLING", "date", today.toString(), "followUpId", followUp, "note", "sécheresse"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("STRUGGLING"))
                .andExpect(jsonPath("$.statusOn").value(today.toString())).andExpect(jsonPath("$.statuses[1].followUpId").value(followUp));
        // A visit noted late, dated before the latest, joins the history without changing the current status.
        send(statuses, Role.COORDINATOR, Map.of("status", "ACTIVE", "date", today.minusMonths(1).toString())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("STRUGGLING")).andExpect(jsonPath("$.statuses.length()").value(3))
                .andExpect(jsonPath("$.version").value(3));
    }

    @Tag("asvs-8.2.2")
    @Test
    void caseworkersAndCoordinatorsWriteAndTheViewerSeesNoPersonalRecord() throws Exception {
        String person = person("Ecoroles");
        for (String path : new String[] {"work-history", "trainings", "businesses"}) {
            mvc.perform(get("/api/v1/persons/" + person + "/" + path).with(users.as(Role.VIEWER))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/persons/" + person + "/" + path).with(users.as(Role.RECEPTION))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/persons/" + person + "/" + path).with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        }
        for (Role role : new Role[] {Role.VIEWER, Role.RECEPTION, Role.SHELTER, Role.COUNSELLOR}) {
            send("/api/v1/persons/" + person + "/trainings", role, Map.of("sector", "CRAFTS", "provider", "X", "startsOn", "2025-01-01"))
                    .andExpect(status().isForbidden());
        }
        send("/api/v1/persons/" + UUID.randomUUID() + "/trainings", Role.CASEWORKER,
                Map.of("sector", "CRAFTS", "provider", "X", "startsOn", "2025-01-01")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reintegration/outcomes").with(users.as(Role.CASEWORKER))).andExpect(status().isForbidden());
    }

    @Test
    void theRecordsFollowAMergeAndGoBackWhenItIsUndone() throws Exception {
        String kept = person("Ecomerge");
        String merged = person("Ecomerge");
        send("/api/v1/persons/" + merged + "/work-history", Role.CASEWORKER, Map.of("trade", "Pêcheur", "country", "SN", "years", 3))
                .andExpect(status().isCreated());
        send("/api/v1/persons/" + merged + "/trainings", Role.CASEWORKER, Map.of("sector", "FISHING", "provider", "X", "startsOn", "2025-01-01"))
                .andExpect(status().isCreated());
        String business = id(send("/api/v1/persons/" + merged + "/businesses", Role.CASEWORKER, Map.of("activity", "Pirogue",
                "sector", "FISHING", "plannedOn", "2025-02-01")).andExpect(status().isCreated()));
        send("/api/v1/persons/" + merged + "/businesses/" + business + "/grants", Role.CASEWORKER, Map.of("kind", "IN_KIND",
                "amountXof", 300000, "projectLineId", budgetLine(), "grantedOn", "2025-02-15")).andExpect(status().isCreated());
        String mergeId = id(send("/api/v1/persons/" + kept + "/merge", Role.CASEWORKER, Map.of("mergedId", merged)).andExpect(status().isOk()));
        for (String path : new String[] {"work-history", "trainings", "businesses"}) {
            mvc.perform(get("/api/v1/persons/" + kept + "/" + path).with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.total").value(1));
        }
        mvc.perform(get("/api/v1/persons/" + kept + "/businesses/" + business).with(users.as(Role.CASEWORKER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.grants[0].amountXof").value(300000));
        mvc.perform(post("/api/v1/merges/" + mergeId + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        for (String path : new String[] {"work-history", "trainings", "businesses"}) {
            mvc.perform(get("/api/v1/persons/" + kept + "/" + path).with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.total").value(0));
            mvc.perform(get("/api/v1/persons/" + merged + "/" + path).with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.total").value(1));
        }
    }
}
