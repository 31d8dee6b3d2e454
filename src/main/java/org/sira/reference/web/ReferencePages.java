package org.sira.reference.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sira.reference.AdminDivision;
import org.sira.reference.ReferenceData;
import org.sira.shared.InvalidInputException;
import org.sira.shared.StaleRecordException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The admin's page for reference lists: regions and their cercles, 2023 links, name corrections. */
@Controller
@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
class ReferencePages {

    private final ReferenceData reference;
    private final ProblemFactory problems;

    ReferencePages(ReferenceData reference, ProblemFactory problems) {
        this.reference = reference;
        this.problems = problems;
    }

    @GetMapping("/admin/reference")
    String page(@RequestParam(required = false) String region, Model model) {
        return render(model, region, Map.of());
    }

    @PostMapping("/admin/reference/links")
    String link(@RequestParam String regionCode, @RequestParam String cercleCode, @RequestParam String source, Model model) {
        try {
            reference.linkCercle(regionCode, cercleCode, source);
            return "redirect:/admin/reference?saved";
        } catch (InvalidInputException e) {
            return render(model, null, problems.fieldMessages(e.errors()));
        }
    }

    @PostMapping("/admin/reference/rename")
    String rename(@RequestParam String code, @RequestParam int version, @RequestParam String name, Model model) {
        try {
            reference.rename(code, version, name);
            AdminDivision renamed = reference.division(code).orElseThrow();
            String region = renamed.level() == AdminDivision.Level.REGION ? code : null;
            return "redirect:/admin/reference?saved" + (region == null ? "" : "&region=" + region);
        } catch (InvalidInputException e) {
            return render(model, null, problems.fieldMessages(e.errors()));
        } catch (StaleRecordException e) {
            return render(model, null, Map.of("name", problems.message("error.stale", "ADMIN_DIVISION", code)));
        }
    }

    private String render(Model model, String regionCode, Map<String, String> errors) {
        List<AdminDivision> regions = reference.regions();
        Set<String> linked = reference.cercleLinks().stream().map(ReferenceData.CercleLink::cercleCode).collect(Collectors.toSet());
        List<AdminDivision> unlinkedCercles = reference.allDivisions().stream()
                .filter(d -> d.level() == AdminDivision.Level.CERCLE && !linked.contains(d.code()))
                .sorted(java.util.Comparator.comparing(AdminDivision::name)).toList();
        model.addAttribute("regions", regions);
        model.addAttribute("regions2023", regions.stream().filter(r -> r.sinceYear() != null).toList());
        model.addAttribute("links", reference.cercleLinks());
        model.addAttribute("unlinkedCercles", unlinkedCercles);
        model.addAttribute("errors", errors);
        reference.region(regionCode).ifPresent(region -> {
            model.addAttribute("selected", region);
            Map<AdminDivision, List<AdminDivision>> cercles = new LinkedHashMap<>();
            reference.children(region.code()).forEach(cercle -> cercles.put(cercle, reference.children(cercle.code())));
            model.addAttribute("cercles", cercles);
        });
        return "admin/reference";
    }

}
