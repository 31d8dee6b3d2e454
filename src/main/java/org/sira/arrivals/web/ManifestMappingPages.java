package org.sira.arrivals.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.sira.arrivals.ArrivalGroups;
import org.sira.arrivals.ColumnMapping;
import org.sira.arrivals.internal.ManifestPreview;
import org.sira.arrivals.Manifests;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.sira.tabular.ColumnSample;
import org.sira.tabular.ImportField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The step between uploading a manifest and staging it, when its headings did not say what every
 * column holds: each column with its first values and a choice of field, recognised columns
 * already chosen. The file waits in {@link PendingManifests}; the form only carries the choices.
 */
@Controller
class ManifestMappingPages {

    private static final String COLUMN_PREFIX = "column.";

    private final Manifests manifests;
    private final ArrivalGroups groups;
    private final PendingManifests pending;
    private final ProblemFactory problems;

    ManifestMappingPages(Manifests manifests, ArrivalGroups groups, PendingManifests pending, ProblemFactory problems) {
        this.manifests = manifests;
        this.groups = groups;
        this.pending = pending;
        this.problems = problems;
    }

    /** A column as the page shows it, with the field chosen for it ({@code ""}: ignored) and its error. */
    record ColumnChoice(String name, String letter, String heading, List<String> values, String field, String error) {
    }

    record FieldOption(String value, String labelKey) {
    }

    @GetMapping("/arrivals/{id}/manifest/mapping/{key}")
    String mapping(@PathVariable UUID id, @PathVariable String key, HttpSession session, HttpServletResponse response,
                   Model model) {
        Optional<Path> file = pending.find(session, key, id);
        if (file.isEmpty()) {
            return gone(id, response, model);
        }
        ManifestPreview preview = manifests.preview(id, file.get());
        return page(id, key, preview, preview.proposed(), false, List.of(), model);
    }

    @PostMapping("/arrivals/{id}/manifest/mapping/{key}")
    String confirm(@PathVariable UUID id, @PathVariable String key, @RequestParam Map<String, String> form,
                   HttpSession session, HttpServletResponse response, Model model) throws IOException {
        Optional<Path> file = pending.find(session, key, id);
        if (file.isEmpty()) {
            return gone(id, response, model);
        }
        ManifestPreview preview = manifests.preview(id, file.get());
        boolean firstRowIsData = "true".equals(form.get("firstRowIsData"));
        Map<Integer, ImportField> chosen;
        try {
            chosen = chosen(form, preview);
        } catch (InvalidInputException tampered) {
            // Only a hand-made request names a column or a field the page never offered.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(id, key, preview, preview.proposed(), firstRowIsData, tampered.errors(), model);
        }
        ColumnMapping mapping;
        try {
            mapping = new ColumnMapping(chosen, firstRowIsData);
        } catch (InvalidInputException e) {
            // The file stays: the user corrects the choices, or cancels.
            return page(id, key, preview, chosen, firstRowIsData, e.errors(), model);
        }
        Optional<Path> claimed = pending.claim(session, key, id);
        if (claimed.isEmpty()) {
            return gone(id, response, model);
        }
        try {
            return ManifestPages.redirectAfter(id, manifests.stageNew(id, claimed.get(), mapping));
        } catch (InvalidInputException e) {
            // What is wrong now is the file itself (too many rows, damaged further down): it must be uploaded again.
            model.addAttribute("group", groups.find(id));
            model.addAttribute("failed", e.errors().stream().map(error -> problems.message(error.messageKey(), error.arguments()))
                    .toList());
            return "arrivals/manifest-mapping";
        } finally {
            Files.deleteIfExists(claimed.get());
        }
    }

    @PostMapping("/arrivals/{id}/manifest/mapping/{key}/cancel")
    String cancel(@PathVariable UUID id, @PathVariable String key, HttpSession session) {
        pending.discard(session, key);
        return "redirect:/arrivals/" + id + "/manifest";
    }

    /** The field chosen for each column of the form, refusing columns and fields the page did not offer. */
    private static Map<Integer, ImportField> chosen(Map<String, String> form, ManifestPreview preview) {
        Set<Integer> columns = preview.columns().stream().map(ColumnSample::index).collect(Collectors.toSet());
        Map<Integer, ImportField> chosen = new HashMap<>();
        for (Map.Entry<String, String> entry : form.entrySet()) {
            if (!entry.getKey().startsWith(COLUMN_PREFIX)) {
                continue;
            }
            Integer column = index(entry.getKey().substring(COLUMN_PREFIX.length()));
            ImportField field = Manifests.FIELDS.stream().filter(f -> f.name().equals(entry.getValue())).findFirst().orElse(null);
            if (column == null || !columns.contains(column) || (field == null && !entry.getValue().isEmpty())) {
                throw InvalidInputException.of("columns", "manifest.mapping.tampered");
            }
            if (field != null) {
                chosen.put(column, field);
            }
        }
        return chosen;
    }

    private static Integer index(String digits) {
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(digits);
    }

    private String page(UUID id, String key, ManifestPreview preview, Map<Integer, ImportField> chosen,
                        boolean firstRowIsData, List<FieldError> errors, Model model) {
        Map<String, String> messages = problems.fieldMessages(errors);
        List<ColumnChoice> columns = new ArrayList<>();
        for (ColumnSample column : preview.columns()) {
            String name = ColumnMapping.field(column.index());
            ImportField field = chosen.get(column.index());
            columns.add(new ColumnChoice(name, column.letter(), column.heading(), column.values(),
                    field == null ? "" : field.name(), messages.get(name)));
        }
        model.addAttribute("group", groups.find(id));
        model.addAttribute("key", key);
        model.addAttribute("columns", columns);
        model.addAttribute("fields", Manifests.FIELDS.stream()
                .map(f -> new FieldOption(f.name(), ColumnMapping.labelKey(f))).toList());
        model.addAttribute("firstRowIsData", firstRowIsData);
        model.addAttribute("errors", errors.stream().map(e -> problems.message(e.messageKey(), e.arguments()))
                .distinct().toList());
        return "arrivals/manifest-mapping";
    }

    /** Unknown key, another session's key, or a file kept too long: the same answer for all three. */
    private String gone(UUID id, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("group", groups.find(id));
        model.addAttribute("gone", true);
        return "arrivals/manifest-mapping";
    }
}
