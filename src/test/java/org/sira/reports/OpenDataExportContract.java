package org.sira.reports;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The open-data export of api-v1.md on a year nobody else uses (1970) with known counts: 42
 * returns from six persons, each person's returns in one cell of every breakdown.
 */
abstract class OpenDataExportContract {

    private static final String EXPORT = "/api/v1/exports/open-data";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    /** Forced removals from Algeria, rejections at the French border: sex, birth, region, returns, first arrival. */
    private static final Object[][] PEOPLE = {
            {"FORCED_REMOVAL", "DZ", "\"sex\":\"M\",\"birthDate\":\"1950-06-15\",\"originRegion\":\"Kayes\"", 10, "1970-06-01"},
            {"FORCED_REMOVAL", "DZ", "\"sex\":\"F\",\"birthDate\":\"1952-03-10\",\"originRegion\":\"Kayes\"", 6, "1970-03-01"},
            {"FORCED_REMOVAL", "DZ", "\"givenNames\":\"X\"", 7, "1970-11-01"},
            {"BORDER_REJECTION", "FR", "\"sex\":\"M\",\"birthDate\":\"1930-01-01\",\"originRegion\":\"segou\"", 9, "1970-02-01"},
            {"BORDER_REJECTION", "FR", "\"sex\":\"F\",\"birthDate\":\"1952-03-10\",\"originRegion\":\"Kayes\"", 2, "1970-03-10"},
            {"BORDER_REJECTION", "FR", "\"birthDate\":\"1934\",\"originRegion\":\"Gao\"", 8, "1970-12-20"}};

