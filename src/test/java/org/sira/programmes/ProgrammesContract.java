package org.sira.programmes;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Donors, projects and budget lines; what a line spent and reached; the donor export without names. */
abstract class ProgrammesContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private JsonNode send(Role role, String address, String body, int expected) throws Exception {
        String answer = mvc.perform(post(address).with(users.as(role)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expected)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return answer.isBlank() ? null : json.readTree(answer);
    }

    private JsonNode project(String donor) throws Exception {
        return send(Role.COORDINATOR, "/api/v1/projects", "{\"donorId\":\"" + donor + "\",\"name\":\"Retours 2026\",\"from\":\"2026-01-01\","
                + "\"to\":\"2026-12-31\",\"lines\":[{\"name\":\"Kits\",\"budgetXof\":1000000},{\"name\":\"Repas\",\"budgetXof\":500000}]}", 201);
    }

    private String person(String familyName, String birthDate, boolean restricted) throws Exception {
        return send(Role.COORDINATOR, "/api/v1/persons", "{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Awa\",\"sex\":\"F\","
                + "\"birthDate\":\"" + birthDate + "\",\"birthDatePrecision\":\"DAY\",\"originRegion\":\"Kayes\",\"restricted\":" + restricted + "}",
                201).get("id").asString();
    }

    @Tag("asvs-8.2.1")
    @Test
    void onlyCoordinatorsOpenProjectsAndAProjectNeedsAKnownDonorAndAPeriodInOrder() throws Exception {
        String donor = send(Role.COORDINATOR, "/api/v1/donors", "{\"name\":\"Fonds fiduciaire\"}", 201).get("id").asString();
        JsonNode project = project(donor);
        assertThat(project.get("lines")).hasSize(2);
        for (Role role : List.of(Role.ADMIN, Role.SHELTER, Role.CASEWORKER, Role.VIEWER)) {
            send(role, "/api/v1/donors", "{\"name\":\"X\"}", 403);
            mvc.perform(get("/api/v1/projects/" + project.get("id").asString()).with(users.as(role))).andExpect(status().isForbidden());
        }
        assertThat(send(Role.COORDINATOR, "/api/v1/projects", "{\"donorId\":\"" + UUID.randomUUID() + "\",\"name\":\"P\",\"from\":\"2026-01-01\","
                + "\"to\":\"2026-12-31\",\"lines\":[{\"name\":\"L\",\"budgetXof\":1}]}", 422).findValuesAsString("field")).containsExactly("donorId");
        send(Role.COORDINATOR, "/api/v1/projects", "{\"donorId\":\"" + donor + "\",\"name\":\"P\",\"from\":\"2026-12-01\","
                + "\"to\":\"2026-01-31\",\"lines\":[{\"name\":\"L\",\"budgetXof\":1}]}", 400);
        send(Role.COORDINATOR, "/api/v1/projects", "{\"donorId\":\"" + donor + "\",\"name\":\"P\",\"from\":\"2026-01-01\","
                + "\"to\":\"2026-01-31\",\"lines\":[{\"name\":\"L\",\"budgetXof\":-5}]}", 400);
    }

    @Test
    void receiptsAndAssistanceChargedToALineShowAsSpentAndPeopleReachedAndTheDonorExportNamesNobody() throws Exception {
        String donor = send(Role.COORDINATOR, "/api/v1/donors", "{\"name\":\"Coopération\"}", 201).get("id").asString();
        JsonNode project = project(donor);
        String projectId = project.get("id").asString();
        String kits = project.get("lines").get(0).get("id").asString();
        String centre = send(Role.COORDINATOR, "/api/v1/centres", "{\"name\":\"Centre projet\"}", 201).get("id").asString();
        send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/receipts",
                "{\"item\":\"HYGIENE_KIT\",\"quantity\":100,\"unitCostXof\":1500,\"projectLineId\":\"" + kits + "\"}", 201);
        String adult = person("Donateurnom", "1990-05-05", false);
        String minor = person("Donateurnom", "2012-05-05", false);
        String hidden = person("Protegeenom", "1985-05-05", true);
        send(Role.COORDINATOR, "/api/v1/assistance", "{\"centreId\":\"" + centre + "\",\"item\":\"HYGIENE_KIT\",\"quantityEach\":1,"
                + "\"personIds\":[\"" + adult + "\",\"" + minor + "\",\"" + hidden + "\"],\"projectLineId\":\"" + kits + "\"}", 201);
        send(Role.SHELTER, "/api/v1/assistance", "{\"centreId\":\"" + centre + "\",\"item\":\"HYGIENE_KIT\",\"quantityEach\":1,"
                + "\"personIds\":[\"" + adult + "\"],\"projectLineId\":\"" + kits + "\"}", 201);

