package org.sira.imports.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sira.imports.ImportJobs;
import org.sira.imports.ImportKind;
import org.sira.imports.ImportMode;
import org.sira.imports.ImportReport;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.sira.shared.web.Uploads;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** {@code POST /api/v1/imports/persons} and {@code /returns} of api-v1.md, and their refused rows. */
@RestController
class ImportApi {

    private final ImportJobs jobs;
    private final ProblemFactory problems;
    private final Uploads uploads;

    ImportApi(ImportJobs jobs, ProblemFactory problems, Uploads uploads) {
        this.jobs = jobs;
        this.problems = problems;
        this.uploads = uploads;
    }

    /** The report of api-v1.md, with the job's id and where to fetch the refused rows. */
    record ImportResult(UUID id, int imported, int rejected, int created, int updated, int unchanged, boolean written,
                        int validNotImported, List<ImportReport.FileProblem> fileErrors, List<ImportReport.RowOutcome> rows,
                        String refusedRows) {
    }

    @PostMapping(path = "/api/v1/imports/persons", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> persons(@RequestPart("file") MultipartFile file, MultipartHttpServletRequest request,
                              @RequestParam(defaultValue = "all-or-nothing") String mode) throws IOException {
        return run(onlyOne(file, request), ImportKind.PERSONS, mode);
    }

    @PostMapping(path = "/api/v1/imports/returns", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> returns(@RequestPart("file") MultipartFile file, MultipartHttpServletRequest request,
                              @RequestParam(defaultValue = "all-or-nothing") String mode) throws IOException {
        return run(onlyOne(file, request), ImportKind.RETURNS, mode);
    }

    /** One import is one file: of two sent at once, neither is silently left out. */
    private static MultipartFile onlyOne(MultipartFile file, MultipartHttpServletRequest request) {
        int sent = request.getFiles("file").size();
        if (sent > 1) {
            throw InvalidInputException.of("file", "import.file.several", String.valueOf(sent));
        }
        return file;
    }

    @GetMapping("/api/v1/imports/{id}")
    ImportJobs.Job job(@PathVariable UUID id) {
        return jobs.find(id);
    }

    @GetMapping("/api/v1/imports/{id}/refused")
    ResponseEntity<Resource> refused(@PathVariable UUID id) {
        Path file = jobs.refusedRows(id).orElseThrow(() -> new NotFoundException("IMPORT", id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"refused-" + id + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(new FileSystemResource(file));
    }

    private ResponseEntity<?> run(MultipartFile file, ImportKind kind, String modeParameter) throws IOException {
        ImportMode mode = ImportMode.ofParameter(modeParameter)
                .orElseThrow(() -> InvalidInputException.of("mode", "error.unknown-value", modeParameter.length() > 40
                        ? modeParameter.substring(0, 40) : modeParameter));
        Path upload = uploads.store(file, "sira-import-");
        Map.Entry<UUID, ImportReport> done;
        try {
            done = jobs.runNow(upload, file.getOriginalFilename(), kind, mode);
        } finally {
            Files.deleteIfExists(upload);
        }
        ImportReport report = done.getValue();
        if (!report.written() && report.rejected() == 0 && !report.fileErrors().isEmpty()) {
            // Nothing in the file could be read as rows: the file itself is refused.
            ProblemDetail problem = problems.invalid(report.fileErrors().stream()
                    .map(e -> new FieldError("file", "import.file.problem", e.message())).toList());
            problem.setProperty("fileErrors", report.fileErrors());
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        UUID id = done.getKey();
        return ResponseEntity.ok(new ImportResult(id, report.imported(), report.rejected(), report.created(),
                report.updated(), report.unchanged(), report.written(), report.validNotImported(), report.fileErrors(), report.rows(),
                report.rejected() > 0 ? "/api/v1/imports/" + id + "/refused" : null));
    }
}
