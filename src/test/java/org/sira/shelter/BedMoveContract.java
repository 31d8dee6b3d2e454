package org.sira.shelter;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sira.shelter.ShelterApiFixture.stay;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A stay moved to another bed: history kept, the rules of a check-in, and one winner when two moves want the same bed. */
abstract class BedMoveContract extends ShelterContract {

    private static String to(String bed) {
        return "{\"bedId\":\"" + bed + "\"}";
    }

    private String checkIn(String person, String bed) throws Exception {
        return given.send(Role.SHELTER, "/api/v1/stays", stay(person, bed), 201).get("id").asString();
    }

    @Test
    void aMoveChangesTheBedKeepsWhereThePersonSleptAndFreesTheBedLeft() throws Exception {
        String centre = given.centre();
        List<String> beds = given.room(centre, "MEN", 2);
        String person = given.adult();
        String stayId = given.send(Role.SHELTER, "/api/v1/stays",
                "{\"personId\":\"" + person + "\",\"bedId\":\"" + beds.get(0) + "\",\"checkIn\":\"2026-01-10T02:00:00Z\"}", 201)
                .get("id").asString();

        JsonNode moved = given.send(Role.SHELTER, "/api/v1/stays/" + stayId + "/move", to(beds.get(1)), 200);

        assertThat(moved.get("bedId").asString()).isEqualTo(beds.get(1));
        assertThat(moved.get("checkIn").asString()).isEqualTo("2026-01-10T02:00:00Z");
        mvc.perform(get("/api/v1/centres/" + centre + "/occupancy").with(users.as(Role.SHELTER)))
                .andExpect(jsonPath("$.occupied").value(1))
                .andExpect(jsonPath("$.stays[0].id").value(stayId))
                .andExpect(jsonPath("$.stays[0].bedId").value(beds.get(1)));
        mvc.perform(get("/api/v1/stays/" + stayId + "/moves").with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].fromBedId").value(beds.get(0)))
                .andExpect(jsonPath("$.items[0].toBedId").value(beds.get(1)));
        checkIn(given.adult(), beds.get(0));
        given.send(Role.SHELTER, "/api/v1/stays/" + stayId + "/move", to(beds.get(0)), 409);
    }

    @Test
    void aMinorIsNeverMovedIntoAnAdultRoomNorAnAdultAmongMinors() throws Exception {
        String centre = given.centre();
        List<String> minors = given.room(centre, "MINORS", 2);
        List<String> men = given.room(centre, "MEN", 2);
        List<String> family = given.room(centre, "FAMILY", 1);
        String boy = checkIn(given.person("M", "2013-03-03", "DAY"), minors.get(0));
        String man = checkIn(given.adult(), men.get(0));
        String maybeMinor = checkIn(given.person("M", "2008", "YEAR"), family.get(0));

        assertThat(given.send(Role.SHELTER, "/api/v1/stays/" + boy + "/move", to(men.get(1)), 422).findValuesAsString("field"))
                .containsExactly("bedId");
        assertThat(given.send(Role.SHELTER, "/api/v1/stays/" + man + "/move", to(minors.get(1)), 422).findValuesAsString("field"))
                .containsExactly("bedId");
        given.send(Role.SHELTER, "/api/v1/stays/" + maybeMinor + "/move", to(men.get(1)), 422);
        given.send(Role.SHELTER, "/api/v1/stays/" + maybeMinor + "/move", "{\"bedId\":\"" + men.get(1) + "\",\"ageConfirmedAdult\":true}", 200);
        given.send(Role.SHELTER, "/api/v1/stays/" + boy + "/move", to(minors.get(1)), 200);
    }

    @Test
    void aMoveToATakenBedIsAConflictAndTheSameBedAnotherCentreAnUnknownBedOrAnEndedStayAreRefused() throws Exception {
        String centre = given.centre();
        List<String> beds = given.room(centre, "WOMEN", 3);
        String elsewhere = given.room(given.centre(), "WOMEN", 1).get(0);
        String first = checkIn(given.person("F", "1991-01-01", "DAY"), beds.get(0));
        checkIn(given.person("F", "1992-01-01", "DAY"), beds.get(1));

        JsonNode taken = given.send(Role.SHELTER, "/api/v1/stays/" + first + "/move", to(beds.get(1)), 409);
        assertThat(taken.get("detail").asString()).contains("déjà occupé");
        given.send(Role.SHELTER, "/api/v1/stays/" + first + "/move", to(beds.get(0)), 422);
        given.send(Role.SHELTER, "/api/v1/stays/" + first + "/move", to(elsewhere), 422);
        given.send(Role.SHELTER, "/api/v1/stays/" + first + "/move", to(UUID.randomUUID().toString()), 422);
        given.send(Role.SHELTER, "/api/v1/stays/" + first + "/move", "{}", 400);
        assertThat(given.send(Role.SHELTER, "/api/v1/stays/" + first + "/move",
                "{\"bedId\":\"" + beds.get(2) + "\",\"at\":\"2020-01-01T00:00:00Z\"}", 422).findValuesAsString("field")).containsExactly("at");
        given.send(Role.SHELTER, "/api/v1/stays/" + UUID.randomUUID() + "/move", to(beds.get(2)), 404);
        given.send(Role.SHELTER, "/api/v1/stays/" + first + "/check-out", "{\"reason\":\"OTHER\"}", 200);
        given.send(Role.SHELTER, "/api/v1/stays/" + first + "/move", to(beds.get(2)), 409);
    }

    @Tag("asvs-8.2.1")
    @Test
    void onlyTheShelterAndCoordinatorsMoveStays() throws Exception {
        String centre = given.centre();
        List<String> beds = given.room(centre, "FAMILY", 2);
        String stayId = checkIn(given.adult(), beds.get(0));
        for (Role role : List.of(Role.ADMIN, Role.RECEPTION, Role.CASEWORKER, Role.VIEWER)) {
            given.send(role, "/api/v1/stays/" + stayId + "/move", to(beds.get(1)), 403);
        }
        given.send(Role.COORDINATOR, "/api/v1/stays/" + stayId + "/move", to(beds.get(1)), 200);
    }

    @Test
    void ofManagersMovingPeopleIntoTheSameFreeBedAtOnceExactlyOneWinsAndTheOthersAreToldItIsTaken() throws Exception {
        String centre = given.centre();
        int movers = 6;
        List<String> beds = given.room(centre, "FAMILY", movers + 1);
        String target = beds.get(movers);
        List<String> addresses = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < movers; i++) {
            addresses.add("/api/v1/stays/" + checkIn(given.adult(), beds.get(i)) + "/move");
            bodies.add(to(target));
        }

        List<HttpResponse<String>> answers = given.allAtOnce(port, Role.SHELTER, addresses, bodies);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 409);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 200).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409)
                .allSatisfy(answer -> assertThat(answer.body()).contains("déjà occupé"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_stay WHERE bed_id = :b AND check_out IS NULL")
                .param("b", UUID.fromString(target)).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_bed_move WHERE to_bed_id = :b").param("b", UUID.fromString(target))
                .query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/centres/" + centre + "/occupancy").with(users.as(Role.SHELTER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.occupied").value(movers));
    }
}
