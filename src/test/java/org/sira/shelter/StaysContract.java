package org.sira.shelter;

import org.sira.shelter.internal.Bed;
import org.sira.shelter.internal.Centre;

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
import static org.sira.shelter.ShelterApiFixture.stay;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** api-v1 "Host centre": centres, rooms, stays and occupancy, with the rules of who sleeps where. */
abstract class StaysContract extends ShelterContract {

    @Tag("asvs-8.2.1")
    @Test
    void centresAndRoomsAreForAdministratorsAndCoordinatorsAndStaysForTheShelterAndCoordinators() throws Exception {
        given.send(Role.ADMIN, "/api/v1/centres", "{\"name\":\"Centre A\"}", 201);
        for (Role role : List.of(Role.SHELTER, Role.RECEPTION, Role.CASEWORKER, Role.VIEWER)) {
            given.send(role, "/api/v1/centres", "{\"name\":\"Centre\"}", 403);
        }
        String centre = given.centre();
        String bed = given.room(centre, "MEN", 2).get(0);
        String person = given.adult();
        for (Role role : List.of(Role.ADMIN, Role.RECEPTION, Role.CASEWORKER, Role.COUNSELLOR, Role.VIEWER)) {
            given.send(role, "/api/v1/stays", stay(person, bed), 403);
            mvc.perform(get("/api/v1/centres/" + centre + "/occupancy").with(users.as(role))).andExpect(status().isForbidden());
        }
        given.send(Role.SHELTER, "/api/v1/stays", stay(person, bed), 201);
        mvc.perform(get("/api/v1/centres/" + centre + "/occupancy")).andExpect(status().isUnauthorized());
    }

