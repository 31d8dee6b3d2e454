package org.sira.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class BackupPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired Backups backups;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @Tag("asvs-14.2.4")
    void theAdministratorWritesAnEncryptedBackupIntoThePrivateFolderAndSeesItListed() throws Exception {
        mvc.perform(post("/admin/backup").with(users.page(Role.ADMIN)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/admin/backup?made"));

        String name = backups.recent(1).get(0).name();
        assertThat(name).endsWith(Backups.SUFFIX);
        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'BACKUP' AND record_id = :n").param("n", name)
                .query(String.class).list()).containsExactly("test-admin");
        Path file = backups.folder().resolve(name);
        assertThat(Files.readAllBytes(file)).startsWith("SIRABAK1".getBytes());
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backups.folder()))).isEqualTo("rwx------");
        }
        try (Stream<Path> files = Files.list(backups.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part") || n.contains("key"));
        }
        mvc.perform(get("/admin/backup").with(users.page(Role.ADMIN)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("never holds the key")))
                .andExpect(content().string(not(containsString("download"))));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "ADMIN", mode = EnumSource.Mode.EXCLUDE)
    @Tag("asvs-8.2.1")
    void noOtherRoleMaySeeThePageNorWriteABackup(Role role) throws Exception {
        int before = backups.recent(1000).size();
        mvc.perform(get("/admin/backup").with(users.page(role))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/backup").with(users.page(role)).with(csrf())).andExpect(status().isForbidden());
        assertThat(backups.recent(1000)).hasSize(before);
    }

    @Test
    @Tag("asvs-8.2.1")
    void theApiHasNoDoorToBackups() throws Exception {
        mvc.perform(post("/api/v1/backups").with(users.as(Role.ADMIN))).andExpect(status().is4xxClientError());
    }
}