        mvc.perform(get("/api/v1/projects/" + projectId).with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].budgetXof").value(1000000))
                .andExpect(jsonPath("$.lines[0].spentXof").value(150000))
                .andExpect(jsonPath("$.lines[0].peopleReached").value(3))
                .andExpect(jsonPath("$.lines[1].spentXof").value(0))
                .andExpect(jsonPath("$.peopleReached").value(3));

        String csv = mvc.perform(get("/api/v1/projects/" + projectId + "/assistance.csv").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).isEqualTo("file_number,sex,age_band,origin_region,item,budget_line,date,quantity,cost_xof");
        assertThat(lines).hasSize(5);
        assertThat(csv).doesNotContain("Donateurnom", "DONATEURNOM", "Protegeenom", "Awa");
        assertThat(csv).contains(",F,0-17,Kayes,HYGIENE_KIT,Kits,", ",1,1500");
        assertThat(lines).as("a protected person's row, without her file number").filteredOn(line -> line.startsWith("\"\",F,35-44,")).hasSize(1);
    }

    /** A business grant of reintegration, charged to a line; through the API, as a caseworker's coordinator records it. */
    private void grant(String person, String kind, long amountXof, String line, String on) throws Exception {
        String business = send(Role.COORDINATOR, "/api/v1/persons/" + person + "/businesses", "{\"activity\":\"Boutique\",\"sector\":\"TRADE\","
                + "\"plannedOn\":\"2026-02-01\"}", 201).get("id").asString();
        send(Role.COORDINATOR, "/api/v1/persons/" + person + "/businesses/" + business + "/grants", "{\"kind\":\"" + kind + "\",\"amountXof\":"
                + amountXof + ",\"projectLineId\":\"" + line + "\",\"grantedOn\":\"" + on + "\"}", 201);
    }

    @Test
    void businessGrantsCountInSpendingPeopleReachedTheExportAndTheDonorReportEachPersonOnce() throws Exception {
        String donor = send(Role.COORDINATOR, "/api/v1/donors", "{\"name\":\"Bailleur subventions\"}", 201).get("id").asString();
        JsonNode project = project(donor);
        String projectId = project.get("id").asString();
        String kits = project.get("lines").get(0).get("id").asString();
        String meals = project.get("lines").get(1).get("id").asString();
        String centre = send(Role.COORDINATOR, "/api/v1/centres", "{\"name\":\"Centre subventions\"}", 201).get("id").asString();
        send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/receipts",
                "{\"item\":\"HYGIENE_KIT\",\"quantity\":10,\"unitCostXof\":1500,\"projectLineId\":\"" + kits + "\"}", 201);
        String helped = person("Subventionnom", "1990-05-05", false);
        String hidden = person("Subventioncache", "2000-01-01", true);
        send(Role.COORDINATOR, "/api/v1/assistance", "{\"centreId\":\"" + centre + "\",\"item\":\"HYGIENE_KIT\",\"quantityEach\":1,"
                + "\"personIds\":[\"" + helped + "\"],\"projectLineId\":\"" + kits + "\"}", 201);
        send(Role.COORDINATOR, "/api/v1/assistance/cash", "{\"centreId\":\"" + centre + "\",\"amountXof\":5000,\"paymentMode\":\"CASH\","
                + "\"projectLineId\":\"" + kits + "\",\"personIds\":[\"" + helped + "\",\"" + hidden + "\"]}", 201);
        grant(helped, "CASH", 150000, kits, "2026-03-10");
        grant(hidden, "IN_KIND", 80000, meals, "2026-04-01");
        grant(hidden, "CASH", 20000, kits, "2026-04-02");

        JsonNode own = json.readTree(mvc.perform(get("/api/v1/projects/" + projectId).with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].spentXof").value(15000 + 2 * 5000 + 150000 + 20000))
                .andExpect(jsonPath("$.lines[0].grantsXof").value(170000))
                .andExpect(jsonPath("$.lines[0].peopleReached").value(2))
                .andExpect(jsonPath("$.lines[1].spentXof").value(80000))
                .andExpect(jsonPath("$.lines[1].grantsXof").value(80000))
                .andExpect(jsonPath("$.lines[1].peopleReached").value(1))
                .andExpect(jsonPath("$.peopleReached").value(2))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        String csv = mvc.perform(get("/api/v1/projects/" + projectId + "/assistance.csv").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(1 + 1 + 2 + 3);
        assertThat(csv).doesNotContain("Subvention", "SUBVENTION", "Awa");
        String fileNumber = json.readTree(mvc.perform(get("/api/v1/persons/" + helped).with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("fileNumber").asString();
        assertThat(fileNumber).isNotBlank();
        assertThat(lines).contains(fileNumber + ",F,35-44,Kayes,GRANT_CASH,Kits,2026-03-10,1,150000");
        assertThat(lines).as("a protected person's grants, without her file number")
                .containsSubsequence("\"\",F,25-34,Kayes,GRANT_IN_KIND,Repas,2026-04-01,1,80000", "\"\",F,25-34,Kayes,GRANT_CASH,Kits,2026-04-02,1,20000");

        JsonNode report = json.readTree(mvc.perform(get("/api/v1/reports/donor").param("project", projectId).with(users.as(Role.VIEWER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(report.get("spentXof").asLong()).isEqualTo(275000);
        assertThat(report.get("peopleReached")).isEqualTo(own.get("peopleReached"));
        assertThat(report.get("lines")).isEqualTo(own.get("lines"));
        assertThat(mvc.perform(get("/programmes/projects/" + projectId).with(users.page(Role.COORDINATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("dont 170 000 en subventions", "dont 80 000 en subventions");
    }

    @Test
    void theProjectPageShowsEachLinesBudgetAndSpendingAndLinksTheExport() throws Exception {
        String donor = send(Role.COORDINATOR, "/api/v1/donors", "{\"name\":\"Bailleur de la page\"}", 201).get("id").asString();
        String projectId = project(donor).get("id").asString();
        assertThat(mvc.perform(get("/programmes").with(users.page(Role.COORDINATOR))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("/programmes/projects/" + projectId, "Bailleur de la page");
        String page = mvc.perform(get("/programmes/projects/" + projectId).with(users.page(Role.COORDINATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kits", "Repas", "1 000 000", "/programmes/projects/" + projectId + "/assistance.csv");
        mvc.perform(get("/programmes/projects/" + projectId + "/assistance.csv").with(users.page(Role.COORDINATOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/programmes/projects/" + projectId).with(users.page(Role.SHELTER))).andExpect(status().isForbidden());
    }

    @Test
    void theDonorWorkbookHasTheColumnsAndRowsOfTheCsvWithCashAndNoNameAnywhere() throws Exception {
        String donor = send(Role.COORDINATOR, "/api/v1/donors", "{\"name\":\"Bailleur classeur\"}", 201).get("id").asString();
        JsonNode project = project(donor);
        String projectId = project.get("id").asString();
        String kits = project.get("lines").get(0).get("id").asString();
        String centre = send(Role.COORDINATOR, "/api/v1/centres", "{\"name\":\"Centre classeur\"}", 201).get("id").asString();
        send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/receipts",
                "{\"item\":\"DIGNITY_KIT\",\"quantity\":10,\"unitCostXof\":2000,\"projectLineId\":\"" + kits + "\"}", 201);
        String adult = person("Classeurnom", "1990-05-05", false);
        String hidden = person("Classeurcache", "1985-05-05", true);
        send(Role.COORDINATOR, "/api/v1/assistance", "{\"centreId\":\"" + centre + "\",\"item\":\"DIGNITY_KIT\",\"quantityEach\":1,"
                + "\"personIds\":[\"" + adult + "\",\"" + hidden + "\"],\"projectLineId\":\"" + kits + "\"}", 201);
        send(Role.COORDINATOR, "/api/v1/assistance/cash", "{\"centreId\":\"" + centre + "\",\"amountXof\":\"10 000\",\"paymentMode\":\"MOBILE_MONEY\","
                + "\"transactionReference\":\"OM-1\",\"projectLineId\":\"" + kits + "\",\"personIds\":[\"" + adult + "\",\"" + hidden + "\"]}", 201);

        mvc.perform(get("/api/v1/projects/" + projectId).with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.lines[0].spentXof").value(40000))
                .andExpect(jsonPath("$.lines[0].peopleReached").value(2));
        String csv = mvc.perform(get("/api/v1/projects/" + projectId + "/assistance.csv").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(",MOBILE_MONEY,Kits,", ",1,10000");
        byte[] xlsx = mvc.perform(get("/api/v1/projects/" + projectId + "/assistance.xlsx").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", DonorExport.XLSX))
                .andReturn().getResponse().getContentAsByteArray();

        List<List<String>> sheet = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < DonorExport.COLUMNS.size(); c++) {
                    cells.add(formatter.formatCellValue(row.getCell(c)));
                }
                sheet.add(cells);
            }
        }
        assertThat(sheet.get(0)).containsExactlyElementsOf(DonorExport.COLUMNS);
        assertThat(sheet).hasSize(csv.lines().toList().size()).hasSize(5);
        assertThat(sheet).flatExtracting(row -> row).noneMatch(cell -> cell.contains("Classeur") || cell.contains("CLASSEUR")
                || cell.contains("Awa"));
        assertThat(sheet).filteredOn(row -> row.get(4).equals("MOBILE_MONEY")).hasSize(2)
                .allSatisfy(row -> assertThat(row.get(8)).isEqualTo("10000"));
        assertThat(sheet).as("a protected person's rows, without her file number")
                .filteredOn(row -> row.get(0).isEmpty() && row.get(2).equals("35-44")).hasSize(2);
        mvc.perform(get("/programmes/projects/" + projectId + "/assistance.xlsx").with(users.page(Role.COORDINATOR))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/projects/" + projectId + "/assistance.xlsx").with(users.as(Role.SHELTER))).andExpect(status().isForbidden());
    }
}
