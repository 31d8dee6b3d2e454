package org.sira.programmes.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.sira.programmes.DonorExport;
import org.sira.programmes.Programmes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The coordinator's pages: projects, and each one's spending against budget with its donor export. */
@Controller
class ProgrammePages {

    private final Programmes programmes;
    private final DonorExport export;

    ProgrammePages(Programmes programmes, DonorExport export) {
        this.programmes = programmes;
        this.export = export;
    }

    @GetMapping("/programmes")
    String list(Model model) {
        model.addAttribute("projects", programmes.projects());
        return "programmes/list";
    }

    @GetMapping("/programmes/projects/{id}")
    String project(@PathVariable UUID id, Model model) {
        model.addAttribute("project", programmes.find(id));
        model.addAttribute("lines", programmes.spending(id));
        model.addAttribute("reached", programmes.peopleReached(id));
        return "programmes/project";
    }

    @GetMapping("/programmes/projects/{id}/assistance.csv")
    ResponseEntity<byte[]> csv(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"project-" + id + "-assistance.csv\"")
                .body(export.csv(id).getBytes(StandardCharsets.UTF_8));
    }

    /** The same list as the CSV, as a workbook. */
    @GetMapping("/programmes/projects/{id}/assistance.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DonorExport.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"project-" + id + "-assistance.xlsx\"")
                .body(export.xlsx(id));
    }
}
