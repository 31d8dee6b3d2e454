package org.sira.security.web;

import org.sira.security.UserAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the page where users see who they are and what they may do. */
@Controller
class AccountPages {

    private final UserAccounts accounts;

    AccountPages(UserAccounts accounts) {
        this.accounts = accounts;
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
}
