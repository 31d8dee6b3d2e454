package org.sira.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.web.multipart.MultipartFile;

/** Uploaded spreadsheets are read twice (check, then write): they are first kept in a temporary file. */
public final class Uploads {

    private Uploads() {
    }

    /** A temporary copy of the upload; the caller deletes it when done. */
    public static Path toTemporaryFile(MultipartFile file, String prefix) throws IOException {
        Path upload = Files.createTempFile(prefix, ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
        }
        return upload;
    }
}
