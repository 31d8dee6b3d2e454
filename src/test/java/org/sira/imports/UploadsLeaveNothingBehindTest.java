package org.sira.imports;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.shared.web.Uploads;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding 6: uploads were copied to the system's temporary directory before the permission was
 * checked, readable by every account (0644), and never deleted after a 403 or a kill. Now a
 * refused caller stores nothing, an upload is private to Sira's account while it is read, and
 * nothing stays but the file a refused import keeps for its valid rows.
 */
@WebTest
class UploadsLeaveNothingBehindTest {

    private static final String FILE = "nom;prenoms\nDéposé;Awa\n";

    @Autowired MockMvc mvc;
    @Autowired Uploads uploads;
    @Autowired jakarta.servlet.MultipartConfigElement multipart;
    @Autowired TestUsers users;
    @LocalServerPort int port;
    @Value("${sira.data-dir}") String dataDir;

    @Test
    @Tag("asvs-5.3.1")
    @Tag("asvs-8.2.1")
    void aViewersImportIsRefusedBeforeAnythingIsStored() throws Exception {
        List<Path> before = leftovers();
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"liste.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + FILE + "\r\n--XyZ--\r\n";
        String basic = Base64.getEncoder().encodeToString((users.ensure(Role.VIEWER) + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        for (String path : List.of("/api/v1/imports/persons", "/api/v1/imports/returns", "/api/v1/arrivals/" + UUID.randomUUID() + "/manifest")) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + basic).header("Content-Type", "multipart/form-data; boundary=XyZ")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isEqualTo(403);
        }
        mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "liste.csv", "text/csv", FILE.getBytes(StandardCharsets.UTF_8)))
                .with(users.page(Role.VIEWER)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(multipart("/arrivals/" + UUID.randomUUID() + "/manifest").file(new MockMultipartFile("file", "liste.csv", "text/csv",
                FILE.getBytes(StandardCharsets.UTF_8))).with(users.page(Role.VIEWER)).with(csrf())).andExpect(status().isForbidden());

        assertThat(leftovers()).isEqualTo(before);
    }

    @Test
    @Tag("asvs-5.3.1")
    @Tag("asvs-14.2.4")
    void afterAnImportNothingStaysButTheFileKeptForItsValidRowsReadableBySiraAlone() throws Exception {
        List<Path> before = leftovers();
        String refusedFile = "reference_externe;nom;prenoms;type_retour;pays_provenance;date_arrivee\n"
                + "UP-1;Gardé;Salimata;expulsion;DZ;03/03/2023\nUP-2;Gardé;Bintou;expulsion;DZ;31/02/2023\n";
        String started = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "retours.csv", "text/csv",
                        refusedFile.getBytes(StandardCharsets.UTF_8))).param("kind", "RETURNS")
                        .with(users.page(Role.COORDINATOR)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID id = UUID.fromString(started.substring(started.lastIndexOf('/') + 1));
        await().atMost(Duration.ofSeconds(20)).until(() -> mvc.perform(get("/imports/" + id).with(users.page(Role.COORDINATOR)))
                .andReturn().getResponse().getContentAsString(), html -> html.contains("Importer quand même"));

        Path kept = Path.of(dataDir, "imports", id + "-upload");
        Path refusedRows = Path.of(dataDir, "imports", id + "-refused.csv");
        assertThat(kept).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(kept))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(refusedRows))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Path.of(dataDir, "imports")))).isEqualTo("rwx------");
        assertThat(leftovers()).isEqualTo(before);
    }

    @Test
    @Tag("asvs-5.3.1")
    @Tag("asvs-14.2.4")
    void anUploadWaitsInAFileReadableBySirasAccountAlone() throws Exception {
        Path upload = uploads.store(new MockMultipartFile("file", "liste.csv", "text/csv", FILE.getBytes(StandardCharsets.UTF_8)), "sira-test-");
        try {
            assertThat(upload.getParent()).isEqualTo(Path.of(dataDir, "uploads").toAbsolutePath().normalize());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(upload))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(upload.getParent()))).isEqualTo("rwx------");
            assertThat(Files.readString(upload)).isEqualTo(FILE);
            // Tomcat spools the parts of a multipart request there too, not in its world-readable work folder.
            assertThat(multipart.getLocation()).isEqualTo(upload.getParent().toString());
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    @Test
    @Tag("asvs-5.3.1")
    void theStartSweepRemovesWhatAKilledProcessLeftAndNothingOfThisOne() throws Exception {
        Path stale = Files.writeString(uploads.directory().resolve("sira-import-killed.upload"), FILE);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Path current = uploads.store(new MockMultipartFile("file", "liste.csv", "text/csv", FILE.getBytes(StandardCharsets.UTF_8)), "sira-test-");
        try {
            uploads.sweep();

            assertThat(stale).doesNotExist();
            assertThat(current).exists();
        } finally {
            Files.deleteIfExists(current);
        }
    }

    @Test
    @Tag("asvs-5.2.3")
    @Tag("asvs-15.2.2")
    void aWorkbookWithMoreTextThanSiraCanHoldIsA400ProblemInTheCallersLanguage() throws Exception {
        byte[] bomb = textBomb(3_000_000); // the test profile's cap is 2,000,000 characters

        String english = mvc.perform(multipart("/api/v1/imports/persons").file(new MockMultipartFile("file", "bombe.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bomb))
                        .with(users.as(Role.COORDINATOR)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.fileErrors[0].code").value("import.file.tooMuchText"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("more text than Sira can read at once");
        String french = mvc.perform(multipart("/api/v1/imports/persons").file(new MockMultipartFile("file", "bombe.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bomb))
                        .with(users.as(Role.COORDINATOR)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(french).contains("plus de texte que Sira ne peut en lire en une fois");
    }

    /** A real workbook (header "nom", one row) whose shared strings end with one string of {@code chars} characters. */
    private static byte[] textBomb(int chars) throws Exception {
        java.io.ByteArrayOutputStream workbook = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = book.createSheet("Feuil1");
            sheet.createRow(0).createCell(0).setCellValue("nom");
            sheet.createRow(1).createCell(0).setCellValue("Koné");
            book.write(workbook);
        }
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        java.util.Random random = new java.util.Random(7);
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook.toByteArray()));
             var out = new java.util.zip.ZipOutputStream(bomb)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    StringBuilder text = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                            + "<si><t>nom</t></si><si><t>Koné</t></si><si><t>");
                    for (int i = 0; i < chars; i++) {
                        text.append(random.nextBoolean() ? 'a' : 'b');
                    }
                    out.write(text.append("</t></si></sst>").toString().getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return bomb.toByteArray();
    }

    /** Uploads waiting to be read: Sira's own copies and Tomcat's spooled parts. */
    private List<Path> leftovers() throws Exception {
        List<Path> found = new java.util.ArrayList<>();
        Path uploads = Path.of(dataDir, "uploads");
        if (Files.isDirectory(uploads)) {
            try (Stream<Path> files = Files.list(uploads)) {
                files.forEach(found::add);
            }
        }
        return found.stream().sorted().toList();
    }
}
