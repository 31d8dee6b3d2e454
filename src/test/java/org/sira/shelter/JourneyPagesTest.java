package org.sira.shelter;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Journeys home from the centre's pages: booked for a group, departed (checked out), confirmed by a call. */
@WebTest
class JourneyPagesTest extends ShelterContract {

    private String page(String address) throws Exception {
        return mvc.perform(get(address).with(users.page(Role.SHELTER))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String journeyStatus(String person) {
        return jdbc.sql("SELECT status FROM shelter_journey WHERE person_id = :p").param("p", UUID.fromString(person)).query(String.class).single();
    }

    @Test
    void twoPersonsBookedOnOneBusLeaveTheCentreAndTheirCallsFallDueAWeekLater() throws Exception {
        String centre = given.centre();
        List<String> beds = given.room(centre, "MEN", 2);
        String first = given.adult();
        String second = given.adult();
        given.send(Role.SHELTER, "/api/v1/stays", ShelterApiFixture.stay(first, beds.get(0)), 201);
        given.send(Role.SHELTER, "/api/v1/stays", ShelterApiFixture.stay(second, beds.get(1)), 201);

        mvc.perform(post("/shelter/centres/" + centre + "/journeys").with(users.page(Role.SHELTER)).with(csrf())
                        .param("personId", first, second).param("ticket-" + first, "B-101").param("ticket-" + second, "B-102")
                        .param("region", "Kayes").param("transportCompany", "Bani Transport").param("departureDate", LocalDate.now().toString())
                        .param("ticketCostXof", "12500").param("travelMoneyXof", "5000").param("paymentMode", "MOBILE_MONEY")
                        .param("paymentReference", "OM-77881"))
                .andExpect(redirectedUrl("/shelter/centres/" + centre + "/journeys?booked=2"));
        assertThat(page("/shelter/centres/" + centre + "/journeys?booked=2")).contains("2 voyages réservés.", "billet B-101", "Kayes", "prévu");

        for (String person : List.of(first, second)) {
            String journey = jdbc.sql("SELECT id FROM shelter_journey WHERE person_id = :p").param("p", UUID.fromString(person))
                    .query(String.class).single();
            mvc.perform(post("/shelter/journeys/" + journey + "/depart").with(users.page(Role.SHELTER)).with(csrf()))
                    .andExpect(redirectedUrl("/shelter/centres/" + centre + "/journeys?departed"));
            jdbc.sql("UPDATE shelter_journey SET call_due = :d WHERE id = :id").param("d", LocalDate.now().minusDays(1))
                    .param("id", UUID.fromString(journey)).update();
        }
        assertThat(jdbc.sql("SELECT check_out_reason FROM shelter_stay WHERE person_id = :p").param("p", UUID.fromString(first))
                .query(String.class).single()).isEqualTo("JOURNEY_HOME");
        assertThat(page("/shelter/centres/" + centre)).doesNotContain("/shelter/stays/");

        String journey = jdbc.sql("SELECT id FROM shelter_journey WHERE person_id = :p").param("p", UUID.fromString(first))
                .query(String.class).single();
        assertThat(page("/shelter/journeys/calls")).contains("/shelter/journeys/" + journey + "/call");
        mvc.perform(post("/shelter/journeys/" + journey + "/call").with(users.page(Role.SHELTER)).with(csrf())
                .param("arrived", "true").param("result", "Bien arrivé à Kayes"))
                .andExpect(redirectedUrl("/shelter/journeys/calls?recorded"));
        assertThat(journeyStatus(first)).isEqualTo("ARRIVAL_CONFIRMED");
        assertThat(journeyStatus(second)).isEqualTo("DEPARTED");
        assertThat(page("/shelter/journeys/calls")).doesNotContain("/shelter/journeys/" + journey + "/call");
    }

    @Test
    void aMinorWithoutEscortOrMobileMoneyWithoutReferenceIsRefusedAndNothingIsBooked() throws Exception {
        String centre = given.centre();
        String boy = given.person("M", LocalDate.now().minusYears(15).toString(), "DAY");
        given.send(Role.SHELTER, "/api/v1/stays", ShelterApiFixture.stay(boy, given.room(centre, "MINORS", 1).get(0)), 201);
        String answer = mvc.perform(post("/shelter/centres/" + centre + "/journeys").with(users.page(Role.SHELTER)).with(csrf())
                        .param("personId", boy).param("region", "Gao").param("transportCompany", "Sonef")
                        .param("departureDate", LocalDate.now().toString()).param("ticketCostXof", "15000").param("travelMoneyXof", "0")
                        .param("paymentMode", "MOBILE_MONEY"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("voyage avec un accompagnateur", "garde la référence de sa transaction");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_journey WHERE person_id = :p").param("p", UUID.fromString(boy))
                .query(Long.class).single()).isZero();
    }
}
