package org.sira.security.web;

import java.util.Map;

import jakarta.validation.constraints.Size;

import org.sira.security.PasswordChanges;
import org.sira.security.SignedInSession;
import org.sira.security.UserAccounts;
import org.sira.shared.InvalidInputException;
import org.sira.shared.web.ProblemFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The login page, the page where users see who they are and what they may do, and their password. */
@Controller
class AccountPages {

    private final UserAccounts accounts;
    private final PasswordChanges passwords;
    private final SignedInSession session;
    private final ProblemFactory problems;

    AccountPages(UserAccounts accounts, PasswordChanges passwords, SignedInSession session, ProblemFactory problems) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.session = session;
        this.problems = problems;
    }

    record PasswordForm(@Size(max = 1000) String currentPassword, @Size(max = 1000) String newPassword,
                        @Size(max = 1000) String confirmation) {
    }

    @GetMapping("/login")
    String login() {
        return "security/login";
    }

    @GetMapping("/account")
    String account(Authentication authentication, Model model) {
        model.addAttribute("account", accounts.findByUsername(authentication.getName()).orElseThrow());
        return "security/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Authentication authentication, Model model) {
        return passwordPage(authentication, model, Map.of());
    }

    @PostMapping("/account/password")
    String changePassword(@ModelAttribute PasswordForm form, Authentication authentication, Model model) {
        if (form.newPassword() != null && !form.newPassword().equals(form.confirmation())) {
            return passwordPage(authentication, model, Map.of("confirmation", problems.message("password.confirmation.mismatch")));
        }
        try {
            session.carryOn(passwords.changeOwn(authentication.getName(), form.currentPassword(), form.newPassword()));
            return "redirect:/account?password-changed";
        } catch (InvalidInputException e) {
            return passwordPage(authentication, model, problems.fieldMessages(e.errors()));
        }
    }

    private String passwordPage(Authentication authentication, Model model, Map<String, String> errors) {
        model.addAttribute("account", accounts.findByUsername(authentication.getName()).orElseThrow());
        model.addAttribute("errors", errors);
        return "security/password";
    }
}
