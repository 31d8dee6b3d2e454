package org.sira.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** A refused all-or-nothing import offers, once, to import its valid rows after all. */
@WebTest
class ImportPagesTest {

    private static final String FILE = """
            reference_externe;nom;prenoms;type_retour;pays_provenance;date_arrivee
            VR-1;Kanouté;Salimata;expulsion;DZ;03/03/2023
            VR-2;Camara;Lassana;refoulement;Niger;2023-03-04
            VR-3;Touré;Bintou;expulsion;DZ;31/02/2023
            VR-2;Camara;Lassana;refoulement;Niger;2023-03-05
            """;

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    private long persons() {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE external_ref LIKE 'VR-%'").query(Long.class).single();
    }

    private UUID jobOf(String redirect) {
        return UUID.fromString(redirect.substring(redirect.lastIndexOf('/') + 1));
    }

    @Test
    void aRefusedFileCanHaveItsValidRowsImportedOnceFromItsPage() throws Exception {
        String started = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "retours.csv", "text/csv",
                                FILE.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "RETURNS").with(users.page(Role.COORDINATOR)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID refused = jobOf(started);
        String page = await().atMost(Duration.ofSeconds(20)).until(() -> mvc.perform(get("/imports/" + refused)
                        .with(users.page(Role.COORDINATOR))).andReturn().getResponse().getContentAsString(),
                html -> html.contains("Importer quand même"));
        assertThat(page).contains("3 lignes valides n’ont pas été importées", "Importer quand même les 3 lignes valides");
        assertThat(persons()).isZero();

        String second = mvc.perform(post("/imports/" + refused + "/valid-rows").with(users.page(Role.COORDINATOR)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        UUID validRows = jobOf(second);
        assertThat(validRows).isNotEqualTo(refused);
        String report = await().atMost(Duration.ofSeconds(20)).until(() -> mvc.perform(get("/imports/" + validRows)
                        .with(users.page(Role.COORDINATOR))).andReturn().getResponse().getContentAsString(),
                html -> html.contains("alert ok"));
        assertThat(report).contains("importer les lignes valides");
        assertThat(persons()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_return r JOIN person p ON p.id = r.person_id WHERE p.external_ref LIKE 'VR-%'")
                .query(Long.class).single()).isEqualTo(3);

        // A second click (or another user) finds the file taken: nothing is imported twice.
        mvc.perform(post("/imports/" + refused + "/valid-rows").with(users.page(Role.COORDINATOR)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith(refused + "?gone=true"));
        String gone = mvc.perform(get("/imports/" + refused + "?gone=true").with(users.page(Role.COORDINATOR)))
                .andReturn().getResponse().getContentAsString();
        assertThat(gone).contains("déjà été importées").doesNotContain("Importer quand même");
        assertThat(persons()).isEqualTo(2);
    }

    @Test
    void keptFilesAreDeletedAfterADay(@Autowired ImportJobs jobs, @Value("${sira.data-dir}") String dataDir) throws Exception {
        Path directory = Files.createDirectories(Path.of(dataDir, "imports"));
        Path old = Files.writeString(directory.resolve(UUID.randomUUID() + "-upload"), "nom\nX\n");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(ImportJobs.KEPT_FOR).minusSeconds(60)));
        Path recent = Files.writeString(directory.resolve(UUID.randomUUID() + "-upload"), "nom\nY\n");
        jobs.forgetOldUploads();
        assertThat(old).doesNotExist();
        assertThat(recent).exists();
        Files.delete(recent);
    }

    @Test
    void anAddressWithAnIdThatCannotBeOneIsThePlainNotFoundPage() throws Exception {
        for (String id : new String[] {"nope", UUID.randomUUID().toString()}) {
            mvc.perform(get("/imports/" + id).with(users.page(Role.COORDINATOR)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Cette page ou cette fiche n’existe pas")));
        }
    }

    @Tag("asvs-8.2.1")
    @Test
    void rolesWithoutTheImportRightCannotTriggerIt() throws Exception {
        mvc.perform(post("/imports/" + UUID.randomUUID() + "/valid-rows").with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