    @BeforeEach
    void aYearOfKnownReturns() throws Exception {
        if (jdbc.sql("SELECT COUNT(*) FROM person WHERE family_name = 'Opendata'").query(Long.class).single() > 0) {
            return;
        }
        for (Object[] p : PEOPLE) {
            String person = json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"familyName\":\"Opendata\"," + p[2] + "}"))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
            for (int day = 0; day < (int) p[3]; day++) {
                mvc.perform(post("/api/v1/persons/" + person + "/returns").with(users.as(Role.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"returnKind\":\"" + p[0] + "\",\"countryFrom\":\"" + p[1]
                                + "\",\"arrivalDate\":\"" + LocalDate.parse((String) p[4]).plusDays(day) + "\"}"))
                        .andExpect(status().isCreated());
            }
        }
    }

    private MockHttpServletRequestBuilder export(String... parameters) {
        MockHttpServletRequestBuilder request = get(EXPORT).param("from", "1970-01-01").param("to", "1970-12-31");
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return request;
    }

    private String csv(String... parameters) throws Exception {
        return mvc.perform(export(parameters).with(users.as(Role.COORDINATOR))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aSmallCellIsHiddenWithTheCellsThatWouldGiveItBackThroughTheStatisticsTotals() throws Exception {
        assertThat(csv("by", "return_kind,sex")).isEqualTo("""
                period,return_kind,sex,count\r
                1970,BORDER_REJECTION,F,\r
                1970,BORDER_REJECTION,M,9\r
                1970,BORDER_REJECTION,unknown,\r
                1970,FORCED_REMOVAL,F,\r
                1970,FORCED_REMOVAL,M,10\r
                1970,FORCED_REMOVAL,unknown,\r
                """);
    }

    @Test
    void agesAreCountedAtArrivalInTheBandsOfTheContract() throws Exception {
        assertThat(csv("by", "age_band")).isEqualTo("period,age_band,count\r\n1970,0-17,6\r\n1970,18-24,12\r\n1970,35-44,17\r\n1970,unknown,7\r\n");
    }

    @Test
    void countriesAreWrittenInThreeLettersByQuarterInTheOrderAsked() throws Exception {
        assertThat(csv("by", "continent,country_from", "period", "quarter")).isEqualTo("""
                period,continent,country_from,count\r
                1970-Q1,AFRICA,DZA,6\r
                1970-Q1,EUROPE,FRA,11\r
                1970-Q2,AFRICA,DZA,10\r
                1970-Q4,AFRICA,DZA,7\r
                1970-Q4,EUROPE,FRA,8\r
                """);
    }

    @Test
    void regionsAreNamedAsTheStatisticsNameThemAndMonthsAreTheCoarsestDates() throws Exception {
        assertThat(csv("by", "origin_region")).isEqualTo("period,origin_region,count\r\n1970,Gao,8\r\n1970,Kayes,18\r\n1970,Ségou,9\r\n1970,unknown,7\r\n");
        String june = mvc.perform(get(EXPORT).param("from", "1970-06-05").param("to", "1970-06-30").param("by", "sex")
                .param("period", "month").with(users.as(Role.COORDINATOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(june).isEqualTo("period,sex,count\r\n1970-06,M,6\r\n");
    }

    @Test
    void everyDimensionIsAskedWhenNoneIsNamed() throws Exception {
        List<String> lines = csv().lines().toList();
        assertThat(lines.get(0)).isEqualTo("period,return_kind,country_from,continent,sex,age_band,origin_region,count");
        assertThat(lines).contains("1970,FORCED_REMOVAL,DZA,AFRICA,M,18-24,Kayes,10", "1970,BORDER_REJECTION,FRA,EUROPE,M,35-44,Ségou,9")
                .contains("1970,BORDER_REJECTION,FRA,EUROPE,F,18-24,Kayes,").hasSize(7);
    }

    @Test
    void theHxlFileParsesAsPlainCsvWithATagForEveryColumn() throws Exception {
        String hxl = csv("by", "sex,origin_region", "format", "hxl");
        List<CSVRecord> records = CSVParser.parse(new StringReader(hxl), CSVFormat.RFC4180).getRecords();
        assertThat(records.get(0).toList()).containsExactly("period", "sex", "origin_region", "count");
        assertThat(records.get(1).toList()).containsExactly("#date", "#category+sex", "#adm1+name+origin", "#affected+returnees+ind");
        assertThat(records).hasSize(2 + 5);
        String dictionary = mvc.perform(get(EXPORT + "/dictionary").with(users.as(Role.COORDINATOR)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<CSVRecord> entries = CSVParser.parse(new StringReader(dictionary), CSVFormat.RFC4180).getRecords();
        assertThat(entries.stream().map(r -> r.get(1)).toList()).containsExactly("HXL hashtag", "#date", "#category+return_kind",
                "#country+code+origin", "#region+continent+origin", "#category+sex", "#category+age_band", "#adm1+name+origin",
                "#affected+returnees+ind");
        assertThat(entries.get(entries.size() - 1).get(3)).contains("under 5");
    }

    @Test
    void theSpreadsheetHoldsTheSameRowsWithCountsAsNumbers() throws Exception {
        byte[] xlsx = mvc.perform(export("by", "return_kind,sex", "format", "xlsx").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("count");
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(9);
            assertThat(sheet.getRow(1).getCell(3)).isNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
        }
    }

    @Test
    void onlyTheCoordinatorExports() throws Exception {
        for (Role role : new Role[] {Role.ADMIN, Role.VIEWER, Role.CASEWORKER, Role.RECEPTION}) {
            mvc.perform(export().with(users.as(role))).andExpect(status().isForbidden());
            mvc.perform(get(EXPORT + "/dictionary").with(users.as(role))).andExpect(status().isForbidden());
        }
        mvc.perform(export()).andExpect(status().isUnauthorized());
    }

    @Test
    void eachExportIsAuditedWithWhoAndWhat() throws Exception {
        csv("by", "sex", "period", "quarter", "format", "hxl");
        String after = jdbc.sql("SELECT after_state FROM audit_entry WHERE action = 'EXPORT' AND actor = 'test-coordinator' ORDER BY seq DESC")
                .query(String.class).list().get(0);
        assertThat(after).contains("period=quarter", "by=sex", "format=hxl", "threshold=5");
        assertThat(jdbc.sql("SELECT record_id FROM audit_entry WHERE action = 'EXPORT' ORDER BY seq DESC").query(String.class).list().get(0))
                .isEqualTo("1970-01-01..1970-12-31");
    }

    @Test
    void badParametersAreRefusedWithTheFieldAndAReasonInEitherLanguage() throws Exception {
        mvc.perform(get(EXPORT).param("to", "1970-12-31").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get(EXPORT).param("from", "1970-13-01").param("to", "1970-12-31").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Une date est attendue")));
        mvc.perform(get(EXPORT).param("from", "1970-12-31").param("to", "1970-01-01").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(export("period", "week", "by", "sex,commune", "format", "pdf").with(users.as(Role.COORDINATOR)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Unknown period “week”: month, quarter or year."))
                .andExpect(jsonPath("$.errors[1].message").value(org.hamcrest.Matchers.startsWith("Unknown dimension “commune”")))
                .andExpect(jsonPath("$.errors[2].field").value("format"));
        mvc.perform(export("by", "sex,sex").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("La dimension « sex » est demandée deux fois."));
    }

    @Test
    void theCoordinatorDownloadsFromAPageAndAMistakeComesBackBesideItsField() throws Exception {
        String page = mvc.perform(get("/reports/open-data").with(users.page(Role.COORDINATOR))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"by\" value=\"origin_region\" checked=\"checked\"", "name=\"format\" value=\"csv\" checked=\"checked\"");
        String file = mvc.perform(get("/reports/open-data/file").param("from", "1970-01-01").param("to", "1970-12-31")
                        .param("period", "year").param("by", "age_band").param("format", "csv").with(users.page(Role.COORDINATOR)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        assertThat(file).isEqualTo(csv("by", "age_band"));
        String refused = mvc.perform(get("/reports/open-data/file").param("from", "1970-02-30").param("to", "1970-12-31")
                        .param("period", "year").param("by", "sex").param("format", "csv").with(users.page(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("class=\"field invalid\"", "id=\"from-error\"", "value=\"1970-02-30\"");
        mvc.perform(get("/reports/open-data").with(users.page(Role.VIEWER))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/open-data/file").param("from", "1970-01-01").param("to", "1970-12-31").param("by", "sex")
                .with(users.page(Role.ADMIN))).andExpect(status().isForbidden());
    }
}
