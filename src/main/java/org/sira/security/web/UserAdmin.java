package org.sira.security.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.sira.security.AuditLog;
import org.sira.security.Role;
import org.sira.security.UserAccounts;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.StaleRecordException;
import org.sira.shared.Paging;
import org.sira.shared.web.ProblemFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Admin pages for users and the audit log. */
@Controller
class UserAdmin {

    private final UserAccounts accounts;
    private final AuditLog audit;
    private final ProblemFactory problems;

    UserAdmin(UserAccounts accounts, AuditLog audit, ProblemFactory problems) {
        this.accounts = accounts;
        this.audit = audit;
        this.problems = problems;
    }

    record UserRequest(@Size(max = 100) String username, @Size(max = 300) String password, List<String> roles,
                       @Size(max = 300) String displayName) {

        UserAccounts.NewUser toNewUser() {
            return new UserAccounts.NewUser(username, password, parseRoles(roles), displayName);
        }
    }

    /** The edit form of one account. */
    record UserForm(List<String> roles, @Size(max = 300) String displayName, Integer version) {
    }

    static Set<Role> parseRoles(List<String> roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String role : roles == null ? List.<String>of() : roles) {
            try {
                parsed.add(Role.valueOf(String.valueOf(role).strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("roles", "error.unknown-value", String.valueOf(role));
            }
        }
        return parsed;
    }

    @GetMapping("/admin/users")
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    String list(Model model) {
        return page(model, new UserRequest(null, null, List.of(), null), Map.of());
    }

    @PostMapping("/admin/users")
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    String create(@ModelAttribute UserRequest request, Model model) {
        try {
            accounts.create(request.toNewUser());
            return "redirect:/admin/users?saved";
        } catch (InvalidInputException e) {
            return page(model, new UserRequest(request.username(), null, request.roles(), request.displayName()),
                    problems.fieldMessages(e.errors()));
        }
    }

    @PostMapping("/admin/users/{id}/enabled")
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, Model model) {
        try {
            accounts.setEnabled(id, enabled);
            return "redirect:/admin/users?updated";
        } catch (InvalidInputException e) {
            return page(model, new UserRequest(null, null, List.of(), null), problems.fieldMessages(e.errors()));
        }
    }

    @GetMapping("/admin/users/{id}")
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    String edit(@PathVariable UUID id, Model model) {
        UserAccounts.UserAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("USER", id));
        return editPage(model, account, new UserForm(account.roles().stream().map(Role::name).toList(),
                account.displayName(), account.version()), Map.of());
    }

    @PostMapping("/admin/users/{id}")
    @PreAuthorize("hasAuthority('USER_MANAGE')")
    String change(@PathVariable UUID id, @ModelAttribute UserForm form, Model model) {
        UserAccounts.UserAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("USER", id));
        try {
            accounts.change(id, new UserAccounts.AccountChange(null, parseRoles(form.roles()), form.displayName(), form.version()));
            return "redirect:/admin/users?updated";
        } catch (InvalidInputException e) {
            return editPage(model, account, form, problems.fieldMessages(e.errors()));
        } catch (StaleRecordException e) {
            UserAccounts.UserAccount now = accounts.findById(id).orElseThrow();
            return editPage(model, now, new UserForm(form.roles(), form.displayName(), now.version()),
                    Map.of("form", problems.message(e.messageKey(), e.arguments())));
        }
    }

    @GetMapping("/admin/audit")
    @PreAuthorize("hasAuthority('AUDIT_READ')")
    String audit(@RequestParam(required = false) String recordId, @RequestParam(required = false) String actor,
                 @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean verify,
                 Model model) {
        Optional<String> record = Optional.ofNullable(recordId).map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 100);
        Optional<String> who = Optional.ofNullable(actor).map(String::strip).filter(s -> !s.isEmpty() && s.length() <= 100);
        model.addAttribute("entries", audit.browse(record, who, new Paging(page, 50)));
        model.addAttribute("recordId", record.orElse(""));
        model.addAttribute("actor", who.orElse(""));
        if (verify) {
            // Reads the whole log: done only when asked.
            model.addAttribute("verified", true);
            model.addAttribute("chainBroken", audit.verifyChain().orElse(null));
        }
        return "security/audit";
    }

    private String editPage(Model model, UserAccounts.UserAccount account, UserForm form, Map<String, String> errors) {
        model.addAttribute("account", account);
        model.addAttribute("roles", Role.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "security/user-edit";
    }

    private String page(Model model, UserRequest request, Map<String, String> errors) {
        model.addAttribute("users", accounts.all());
        model.addAttribute("roles", Role.values());
        model.addAttribute("form", request);
        model.addAttribute("errors", errors);
        return "security/users";
    }
}
