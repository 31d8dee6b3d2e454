package org.sira.people.web;

import java.util.UUID;

import org.sira.people.RegistryDuplicates;
import org.sira.shared.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The possible duplicates of the registry, for those who merge records. */
@Controller
class DuplicatePages {

    private final RegistryDuplicates duplicates;

    DuplicatePages(RegistryDuplicates duplicates) {
        this.duplicates = duplicates;
    }

    @GetMapping("/persons/duplicates")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("status", duplicates.status());
        model.addAttribute("result", duplicates.pairs(new Paging(Math.max(0, page), 20)));
        return "people/duplicates";
    }

    @PostMapping("/persons/duplicates/search")
    String searchNow(RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", duplicates.searchNow() ? "duplicates.started" : "duplicates.already-running");
        return "redirect:/persons/duplicates";
    }

    @PostMapping("/persons/duplicates/not-same")
    String notTheSamePerson(@RequestParam UUID first, @RequestParam UUID second, RedirectAttributes redirect) {
        duplicates.notTheSamePerson(first, second);
        redirect.addFlashAttribute("notice", "duplicates.dismissed");
        return "redirect:/persons/duplicates";
    }
}
