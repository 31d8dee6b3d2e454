package org.sira.arrivals.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.sira.arrivals.ArrivalGroups;
import org.sira.arrivals.internal.ManifestRow;
import org.sira.arrivals.internal.ListedPerson;
import org.sira.arrivals.ManifestBatches;
import org.sira.arrivals.ManifestCorrections;
import org.sira.arrivals.internal.RowCorrection;
import org.sira.arrivals.ManifestDecisions;
import org.sira.arrivals.Manifests;
import org.sira.people.BirthDate;
import org.sira.people.PersonRegistry;
import org.sira.people.PersonView;
import org.sira.people.PlainWords;
import org.sira.shared.FieldError;
import org.sira.shared.Folding;
import org.sira.shared.InvalidInputException;
import org.sira.shared.StaleRecordException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.sira.shared.web.Uploads;
import org.springframework.web.multipart.MultipartFile;

/** Loading a manifest and reviewing its rows: doubtful ones side by side, confident ones in one go. */
@Controller
class ManifestPages {

    private final Manifests manifests;
    private final ManifestDecisions decisions;
    private final ArrivalGroups groups;
    private final PersonRegistry persons;
    private final ProblemFactory problems;
    private final PendingManifests pending;
    private final Uploads uploads;
    private final PlainWords plainWords;
    private final ManifestBatches batches;
    private final ManifestCorrections corrections;

    ManifestPages(Manifests manifests, ManifestDecisions decisions, ArrivalGroups groups, PersonRegistry persons,
                  ProblemFactory problems, PendingManifests pending, Uploads uploads, PlainWords plainWords,
                  ManifestBatches batches, ManifestCorrections corrections) {
        this.corrections = corrections;
        this.batches = batches;
        this.manifests = manifests;
        this.decisions = decisions;
        this.plainWords = plainWords;
        this.pending = pending;
        this.uploads = uploads;
        this.groups = groups;
        this.persons = persons;
        this.problems = problems;
    }

    @GetMapping("/arrivals/{id}/manifest")
    String review(@PathVariable UUID id, Model model) {
        List<ManifestRow> rows = manifests.rows(id);
        model.addAttribute("group", groups.find(id));
        model.addAttribute("doubtful", rows.stream().filter(ManifestRow::doubtful).toList());
        model.addAttribute("confident", rows.stream().filter(ManifestRow::confident).toList());
        model.addAttribute("unknown", rows.stream().filter(ManifestRow::unknown).toList());
        model.addAttribute("reserved", rows.stream().filter(ManifestRow::reserved).toList());
        model.addAttribute("invalid", rows.stream().filter(r -> r.status() == ManifestRow.Status.INVALID).toList());
        model.addAttribute("decided", rows.stream().filter(r -> r.status() != ManifestRow.Status.PENDING
                && r.status() != ManifestRow.Status.INVALID).toList());
        model.addAttribute("total", rows.size());
        model.addAttribute("undoable", org.sira.security.CurrentUser.may(org.sira.security.Permission.PERSON_WRITE)
                ? batches.undoable(id).orElse(null) : null);
        return "arrivals/manifest";
    }

