package org.sira.shelter;

import org.sira.shelter.internal.Centre;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.WebTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The shelter manager's pages: centres and rooms, a whole group checked in, a distribution with exceptions, stock, check-out. */
@WebTest
class ShelterPagesTest extends ShelterContract {

    private String page(Role role, String address) throws Exception {
        return mvc.perform(get(address).with(users.page(role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private String arrivalGroup(List<String> persons) throws Exception {
        String group = given.send(Role.RECEPTION, "/api/v1/arrivals", """
                {"arrivalDate":"2026-01-09","arrivalPoint":"Gao","countryFrom":"DZ","returnKind":"BORDER_REJECTION",
                 "transport":"ROAD_CONVOY","expectedCount":3}""", 201).get("id").asString();
        for (String person : persons) {
            given.send(Role.RECEPTION, "/api/v1/arrivals/" + group + "/returns", "{\"personId\":\"" + person + "\"}", 201);
        }
        return group;
    }

    @Tag("asvs-8.2.1")
    @Test
    void aCoordinatorOpensACentreAndAddsRoomsAndTheShelterManagerMayNot() throws Exception {
        String location = mvc.perform(post("/shelter/centres").with(users.page(Role.COORDINATOR)).with(csrf()).param("name", "Centre de Kati"))
                .andExpect(redirectedUrlPattern("/shelter/centres/*/rooms")).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location).with(users.page(Role.COORDINATOR)).with(csrf()).param("name", "Dortoir H").param("kind", "MEN")
                .param("beds", "4")).andExpect(redirectedUrl(location + "?added"));
        assertThat(page(Role.COORDINATOR, location)).contains("Dortoir H", "4 lits", "Hommes");

        mvc.perform(post("/shelter/centres").with(users.page(Role.SHELTER)).with(csrf()).param("name", "Non"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/shelter/centres/" + UUID.randomUUID()).with(users.page(Role.RECEPTION))).andExpect(status().isForbidden());
        String refused = mvc.perform(post(location).with(users.page(Role.COORDINATOR)).with(csrf()).param("name", "Trop").param("kind", "MEN")
                .param("beds", "-2")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Ne peut pas être négatif.");
    }

    @Test
    void aWholeArrivalGroupIsCheckedInWithABedOfferedToEachThatFitsAndTheBoardShowsThem() throws Exception {
        String centre = given.centre();
        List<String> men = given.room(centre, "MEN", 2);
        List<String> minors = given.room(centre, "MINORS", 1);
        String man = given.person("M", "1990-01-01", "DAY");
        String woman = given.person("F", "1992-01-01", "DAY");
        String boy = given.person("M", "2014-01-01", "DAY");
        String group = arrivalGroup(List.of(man, woman, boy));

        assertThat(page(Role.SHELTER, "/arrivals/" + group)).contains("/shelter/check-in?arrival=" + group);
        assertThat(page(Role.RECEPTION, "/arrivals/" + group)).doesNotContain("/shelter/check-in");
        String plan = page(Role.SHELTER, "/shelter/check-in?arrival=" + group + "&centre=" + centre);
        assertThat(plan).contains("value=\"" + men.get(0) + "\" selected", "value=\"" + minors.get(0) + "\" selected");

        MockHttpServletRequestBuilder confirm = post("/shelter/check-in").with(users.page(Role.SHELTER)).with(csrf())
                .param("arrival", group).param("centre", centre)
                .param("personId", man, woman, boy).param("bedId", men.get(0), "", minors.get(0));
        mvc.perform(confirm).andExpect(redirectedUrl("/shelter/centres/" + centre + "?checkedIn=2"));

        String board = page(Role.SHELTER, "/shelter/centres/" + centre + "?checkedIn=2");
        assertThat(board).contains("2 personnes installées.", "M2-1", "première nuit", "/shelter/stays/");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_stay WHERE check_out IS NULL AND person_id IN (:p)")
                .param("p", List.of(UUID.fromString(man), UUID.fromString(woman), UUID.fromString(boy))).query(Long.class).single())
                .isEqualTo(2);
        assertThat(page(Role.SHELTER, "/shelter/check-in?arrival=" + group + "&centre=" + centre)).contains("a déjà un lit");
    }

    @Test
    void aLineRefusedAtCheckInIsShownWithItsReasonAndTheOthersAreCheckedIn() throws Exception {
        String centre = given.centre();
        List<String> men = given.room(centre, "MEN", 2);
        String man = given.person("M", "1990-01-01", "DAY");
        String boy = given.person("M", "2014-01-01", "DAY");
        String group = arrivalGroup(List.of(man, boy));

        String answer = mvc.perform(post("/shelter/check-in").with(users.page(Role.SHELTER)).with(csrf())
                        .param("arrival", group).param("centre", centre)
                        .param("personId", man, boy).param("bedId", men.get(0), men.get(1)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("1 personne installée.", "un mineur n’y est jamais placé");
    }

    @Test
    void aDistributionGivesEachTickedPersonEveryItemChosenAndTheStockPageWarnsWhenItIsLow() throws Exception {
        String centre = given.centre();
        List<String> beds = given.room(centre, "FAMILY", 4);
        List<String> persons = new ArrayList<>();
        for (String bed : beds) {
            String person = given.adult();
            persons.add(person);
            given.send(Role.SHELTER, "/api/v1/stays", ShelterApiFixture.stay(person, bed), 201);
        }
        mvc.perform(post("/shelter/centres/" + centre + "/stock/receipts").with(users.page(Role.SHELTER)).with(csrf())
                .param("item", "MEAL").param("quantity", "60").param("unitCostXof", "500"))
                .andExpect(redirectedUrl("/shelter/centres/" + centre + "/stock?received"));
        mvc.perform(post("/shelter/centres/" + centre + "/stock/receipts").with(users.page(Role.SHELTER)).with(csrf())
                .param("item", "HYGIENE_KIT").param("quantity", "21")).andExpect(status().is3xxRedirection());
        assertThat(page(Role.SHELTER, "/shelter/centres/" + centre + "/distribution")).contains(persons.toArray(String[]::new));

        String done = mvc.perform(post("/shelter/centres/" + centre + "/distribution").with(users.page(Role.SHELTER)).with(csrf())
                        .param("item", "MEAL", "HYGIENE_KIT").param("quantityEach", "1")
                        .param("personId", persons.get(0), persons.get(2), persons.get(3)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(done).contains("Repas : 3 personne(s) servie(s), reste 57 en stock.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_assistance WHERE person_id = :p").param("p", UUID.fromString(persons.get(1)))
                .query(Long.class).single()).as("the exception got nothing").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_assistance WHERE person_id = :p").param("p", UUID.fromString(persons.get(0)))
                .query(Long.class).single()).isEqualTo(2);

        assertThat(page(Role.SHELTER, "/shelter/centres/" + centre + "/stock")).contains("Stock bas : Kit d’hygiène, il en reste 18 (seuil 20).");
        String short_ = mvc.perform(post("/shelter/centres/" + centre + "/distribution").with(users.page(Role.SHELTER)).with(csrf())
                        .param("item", "MEAL").param("quantityEach", "20").param("personId", persons.toArray(String[]::new)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(short_).contains("Stock insuffisant de MEAL : 57 disponible(s), 80 nécessaire(s).");
    }

    @Test
    void aCheckOutWithItsReasonFreesTheBed() throws Exception {
        String centre = given.centre();
        String bed = given.room(centre, "MEN", 1).get(0);
        String stay = given.send(Role.SHELTER, "/api/v1/stays", ShelterApiFixture.stay(given.adult(), bed), 201).get("id").asString();
        assertThat(page(Role.SHELTER, "/shelter/stays/" + stay + "/check-out")).contains("Voyage de retour");
        mvc.perform(post("/shelter/stays/" + stay + "/check-out").with(users.page(Role.SHELTER)).with(csrf()).param("reason", "JOURNEY_HOME"))
                .andExpect(redirectedUrl("/shelter/centres/" + centre + "?checkedOut"));
        assertThat(page(Role.SHELTER, "/shelter/centres/" + centre + "?checkedOut")).contains("Départ enregistré", "libre");
        assertThat(mvc.perform(post("/shelter/stays/" + stay + "/check-out").with(users.page(Role.SHELTER)).with(csrf()).param("reason", "OTHER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Ce séjour est déjà terminé");
    }
}
