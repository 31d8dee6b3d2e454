package org.sira.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class PrivateDataDirectoryTest {

    @Value("${sira.data-dir}") String dataDir;
    @Autowired PrivateDataDirectory privateDirectory;

    @Tag("asvs-14.2.4")
    @Test
    void onlySirasAccountMayEnterTheDataDirectory() throws Exception {
        Path directory = Path.of(dataDir);
        Assumptions.assumeTrue(directory.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "SKIPPED: this file system has no POSIX permissions");
        // As a copied or hand-made directory may be; the start closes it.
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        privateDirectory.close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory))).isEqualTo("rwx------");
    }

    @Test
    void inADirectorySharedWithOtherThingsOnlySirasOwnAreClosed(@org.junit.jupiter.api.io.TempDir Path shared) throws Exception {
        Assumptions.assumeTrue(shared.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "SKIPPED: this file system has no POSIX permissions");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path database = Files.createFile(shared.resolve("sira.mv.db"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        Path keys = Files.createDirectory(shared.resolve("keys"));
        Path theirs = Files.createFile(shared.resolve("someone-else.txt"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));

        new PrivateDataDirectory(shared.toString(), true).close();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(theirs))).isEqualTo("rw-r--r--");
    }
}
