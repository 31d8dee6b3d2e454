package org.sira.reference;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class ReferenceDataTest {

    @Autowired ReferenceData reference;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    @Test
    void holdsEveryIsoCountryWithBothNamesAndAContinent() {
        assertThat(reference.countries()).hasSize(249);
        assertThat(reference.country("MLI")).map(Country::alpha2).contains("ML");
        assertThat(reference.country("cote d'ivoire")).map(Country::alpha2).contains("CI");
        assertThat(reference.country("Algérie")).map(Country::continent).contains(Continent.AFRICA);
        assertThat(reference.country("united states")).map(Country::continent).contains(Continent.NORTH_AMERICA);
        assertThat(reference.country("Arabie saoudite")).map(Country::alpha3).contains("SAU");
        assertThat(reference.country("Atlantis")).isEmpty();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Congo|CG", "République démocratique du Congo|CD", "Democratic Republic of the Congo|CD", "RDC|CD",
            "Congo, The Democratic Republic of the|CD", "Cabo Verde|CV", "Sao Tome and Principe|ST",
            "São Tomé & Príncipe|ST", "Russian Federation|RU", "Syrian Arab Republic|SY", "Iran, Islamic Republic of|IR",
            "Korea, Republic of|KR", "Türkiye|TR", "République tchèque|CZ", "The Gambia|GM", "Niger (the)|NE",
            "Lybie|LY", "Guinée-Conakry|GN", "Îles Canaries|ES", "Congo-Kinshasa|CD"})
    void knowsTheOfficialAndCommonNamesOfCountries(String name, String alpha2) {
        assertThat(reference.country(name)).map(Country::alpha2).contains(alpha2);
    }

    @Test
    void everyOtherNameOfACountryNamesOneThatExists() throws java.io.IOException {
        String file = new String(getClass().getResourceAsStream("/reference/country-names.csv").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        java.util.List<String> codes = file.lines().skip(1).map(line -> line.substring(line.lastIndexOf(',') + 1)).toList();
        assertThat(codes).hasSizeGreaterThan(50).allSatisfy(code -> assertThat(reference.country(code)).isPresent());
    }

    @Test
    void findsMaliDivisionsWithoutRegardToAccentsOrCase() {
        assertThat(reference.region("Segou")).map(AdminDivision::name).contains("Ségou");
        assertThat(reference.region("TOMBOUCTOU")).isPresent();
        // ISO 3166-2:ML codes, as partners' files write them.
        assertThat(java.util.stream.Stream.of("ML-1", "ml-2", "ML-3", "ML-4", "ML-5", "ML-6", "ML-7", "ML-8", "ML-9", "ML-10", "ML-BKO")
                .map(code -> reference.region(code).map(AdminDivision::name).orElse("?")))
                .containsExactly("Kayes", "Koulikoro", "Sikasso", "Ségou", "Mopti", "Tombouctou", "Gao", "Kidal", "Ménaka",
                        "Taoudénit", "District de Bamako");
        assertThat(reference.region("ML-11")).isEmpty();
        assertThat(reference.commune("markala", reference.region("segou"))).map(AdminDivision::name).contains("Markala");
        long communes = reference.allDivisions().stream().filter(d -> d.level() == AdminDivision.Level.COMMUNE).count();
        assertThat(communes).isBetween(690L, 720L);
        assertThat(reference.regions().stream().filter(r -> Integer.valueOf(2023).equals(r.sinceYear())).map(AdminDivision::name))
                .containsExactlyInAnyOrder("Nioro du Sahel", "Kita", "Dioïla", "Nara", "Bougouni", "Koutiala", "San", "Douentza", "Bandiagara");
    }

    @Test
    void anAdminLinksACercleToA2023RegionWithItsSourceAndItIsAudited() throws Exception {
        String kita = reference.regions().stream().filter(r -> r.name().equals("Kita")).findFirst().orElseThrow().code();
        String cercle = reference.children(reference.region("Kayes").orElseThrow().code()).stream()
                .filter(c -> c.name().equals("Kita")).findFirst().orElseThrow().code();
        mvc.perform(post("/admin/reference/links").with(users.page(Role.ADMIN)).with(csrf())
                        .param("regionCode", kita).param("cercleCode", cercle).param("source", ""))
                .andExpect(status().isOk());
        assertThat(reference.linkedCercles(kita)).isEmpty();
        mvc.perform(post("/admin/reference/links").with(users.page(Role.ADMIN)).with(csrf())
                        .param("regionCode", kita).param("cercleCode", cercle).param("source", "Loi n° 2023-xxx (test)"))
                .andExpect(status().is3xxRedirection());
        assertThat(reference.linkedCercles(kita)).containsExactly(cercle);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'LINK' AND record_id = :r").param("r", kita)
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(post("/admin/reference/links").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("regionCode", kita).param("cercleCode", cercle).param("source", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void offersTheArrivalPointsOfTheReferenceList() {
        assertThat(reference.arrivalPoints()).contains("Aéroport Bamako-Sénou", "Gao", "Gogui").doesNotHaveDuplicates();
    }
}
