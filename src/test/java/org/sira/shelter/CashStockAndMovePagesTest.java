package org.sira.shelter;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.WebTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sira.shelter.ShelterApiFixture.stay;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The manager's pages for cash to a group with exceptions, an item's stock card and its adjustments, and a bed change. */
@WebTest
class CashStockAndMovePagesTest extends ShelterContract {

    private String page(Role role, String address) throws Exception {
        return mvc.perform(get(address).with(users.page(role))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private long cashRows(String centre) {
        return jdbc.sql("SELECT COUNT(*) FROM shelter_cash_assistance c JOIN shelter_cash_distribution d ON d.id = c.distribution_id "
                + "WHERE d.centre_id = :c").param("c", UUID.fromString(centre)).query(Long.class).single();
    }

    @Test
    void cashIsGivenToEveryoneStayingButTheUntickedOnceEvenWhenTheFormIsSentTwice() throws Exception {
        String centre = given.centre();
        List<String> beds = given.room(centre, "FAMILY", 3);
        List<String> persons = List.of(given.adult(), given.adult(), given.adult());
        for (int i = 0; i < 3; i++) {
            given.send(Role.SHELTER, "/api/v1/stays", stay(persons.get(i), beds.get(i)), 201);
        }
        String line = given.projectLine();
        String form = page(Role.SHELTER, "/shelter/centres/" + centre + "/cash");
        assertThat(form).contains("Argent remis", "Bailleur du centre · Retours · Argent de transport", persons.get(2), "name=\"requestKey\"");

        String refused = mvc.perform(post("/shelter/centres/" + centre + "/cash").with(users.page(Role.SHELTER)).with(csrf())
                        .param("amountXof", "12,50").param("paymentMode", "CASH").param("projectLineId", line)
                        .param("personId", persons.get(0)).param("requestKey", "k-" + UUID.randomUUID()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("pas de centimes", "value=\"12,50\"");
        String key = "k-" + UUID.randomUUID();
        for (int sent = 0; sent < 2; sent++) {
            mvc.perform(post("/shelter/centres/" + centre + "/cash").with(users.page(Role.SHELTER)).with(csrf())
                            .param("amountXof", "12 500").param("paymentMode", "MOBILE_MONEY").param("transactionReference", "OM-55")
                            .param("projectLineId", line).param("personId", persons.get(0), persons.get(1)).param("requestKey", key))
                    .andExpect(redirectedUrlPattern("/shelter/centres/" + centre + "/cash?given=*"));
        }
        assertThat(cashRows(centre)).isEqualTo(2);
        String location = mvc.perform(post("/shelter/centres/" + centre + "/cash").with(users.page(Role.SHELTER)).with(csrf())
                        .param("amountXof", "5000").param("paymentMode", "CASH").param("projectLineId", line)
                        .param("personId", persons.get(2)).param("requestKey", "k-" + UUID.randomUUID()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(page(Role.SHELTER, location)).contains("5 000 FCFA remis à 1 personne");
        mvc.perform(get("/shelter/centres/" + centre + "/cash").with(users.page(Role.RECEPTION))).andExpect(status().isForbidden());
    }

    @Test
    void theStockCardPageListsEachMovementAndRecordsALossButNeverBelowZero() throws Exception {
        String centre = given.centre();
        given.send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/receipts", "{\"item\":\"SHOES\",\"quantity\":8}", 201);
        assertThat(page(Role.SHELTER, "/shelter/centres/" + centre + "/stock")).contains("/shelter/centres/" + centre + "/stock/SHOES");
        mvc.perform(post("/shelter/centres/" + centre + "/stock/SHOES/adjustments").with(users.page(Role.SHELTER)).with(csrf())
                        .param("reason", "DAMAGED").param("quantity", "3").param("note", "Pluie").param("requestKey", "a-" + UUID.randomUUID()))
                .andExpect(redirectedUrl("/shelter/centres/" + centre + "/stock/SHOES?adjusted"));
        String card = page(Role.SHELTER, "/shelter/centres/" + centre + "/stock/SHOES");
        assertThat(card).contains("Fiche de stock : Chaussures", "Entrée", "Ajustement", "Abîmé", "Pluie", "+8", "-3");
        String refused = mvc.perform(post("/shelter/centres/" + centre + "/stock/SHOES/adjustments").with(users.page(Role.SHELTER)).with(csrf())
                        .param("reason", "LOST").param("quantity", "9").param("requestKey", "a-" + UUID.randomUUID()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("jamais négatif");
        mvc.perform(get("/shelter/centres/" + centre + "/stock/SHOES").with(users.page(Role.CASEWORKER))).andExpect(status().isForbidden());
    }

    @Test
    void theBoardOffersABedChangeAndTheMovePageOffersTheFreeBeds() throws Exception {
        String centre = given.centre();
        List<String> beds = given.room(centre, "MEN", 2);
        String stayId = given.send(Role.SHELTER, "/api/v1/stays", stay(given.adult(), beds.get(0)), 201).get("id").asString();
        assertThat(page(Role.SHELTER, "/shelter/centres/" + centre)).contains("/shelter/stays/" + stayId + "/move");
        assertThat(page(Role.SHELTER, "/shelter/stays/" + stayId + "/move")).contains("value=\"" + beds.get(1) + "\"")
                .doesNotContain("value=\"" + beds.get(0) + "\"");
        mvc.perform(post("/shelter/stays/" + stayId + "/move").with(users.page(Role.SHELTER)).with(csrf()).param("bedId", beds.get(1)))
                .andExpect(redirectedUrl("/shelter/centres/" + centre + "?moved"));
        String again = mvc.perform(post("/shelter/stays/" + stayId + "/move").with(users.page(Role.SHELTER)).with(csrf())
                .param("bedId", beds.get(1))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("déjà au lit");
    }
}
