package org.sira.arrivals.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.sira.arrivals.internal.ManifestRow;
import org.sira.arrivals.ManifestBatches;
import org.sira.arrivals.ManifestDecisions;
import org.sira.arrivals.Manifests;
import org.sira.shared.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.sira.shared.web.ProblemFactory;
import org.sira.shared.web.Uploads;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/arrivals/{id}/manifest} of api-v1.md, and the decisions on its rows. */
@RestController
class ManifestApi {

    private final Manifests manifests;
    private final ManifestDecisions decisions;
    private final Uploads uploads;
    private final ProblemFactory problems;
    private final ManifestBatches batches;

    ManifestApi(Manifests manifests, ManifestDecisions decisions, Uploads uploads, ProblemFactory problems, ManifestBatches batches) {
        this.batches = batches;
        this.manifests = manifests;
        this.decisions = decisions;
        this.uploads = uploads;
        this.problems = problems;
    }

    record CandidateView(UUID personId, String externalRef, String fileNumber, double score, String verdict, String explanation) {
    }

    /**
     * {@code reserved} (only when true): a candidate of the row is one the caller may not see, so the
     * row waits for someone who may; it is neither "no candidate" nor the caller's to decide.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RowView(int row, UUID id, String status, List<CandidateView> candidates, Integer sameAsRow, List<String> errors,
                   UUID personId, int version, Boolean reserved) {

        /** {@code errors}: the row's problems written in the caller's language. */
        static RowView of(ManifestRow r, ProblemFactory problems) {
            return new RowView(r.row(), r.id(), r.status().name(), r.candidates().stream()
                    .map(c -> new CandidateView(c.personId(), c.externalRef(), c.fileNumber(), c.score(), c.verdict().name(), c.evidence()))
                    .toList(), r.sameAsRow(), r.errors().isEmpty() ? null
                            : r.errors().stream().map(e -> problems.message(e.messageKey(), e.arguments())).toList(), r.personId(), r.version(),
                    r.reserved() ? Boolean.TRUE : null);
        }
    }

    record ManifestView(List<RowView> rows) {
        static ManifestView of(List<ManifestRow> rows, ProblemFactory problems) {
            return new ManifestView(rows.stream().map(r -> RowView.of(r, problems)).toList());
        }
    }

    record Decision(String decision, UUID personId, Integer row, Integer version) {
    }

    @PostMapping(path = "/api/v1/arrivals/{id}/manifest", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ManifestView stage(@PathVariable UUID id, @RequestPart("file") MultipartFile file) throws IOException {
        Path upload = uploads.store(file, "sira-manifest-");
        try {
            return ManifestView.of(manifests.stage(id, upload), problems);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    @GetMapping("/api/v1/arrivals/{id}/manifest")
    ManifestView rows(@PathVariable UUID id) {
        return ManifestView.of(manifests.rows(id), problems);
    }

    /** {@code SAME_PERSON} (with {@code personId}), {@code NEW_PERSON}, or {@code SAME_AS_ROW} (with {@code row}). */
    @PostMapping("/api/v1/arrivals/{id}/manifest/rows/{rowId}/decision")
    RowView decide(@PathVariable UUID id, @PathVariable UUID rowId, @RequestBody Decision decision) {
        if (decision.version() == null) {
            throw InvalidInputException.of("version", "error.required");
        }
        String kind = decision.decision() == null ? "" : decision.decision();
        ManifestRow decided = switch (kind) {
            case "SAME_PERSON" -> {
                if (decision.personId() == null) {
                    throw InvalidInputException.of("personId", "error.required");
                }
                yield decisions.sameAs(id, rowId, decision.version(), decision.personId());
            }
            case "NEW_PERSON" -> decisions.newPerson(id, rowId, decision.version());
            case "SAME_AS_ROW" -> {
                if (decision.row() == null) {
                    throw InvalidInputException.of("row", "error.required");
                }
                yield decisions.sameAsRow(id, rowId, decision.version(), decision.row());
            }
            default -> throw InvalidInputException.of("decision", "error.unknown-value", kind.length() > 40 ? kind.substring(0, 40) : kind);
        };
        return RowView.of(decided, problems);
    }

    @PostMapping("/api/v1/arrivals/{id}/manifest/accept-confident")
    Map<String, Integer> acceptConfident(@PathVariable UUID id) {
        return Map.of("accepted", decisions.acceptConfident(id));
    }

    @PostMapping("/api/v1/arrivals/{id}/manifest/register-new")
    Map<String, Integer> registerNew(@PathVariable UUID id) {
        return Map.of("registered", batches.registerNew(id).persons());
    }
}
