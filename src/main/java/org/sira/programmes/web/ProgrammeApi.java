package org.sira.programmes.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.sira.programmes.Donor;
import org.sira.programmes.DonorExport;
import org.sira.programmes.LineSpending;
import org.sira.programmes.Programmes;
import org.sira.programmes.Project;
import org.sira.programmes.ProjectInput;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Donors, projects with budget lines, what they spent and reached, and the donor export. */
@RestController
class ProgrammeApi {

    record DonorInput(@NotBlank @Size(max = 200) String name) {
    }

    record ProjectReport(Project project, List<LineSpending> lines, long peopleReached) {
    }

    private final Programmes programmes;
    private final DonorExport export;

    ProgrammeApi(Programmes programmes, DonorExport export) {
        this.programmes = programmes;
        this.export = export;
    }

    @PostMapping("/api/v1/donors")
    ResponseEntity<Donor> addDonor(@Valid @RequestBody DonorInput input) {
        Donor donor = programmes.addDonor(input.name());
        return ResponseEntity.created(URI.create("/api/v1/donors/" + donor.id())).body(donor);
    }

    @PostMapping("/api/v1/projects")
    ResponseEntity<Project> open(@Valid @RequestBody ProjectInput input) {
        Project project = programmes.open(input);
        return ResponseEntity.created(URI.create("/api/v1/projects/" + project.id())).body(project);
    }

    @GetMapping("/api/v1/projects/{id}")
    ProjectReport report(@PathVariable UUID id) {
        return new ProjectReport(programmes.find(id), programmes.spending(id), programmes.peopleReached(id));
    }

    /** The assistance the project paid for, as CSV, without names. */
    @GetMapping("/api/v1/projects/{id}/assistance.csv")
    ResponseEntity<String> csv(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"project-" + id + "-assistance.csv\"")
                .body(export.csv(id));
    }

    /** The same list as the CSV, as a workbook. */
    @GetMapping("/api/v1/projects/{id}/assistance.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DonorExport.XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"project-" + id + "-assistance.xlsx\"")
                .body(export.xlsx(id));
    }
}
