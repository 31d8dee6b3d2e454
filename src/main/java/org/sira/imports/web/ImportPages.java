package org.sira.imports.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.sira.imports.ImportJobs;
import org.sira.imports.ImportKind;
import org.sira.imports.ImportMode;
import org.sira.shared.DomainException;
import org.sira.shared.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sira.shared.web.Uploads;
import org.springframework.web.multipart.MultipartFile;

/** The import page: upload, a progress bar while it runs in the background, then the row-by-row report. */
@Controller
class ImportPages {

    private final ImportJobs jobs;
    private final Uploads uploads;

    ImportPages(ImportJobs jobs, Uploads uploads) {
        this.jobs = jobs;
        this.uploads = uploads;
    }

    @GetMapping("/imports")
    String page(Model model) {
        model.addAttribute("jobs", jobs.latest());
        return "imports/start";
    }

    @PostMapping("/imports")
    String start(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "PERSONS") ImportKind kind,
                 @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode, Model model) throws IOException {
        if (file.isEmpty()) {
            model.addAttribute("jobs", jobs.latest());
            model.addAttribute("noFile", true);
            return "imports/start";
        }
        Path upload = uploads.store(file, "sira-import-");
        UUID id;
        try {
            id = jobs.start(upload, file.getOriginalFilename(), kind, mode);
        } catch (RuntimeException notStarted) {
            Files.deleteIfExists(upload);
            throw notStarted;
        }
        // From here the background job deletes the file, or keeps it for the valid rows.
        return "redirect:/imports/" + id;
    }

    @GetMapping("/imports/{id}")
    String job(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean gone, Model model) {
        jobModel(id, model);
        model.addAttribute("validRowsGone", gone);
        return "imports/job";
    }

    /** Polled by the page while the import runs; the whole report once it is done. */
    @GetMapping("/imports/{id}/progress")
    String progress(@PathVariable UUID id, Model model) {
        jobModel(id, model);
        return "imports/job :: status";
    }

    /** The user chose to leave the refused rows aside: the valid ones of that file are imported now. */
    @PostMapping("/imports/{id}/valid-rows")
    String importValidRows(@PathVariable UUID id) {
        try {
            return "redirect:/imports/" + jobs.importValidRows(id);
        } catch (DomainException gone) {
            return "redirect:/imports/" + id + "?gone=true";
        }
    }

    private void jobModel(UUID id, Model model) {
        ImportJobs.Job job = jobs.find(id);
        model.addAttribute("job", job);
        model.addAttribute("validRowsKept", job.finished() && jobs.keepsValidRows(id));
    }

    @GetMapping("/imports/{id}/refused.csv")
    ResponseEntity<Resource> refused(@PathVariable UUID id) {
        Path file = jobs.refusedRows(id).orElseThrow(() -> new NotFoundException("IMPORT", id));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"lignes-refusees-" + id + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(new FileSystemResource(file));
    }
}