    @Test
    void aRoomComesWithLabelledBedsAndAStayFillsOneUntilCheckOut() throws Exception {
        String centre = given.centre();
        JsonNode room = given.send(Role.COORDINATOR, "/api/v1/centres/" + centre + "/rooms",
                "{\"name\":\"Dortoir A\",\"kind\":\"WOMEN\",\"beds\":3}", 201);
        assertThat(room.get("id").asString()).isNotBlank();
        assertThat(room.get("beds")).hasSize(3);
        assertThat(room.get("beds").get(0).get("label").asString()).isEqualTo("Dortoir A-1");
        String bed = room.get("beds").get(1).get("id").asString();
        String person = given.person("F", "1995-02-03", "DAY");

        String stayId = given.send(Role.SHELTER, "/api/v1/stays",
                "{\"personId\":\"" + person + "\",\"bedId\":\"" + bed + "\",\"checkIn\":\"2026-01-10T02:00:00Z\"}", 201).get("id").asString();
        mvc.perform(get("/api/v1/centres/" + centre + "/occupancy").with(users.as(Role.SHELTER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.beds").value(3)).andExpect(jsonPath("$.occupied").value(1)).andExpect(jsonPath("$.free").value(2))
                .andExpect(jsonPath("$.stays[0].id").value(stayId))
                .andExpect(jsonPath("$.stays[0].personId").value(person))
                .andExpect(jsonPath("$.stays[0].bedId").value(bed))
                .andExpect(jsonPath("$.stays[0].checkIn").value("2026-01-10T02:00:00Z"));

        given.send(Role.SHELTER, "/api/v1/stays/" + stayId + "/check-out", "{\"reason\":\"JOURNEY_HOME\",\"at\":\"2026-01-12T07:30:00Z\"}", 200);
        mvc.perform(get("/api/v1/centres/" + centre + "/occupancy").with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.occupied").value(0)).andExpect(jsonPath("$.free").value(3)).andExpect(jsonPath("$.stays").isEmpty());
        given.send(Role.SHELTER, "/api/v1/stays/" + stayId + "/check-out", "{\"reason\":\"OTHER\"}", 409);
        given.send(Role.SHELTER, "/api/v1/stays", stay(person, bed), 201);
    }

    @Test
    void aCheckOutBeforeTheCheckInOrWithoutAReasonIsRefusedAndAnUnknownStayIsNotFound() throws Exception {
        String centre = given.centre();
        String bed = given.room(centre, "FAMILY", 1).get(0);
        String stayId = given.send(Role.SHELTER, "/api/v1/stays",
                "{\"personId\":\"" + given.adult() + "\",\"bedId\":\"" + bed + "\",\"checkIn\":\"2026-01-10T02:00:00Z\"}", 201).get("id").asString();
        JsonNode early = given.send(Role.SHELTER, "/api/v1/stays/" + stayId + "/check-out", "{\"reason\":\"OTHER\",\"at\":\"2026-01-09T02:00:00Z\"}", 422);
        assertThat(early.get("errors").get(0).get("field").asString()).isEqualTo("at");
        assertThat(given.send(Role.SHELTER, "/api/v1/stays/" + stayId + "/check-out", "{}", 400).get("errors").get(0).get("field").asString())
                .isEqualTo("reason");
        given.send(Role.SHELTER, "/api/v1/stays/" + stayId + "/check-out", "{\"reason\":\"GONE_FISHING\"}", 400);
        given.send(Role.SHELTER, "/api/v1/stays/" + UUID.randomUUID() + "/check-out", "{\"reason\":\"OTHER\"}", 404);
        mvc.perform(get("/api/v1/centres/" + centre + "/occupancy").with(users.as(Role.SHELTER))).andExpect(jsonPath("$.occupied").value(1));
    }

    @Test
    void aBedHoldingAnOpenStayAndAPersonAlreadyStayingAreConflictsAndSoIsAnOverlapWithAnEarlierStay() throws Exception {
        String centre = given.centre();
        List<String> beds = given.room(centre, "MEN", 2);
        String first = given.adult();
        String second = given.adult();
        String stayId = given.send(Role.SHELTER, "/api/v1/stays", stay(first, beds.get(0)), 201).get("id").asString();
        given.send(Role.SHELTER, "/api/v1/stays", stay(second, beds.get(0)), 409);
        given.send(Role.SHELTER, "/api/v1/stays", stay(first, beds.get(1)), 409);

        given.send(Role.SHELTER, "/api/v1/stays/" + stayId + "/check-out", "{\"reason\":\"FAMILY_CAME\"}", 200);
        String before = java.time.Instant.now().minus(java.time.Duration.ofDays(2)).toString();
        given.send(Role.SHELTER, "/api/v1/stays", "{\"personId\":\"" + first + "\",\"bedId\":\"" + beds.get(1)
                + "\",\"checkIn\":\"" + before + "\"}", 409);
        given.send(Role.SHELTER, "/api/v1/stays", stay(first, beds.get(1)), 201);
    }

    @Test
    void aMinorNeverSleepsInAnAdultRoomNorAnAdultAmongMinors() throws Exception {
        String centre = given.centre();
        List<String> men = given.room(centre, "MEN", 3);
        List<String> minors = given.room(centre, "MINORS", 2);
        String boy = given.person("M", java.time.LocalDate.now().minusYears(15).toString(), "DAY");
        String man = given.adult();

        JsonNode refused = given.send(Role.SHELTER, "/api/v1/stays", stay(boy, men.get(0)), 422);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("bedId");
        given.send(Role.SHELTER, "/api/v1/stays", "{\"personId\":\"" + boy + "\",\"bedId\":\"" + men.get(0)
                + "\",\"ageConfirmedAdult\":true}", 422);
        assertThat(given.send(Role.SHELTER, "/api/v1/stays", stay(man, minors.get(0)), 422).get("errors").get(0).get("field").asString())
                .isEqualTo("bedId");
        given.send(Role.SHELTER, "/api/v1/stays", stay(boy, minors.get(0)), 201);
        given.send(Role.SHELTER, "/api/v1/stays", stay(man, men.get(0)), 201);
    }

    @Test
    void aPersonOfUnknownAgeOrWhoseBirthYearAllowsUnder18EntersAnAdultRoomOnlyWhenAnAdultIsConfirmedAndThatIsAudited() throws Exception {
        String centre = given.centre();
        List<String> women = given.room(centre, "WOMEN", 3);
        String unknownAge = given.person("F", null, null);
        String maybeSeventeen = given.person("F", "2008", "YEAR");
        String maybeSeventeenByMonth = given.person("F", "2008-01", "MONTH");
        String surelyAdultByYear = given.person("F", "2007", "YEAR");

        given.send(Role.SHELTER, "/api/v1/stays", stay(unknownAge, women.get(0)), 422);
        for (String person : List.of(maybeSeventeen, maybeSeventeenByMonth)) {
            given.send(Role.SHELTER, "/api/v1/stays", "{\"personId\":\"" + person + "\",\"bedId\":\"" + women.get(0)
                    + "\",\"checkIn\":\"2026-01-10T02:00:00Z\"}", 422);
        }
        given.send(Role.SHELTER, "/api/v1/stays", "{\"personId\":\"" + surelyAdultByYear + "\",\"bedId\":\"" + women.get(2)
                + "\",\"checkIn\":\"2026-01-10T02:00:00Z\"}", 201);
        String stayId = given.send(Role.SHELTER, "/api/v1/stays", "{\"personId\":\"" + unknownAge + "\",\"bedId\":\"" + women.get(0)
                + "\",\"ageConfirmedAdult\":true}", 201).get("id").asString();
        given.send(Role.SHELTER, "/api/v1/stays", "{\"personId\":\"" + maybeSeventeen + "\",\"bedId\":\"" + women.get(1)
                + "\",\"ageConfirmedAdult\":true}", 201);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'AGE_CONFIRMED_ADULT' AND record_id = :p")
                .param("p", unknownAge).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT age_confirmed_adult FROM shelter_stay WHERE id = :id").param("id", UUID.fromString(stayId))
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void anUnknownOrInvisiblePersonOrBedIsRefusedOnItsFieldAndAnUnknownCentreIsNotFound() throws Exception {
        String centre = given.centre();
        String bed = given.room(centre, "FAMILY", 2).get(0);
        JsonNode both = given.send(Role.SHELTER, "/api/v1/stays", stay(UUID.randomUUID().toString(), UUID.randomUUID().toString()), 422);
        assertThat(both.findValuesAsString("field")).containsExactlyInAnyOrder("personId", "bedId");

        String protectedPerson = given.send(Role.COORDINATOR, "/api/v1/persons",
                "{\"familyName\":\"Protégée\",\"givenNames\":\"Awa\",\"sex\":\"F\",\"birthDate\":\"1990-01-01\",\"birthDatePrecision\":\"DAY\",\"restricted\":true}",
                201).get("id").asString();
        JsonNode hidden = given.send(Role.SHELTER, "/api/v1/stays", stay(protectedPerson, bed), 422);
        assertThat(hidden.findValuesAsString("field")).containsExactly("personId");
        given.send(Role.COORDINATOR, "/api/v1/stays", stay(protectedPerson, bed), 201);
        String occupancy = mvc.perform(get("/api/v1/centres/" + centre + "/occupancy").with(users.as(Role.SHELTER)))
                .andExpect(jsonPath("$.occupied").value(1)).andReturn().getResponse().getContentAsString();
        assertThat(occupancy).doesNotContain(protectedPerson);

        given.send(Role.SHELTER, "/api/v1/stays", "{\"personId\":\"not-an-id\",\"bedId\":\"" + bed + "\"}", 400);
        given.send(Role.SHELTER, "/api/v1/stays", "{\"bedId\":\"" + bed + "\"}", 400);
        given.send(Role.COORDINATOR, "/api/v1/centres/" + UUID.randomUUID() + "/rooms", "{\"name\":\"X\",\"kind\":\"MEN\",\"beds\":1}", 404);
        given.send(Role.COORDINATOR, "/api/v1/centres/" + centre + "/rooms", "{\"name\":\"X\",\"kind\":\"ATTIC\",\"beds\":1}", 400);
        given.send(Role.COORDINATOR, "/api/v1/centres/" + centre + "/rooms", "{\"name\":\"X\",\"kind\":\"MEN\",\"beds\":-1}", 400);
        mvc.perform(get("/api/v1/centres/" + UUID.randomUUID() + "/occupancy").with(users.as(Role.SHELTER))).andExpect(status().isNotFound());
    }

    @Test
    void ofManySimultaneousCheckInsIntoOneFreeBedExactlyOneSucceeds() throws Exception {
        String bed = given.room(given.centre(), "MEN", 1).get(0);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            bodies.add(stay(given.adult(), bed));
        }
        List<HttpResponse<String>> answers = given.allAtOnce(port, Role.SHELTER, "/api/v1/stays", bodies);

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_stay WHERE bed_id = :b").param("b", UUID.fromString(bed))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void ofManySimultaneousCheckInsOfOnePersonIntoDifferentBedsExactlyOneSucceeds() throws Exception {
        List<String> beds = given.room(given.centre(), "MEN", 6);
        String person = given.adult();
        List<HttpResponse<String>> answers = given.allAtOnce(port, Role.SHELTER, "/api/v1/stays",
                beds.stream().map(bed -> stay(person, bed)).toList());

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(201, 409);
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201).hasSize(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_stay WHERE person_id = :p").param("p", UUID.fromString(person))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theProblemOfAConflictIsInTheCallersLanguage() throws Exception {
        List<String> beds = given.room(given.centre(), "MEN", 1);
        given.send(Role.SHELTER, "/api/v1/stays", stay(given.adult(), beds.get(0)), 201);
        mvc.perform(post("/api/v1/stays").with(users.as(Role.SHELTER)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(stay(given.adult(), beds.get(0))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Bed M1-1 is already taken."));
    }

    @Test
    void aStayFollowsAMergeToTheKeptRecordAndGoesBackWhenItIsUndone() throws Exception {
        String centre = given.centre();
        String bed = given.room(centre, "MEN", 1).get(0);
        String kept = given.adult();
        String merged = given.adult();
        given.send(Role.SHELTER, "/api/v1/stays", stay(merged, bed), 201);

        String mergeId = given.send(Role.CASEWORKER, "/api/v1/persons/" + kept + "/merge", "{\"mergedId\":\"" + merged + "\"}", 200)
                .get("id").asString();
        mvc.perform(get("/api/v1/centres/" + centre + "/occupancy").with(users.as(Role.SHELTER)))
                .andExpect(jsonPath("$.stays[0].personId").value(kept));
        given.send(Role.SHELTER, "/api/v1/stays", stay(kept, given.room(centre, "MEN", 1).get(0)), 409);

        given.send(Role.COORDINATOR, "/api/v1/merges/" + mergeId + "/undo", "", 200);
        mvc.perform(get("/api/v1/centres/" + centre + "/occupancy").with(users.as(Role.SHELTER)))
                .andExpect(jsonPath("$.stays[0].personId").value(merged));
        given.send(Role.SHELTER, "/api/v1/stays", stay(kept, given.room(centre, "MEN", 1).get(0)), 201);
    }
}
