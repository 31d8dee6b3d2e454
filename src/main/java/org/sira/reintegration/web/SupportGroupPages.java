package org.sira.reintegration.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sira.reintegration.AttendanceInput;
import org.sira.reintegration.GroupSessionInput;
import org.sira.reintegration.GroupSessionView;
import org.sira.reintegration.GroupSessions;
import org.sira.reintegration.LeaveInput;
import org.sira.reintegration.MemberInput;
import org.sira.reintegration.SupportGroupInput;
import org.sira.reintegration.SupportGroupView;
import org.sira.reintegration.SupportGroups;
import org.sira.reintegration.internal.Entries;
import org.sira.shared.DomainException;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.Paging;
import org.sira.shared.web.ProblemFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Support groups: the list (and a new group), a group's page (its members, sessions and details),
 * and a session's attendance, ticked on a phone and saved at once.
 */
@Controller
@PreAuthorize("hasAuthority('CASEWORK')")
class SupportGroupPages {

    private final SupportGroups groups;
    private final GroupSessions sessions;
    private final ProblemFactory problems;
    private final Clock clock;

    SupportGroupPages(SupportGroups groups, GroupSessions sessions, ProblemFactory problems, Clock clock) {
        this.groups = groups;
        this.sessions = sessions;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/support-groups")
    String list(@RequestParam(defaultValue = "true") String active, @RequestParam(defaultValue = "0") int page, Model model) {
        return list(active, page, Map.of("startedOn", today(), "requestKey", UUID.randomUUID().toString()), Map.of(), model);
    }

    @PostMapping("/support-groups")
    String create(@RequestParam Map<String, String> form, Model model) {
        try {
            SupportGroupView created = groups.create(new SupportGroupInput(form.get("name"), form.get("facilitator"),
                    form.get("place"), form.get("startedOn"), true, null), form.get("requestKey")).group();
            return "redirect:/support-groups/" + created.id() + "?saved";
        } catch (InvalidInputException e) {
            return list("true", 0, form, problems.fieldMessages(e.errors()), model);
        }
    }

    @GetMapping("/support-groups/{id}")
    String group(@PathVariable UUID id, Model model) {
        return group(groups.find(id), defaults(), Map.of(), null, model);
    }

    @PostMapping("/support-groups/{id}/{step}")
    String step(@PathVariable UUID id, @PathVariable String step, @RequestParam Map<String, String> form, Model model) {
        try {
            switch (step) {
                case "details" -> groups.update(id, new SupportGroupInput(form.get("name"), form.get("facilitator"),
                        form.get("place"), form.get("startedOn"), "true".equals(form.get("active")), Entries.version(form.get("version"))));
                case "members" -> groups.join(id, new MemberInput(null, form.get("fileNumber"), form.get("joinedOn")));
                case "leave" -> groups.leave(id, uuid(form.get("memberId")), new LeaveInput(form.get("leftOn")));
                case "sessions" -> {
                    GroupSessionView added = sessions.add(id, new GroupSessionInput(form.get("date"), form.get("theme")),
                            form.get("requestKey")).session();
                    return "redirect:/support-groups/" + id + "/sessions/" + added.id();
                }
                default -> throw new NotFoundException("PAGE", step);
            }
            return "redirect:/support-groups/" + id + "?saved";
        } catch (InvalidInputException e) {
            Map<String, String> typed = new LinkedHashMap<>(defaults());
            typed.putAll(form);
            return group(groups.find(id), typed, problems.fieldMessages(e.errors()), null, model);
        } catch (DomainException refused) {
            if (refused instanceof NotFoundException) {
                throw refused;
            }
            return group(groups.find(id), defaults(), Map.of(), problems.message(refused.messageKey(), refused.arguments()), model);
        }
    }

    @GetMapping("/support-groups/{id}/sessions/{sessionId}")
    String session(@PathVariable UUID id, @PathVariable UUID sessionId, Model model) {
        return session(sessions.find(id, sessionId), null, model);
    }

    /** The ticked boxes are the present members' person ids; unticked ones send nothing. */
    @PostMapping("/support-groups/{id}/sessions/{sessionId}")
    String attendance(@PathVariable UUID id, @PathVariable UUID sessionId, @RequestParam MultiValueMap<String, String> form,
                      Model model) {
        List<String> present = form.getOrDefault("present", List.of());
        try {
            sessions.recordAttendance(id, sessionId, new AttendanceInput(present, Entries.version(form.getFirst("version"))));
            return "redirect:/support-groups/" + id + "?attendance";
        } catch (DomainException refused) {
            if (refused instanceof NotFoundException) {
                throw refused;
            }
            String message = refused instanceof InvalidInputException invalid
                    ? String.join(" ", problems.fieldMessages(invalid.errors()).values())
                    : problems.message(refused.messageKey(), refused.arguments());
            return session(sessions.find(id, sessionId), message, model);
        }
    }

    private String list(String active, int page, Map<String, String> form, Map<String, String> errors, Model model) {
        Boolean which = "all".equals(active) ? null : !"false".equals(active);
        model.addAttribute("groups", groups.list(which, new Paging(page, 50)));
        model.addAttribute("active", which == null ? "all" : which.toString());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "reintegration/groups";
    }

    private String group(SupportGroupView group, Map<String, String> form, Map<String, String> errors, String refusal, Model model) {
        Map<String, Object> filled = new LinkedHashMap<>(Map.of("name", group.name(), "facilitator", group.facilitator(),
                "place", group.place(), "startedOn", group.startedOn().toString()));
        filled.putAll(form);
        model.addAttribute("group", group);
        model.addAttribute("form", filled);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "reintegration/group";
    }

    private String session(GroupSessionView session, String refusal, Model model) {
        model.addAttribute("groupSession", session);
        model.addAttribute("refusal", refusal);
        return "reintegration/attendance";
    }

    private Map<String, String> defaults() {
        return Map.of("joinedOn", today(), "date", today(), "leftOn", today(), "requestKey", UUID.randomUUID().toString());
    }

    private String today() {
        return LocalDate.now(clock).toString();
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(String.valueOf(value).strip());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("SUPPORT_GROUP_MEMBER", value);
        }
    }
}
