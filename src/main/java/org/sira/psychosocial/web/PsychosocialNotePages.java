package org.sira.psychosocial.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.sira.people.PersonRegistry;
import org.sira.psychosocial.NoteInput;
import org.sira.psychosocial.PsychosocialNotes;
import org.sira.shared.InvalidInputException;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.sira.shared.web.ProblemFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The counsellor's page of a person's session notes: the notes, oldest first, and a form for today's. */
@Controller
@PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
class PsychosocialNotePages {

    private final PsychosocialNotes notes;
    private final PersonRegistry persons;
    private final ProblemFactory problems;

    PsychosocialNotePages(PsychosocialNotes notes, PersonRegistry persons, ProblemFactory problems) {
        this.notes = notes;
        this.persons = persons;
        this.problems = problems;
    }

    @GetMapping("/persons/{id}/psychosocial-notes")
    String page(@PathVariable UUID id, Model model) {
        return page(id, new NoteInput(null, LocalDate.now().toString()), Map.of(), model);
    }

    @PostMapping("/persons/{id}/psychosocial-notes")
    String add(@PathVariable UUID id, @Valid @ModelAttribute("note") NoteInput input, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            return page(id, input, problems.fieldMessages(binding), model);
        }
        if (!notes.keyIsRight()) {
            return page(id, input, Map.of(), model);
        }
        try {
            notes.add(id, input);
            return "redirect:/persons/" + id + "/psychosocial-notes?saved";
        } catch (InvalidInputException e) {
            return page(id, input, problems.fieldMessages(e.errors()), model);
        }
    }

    private String page(UUID id, NoteInput input, Map<String, String> errors, Model model) {
        model.addAttribute("personView", persons.findView(id));
        boolean keyIsRight = notes.keyIsRight();
        model.addAttribute("keyIsRight", keyIsRight);
        model.addAttribute("notes", keyIsRight ? notes.of(id, new Paging(0, PageOf.MAX_SIZE)) : PageOf.empty());
        model.addAttribute("note", input);
        model.addAttribute("errors", errors);
        return "psychosocial/notes";
    }
}
