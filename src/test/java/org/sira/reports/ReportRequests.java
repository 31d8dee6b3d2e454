package org.sira.reports;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** How the report tests ask for a report in each format, and read what comes back. */
record ReportRequests(MockMvc mvc, TestUsers users, JsonMapper json) {

    /** The JSON of the report API, as a viewer (HTTP Basic). */
    JsonNode api(String path, String... params) throws Exception {
        return json.readTree(mvc.perform(with(get(path).with(users.as(Role.VIEWER)), params)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** The page's HTML, as a viewer; also written to {@code target/report-pages/} for a person to look at. */
    String page(String path, String language, String... params) throws Exception {
        String html = mvc.perform(with(get(path).header("Accept-Language", language).with(users.page(Role.VIEWER)), params))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Files.writeString(Files.createDirectories(Path.of("target", "report-pages")).resolve(path.substring(9) + "-" + language + ".html"), html);
        return html;
    }

    /** A PDF or a workbook, as a viewer. */
    byte[] download(String path, String... params) throws Exception {
        return mvc.perform(with(get(path).with(users.page(Role.VIEWER)), params)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    UUID person(String name, String sex) throws Exception {
        String body = "{\"familyName\":\"" + name + "\"" + (sex == null ? "" : ",\"sex\":\"" + sex + "\"") + "}";
        return UUID.fromString(created("/api/v1/persons", body).get("id").asString());
    }

    /** What a coordinator's POST created. */
    JsonNode created(String path, String body) throws Exception {
        return json.readTree(mvc.perform(post(path).with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, String... params) {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    /** Each table sheet by its title, as label (first column) to the count (before a share, or the last column). */
    static Map<String, Map<String, Object>> workbook(byte[] xlsx) throws Exception {
        Map<String, Map<String, Object>> sheets = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
                Sheet sheet = workbook.getSheetAt(s);
                Map<String, Object> rows = new HashMap<>();
                for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    int last = row.getLastCellNum() - 1;
                    boolean share = "%".equals(sheet.getRow(2).getCell(last).getStringCellValue());
                    Cell count = row.getCell(share ? last - 1 : last);
                    rows.put(row.getCell(0).getStringCellValue(),
                            count.getCellType() == CellType.NUMERIC ? count.getNumericCellValue() : count.getStringCellValue());
                }
                sheets.put(sheet.getRow(0).getCell(0).getStringCellValue(), rows);
            }
        }
        return sheets;
    }

    /** The PDF's text; every page is also drawn to {@code target/report-pages/NAME-N.png} for a person to look at. */
    static String pdf(byte[] bytes, String name) throws Exception {
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Path folder = Files.createDirectories(Path.of("target", "report-pages"));
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 80), "png", folder.resolve(name + "-" + page + ".png").toFile());
            }
            Files.write(folder.resolve(name + ".pdf"), bytes);
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\'', '\u2019');
        }
    }
}