    /**
     * Stages the file at once when its headings say what every column holds; otherwise keeps it
     * and asks the user first (see {@link ManifestMappingPages}).
     */
    @PostMapping("/arrivals/{id}/manifest")
    String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file, HttpSession session, Model model)
            throws IOException {
        Path upload = uploads.store(file, "sira-manifest-");
        try {
            if (manifests.preview(id, upload).needsMapping()) {
                String key = pending.keep(session, id, upload);
                return "redirect:/arrivals/" + id + "/manifest/mapping/" + key;
            }
            return redirectAfter(id, manifests.stageNew(id, upload));
        } catch (InvalidInputException e) {
            model.addAttribute("uploadErrors", e.errors().stream()
                    .map(error -> problems.message(error.messageKey(), error.arguments())).toList());
            return review(id, model);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    @PostMapping("/arrivals/{id}/manifest/accept-confident")
    String acceptConfident(@PathVariable UUID id) {
        int accepted = decisions.acceptConfident(id);
        return "redirect:/arrivals/" + id + "/manifest?accepted=" + accepted;
    }

    /** Every row nobody is known for, registered as a new person with the group's return, in one action. */
    @PostMapping("/arrivals/{id}/manifest/register-new")
    String registerNew(@PathVariable UUID id) {
        return "redirect:/arrivals/" + id + "/manifest?registered=" + batches.registerNew(id).persons();
    }

    /** The night's "register all new" undone: its persons voided, their returns removed, their rows pending again. */
    @PostMapping("/arrivals/{id}/manifest/batches/{batchId}/undo")
    String undo(@PathVariable UUID id, @PathVariable UUID batchId, Model model) {
        try {
            return "redirect:/arrivals/" + id + "/manifest?undone=" + batches.undo(id, batchId);
        } catch (org.sira.shared.NotFoundException e) {
            throw e;
        } catch (org.sira.shared.DomainException e) {
            model.addAttribute("uploadErrors", List.of(problems.message(e.messageKey(), e.arguments())));
            return review(id, model);
        }
    }

    /** One field of the row beside the same field of each candidate, with the differences marked. */
    record Comparison(String labelKey, String row, List<String> candidates, List<Boolean> differs) {
    }

    @GetMapping("/arrivals/{id}/manifest/{rowId}")
    String compare(@PathVariable UUID id, @PathVariable UUID rowId, Model model) {
        ManifestRow row = manifests.row(id, rowId);
        // Each person beside their own score: a candidate not found (merged away since) drops out with it.
        List<PersonView> candidates = new ArrayList<>();
        List<ManifestRow.StagedCandidate> scores = new ArrayList<>();
        for (ManifestRow.StagedCandidate c : row.candidates()) {
            try {
                candidates.add(persons.findView(c.personId()));
                scores.add(c);
            } catch (org.sira.shared.NotFoundException gone) {
                // Left out, score and all.
            }
        }
        ListedPerson said = row.person();
        List<Comparison> lines = new ArrayList<>();
        lines.add(line("field.familyName", said.familyName(), candidates, PersonView::familyName));
        lines.add(line("field.givenNames", said.givenNames(), candidates, PersonView::givenNames));
        lines.add(line("field.sex", said.sex() == null ? null : said.sex().name(), candidates, p -> p.sex() == null ? null : p.sex().name()));
        lines.add(line("field.birthDate", shown(said.birthDate()), candidates,
                p -> p.birthDate() == null ? null : shown(new BirthDate(p.birthDate(), p.birthDatePrecision()))));
        lines.add(line("field.fatherGivenName", said.fatherGivenName(), candidates, PersonView::fatherGivenName));
        lines.add(line("field.motherName", said.motherName(), candidates, PersonView::motherName));
        lines.add(line("field.originRegion", said.originRegion(), candidates, PersonView::originRegion));
        lines.add(line("field.originCommune", said.originCommune(), candidates, PersonView::originCommune));
        lines.add(line("field.phone", said.phone(), candidates, PersonView::phone));
        lines.add(line("field.documentNumber", said.documentNumber(), candidates, PersonView::documentNumber));
        model.addAttribute("group", groups.find(id));
        model.addAttribute("row", row);
        model.addAttribute("sameRow", row.sameAsRow() == null ? null : manifests.rows(id).stream()
                .filter(r -> r.row() == row.sameAsRow()).findFirst().orElse(null));
        if (!model.containsAttribute("correction")) {
            model.addAttribute("correction", new RowCorrection(said.familyName(), said.givenNames(),
                    said.sex() == null ? null : said.sex().name(), shown(said.birthDate())));
        }
        model.addAttribute("people", candidates);
        model.addAttribute("lines", lines);
        model.addAttribute("scores", scores);
        model.addAttribute("explanations", scores.stream().map(c -> plainWords.explain(c.evidence())).toList());
        return "arrivals/manifest-row";
    }

    /** The row corrected where it is listed, and matched again at once; what does not read as a person is said beside it. */
    @PostMapping("/arrivals/{id}/manifest/{rowId}/correct")
    String correct(@PathVariable UUID id, @PathVariable UUID rowId, @RequestParam int version,
                   @jakarta.validation.Valid @org.springframework.web.bind.annotation.ModelAttribute("correction") RowCorrection correction,
                   org.springframework.validation.BindingResult binding, Model model) {
        try {
            if (binding.hasErrors()) {
                throw InvalidInputException.of("row", "error.invalid");
            }
            corrections.correct(id, rowId, version, correction);
            return "redirect:/arrivals/" + id + "/manifest/" + rowId + "?corrected";
        } catch (StaleRecordException e) {
            return "redirect:/arrivals/" + id + "/manifest/" + rowId + "?stale";
        } catch (InvalidInputException e) {
            // Beside the field it concerns, and all together above the form.
            java.util.Map<String, String> byField = new java.util.HashMap<>();
            e.errors().forEach(error -> byField.putIfAbsent(error.field(), problems.message(error.messageKey(), error.arguments())));
            model.addAttribute("errors", byField);
            model.addAttribute("correctionErrors", List.copyOf(byField.values()));
            return compare(id, rowId, model);
        } catch (org.sira.shared.NotFoundException e) {
            throw e;
        } catch (org.sira.shared.DomainException e) {
            model.addAttribute("correctionErrors", List.of(problems.message(e.messageKey(), e.arguments())));
            return compare(id, rowId, model);
        }
    }

    @PostMapping("/arrivals/{id}/manifest/{rowId}")
    String decide(@PathVariable UUID id, @PathVariable UUID rowId, @RequestParam String decision,
                  @RequestParam int version, @RequestParam(required = false) UUID personId,
                  @RequestParam(required = false) Integer otherRow, Model model) {
        try {
            switch (decision) {
                case "SAME_PERSON" -> decisions.sameAs(id, rowId, version, Objects.requireNonNull(personId, "personId"));
                case "NEW_PERSON" -> decisions.newPerson(id, rowId, version);
                case "SAME_AS_ROW" -> decisions.sameAsRow(id, rowId, version, Objects.requireNonNull(otherRow, "otherRow"));
                default -> throw InvalidInputException.of("decision", "error.unknown-value", decision);
            }
            return "redirect:/arrivals/" + id + "/manifest?decided";
        } catch (StaleRecordException e) {
            return "redirect:/arrivals/" + id + "/manifest?stale";
        } catch (InvalidInputException | NullPointerException e) {
            model.addAttribute("decisionError", e instanceof InvalidInputException invalid
                    ? invalid.errors().stream().map(error -> problems.message(error.messageKey(), error.arguments())).toList()
                    : List.of(problems.message("error.required")));
            return compare(id, rowId, model);
        } catch (org.sira.shared.NotFoundException e) {
            throw e;
        } catch (org.sira.shared.DomainException e) {
            model.addAttribute("decisionError", List.of(problems.message(e.messageKey(), e.arguments())));
            return compare(id, rowId, model);
        }
    }

    private static Comparison line(String key, String value, List<PersonView> candidates,
                                   java.util.function.Function<PersonView, String> field) {
        List<String> values = candidates.stream().map(field).toList();
        // A blank on either side says nothing against the other: only two values that disagree are marked.
        List<Boolean> differs = values.stream().map(v -> !blank(v) && !blank(value) && !Folding.fold(v).equals(Folding.fold(value)))
                .toList();
        return new Comparison(key, value, values, differs);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A date as people here write it: 14/03/1990, 03/1990, 1990 or ~1990. */
    static String shown(BirthDate date) {
        if (date == null) {
            return null;
        }
        return date.precision() == org.sira.people.DatePrecision.DAY
                ? date.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) : date.display();
    }

    /** The review, saying how many rows of a list uploaded again were already staged and left out. */
    static String redirectAfter(UUID groupId, Manifests.StagedManifest staged) {
        return "redirect:/arrivals/" + groupId + "/manifest"
                + (staged.skipped() > 0 ? "?skipped=" + staged.skipped() + "&added=" + staged.rows().size() : "");
    }
}
