package org.sira.support;

import java.util.EnumSet;

import org.sira.security.Role;
import org.sira.security.UserAccounts;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** One real user per role (created once per test database), logged in through HTTP Basic. */
@Component
public class TestUsers {

    public static final String PASSWORD = "a long test passphrase 42";

    private final UserAccounts accounts;
    private final TransactionTemplate transaction;

    private final UserDetailsService userDetails;

    TestUsers(UserAccounts accounts, TransactionTemplate transaction, UserDetailsService userDetails) {
        this.accounts = accounts;
        this.userDetails = userDetails;
        this.transaction = transaction;
    }

    public RequestPostProcessor as(Role role) {
        return httpBasic(ensure(role), PASSWORD);
    }

    /** For pages, which have no HTTP Basic door: the same user, as a logged-in session would carry them. */
    public RequestPostProcessor page(Role role) {
        return user(userDetails.loadUserByUsername(ensure(role)));
    }

    public synchronized String ensure(Role role) {
        String username = "test-" + role.name().toLowerCase();
        if (accounts.findByUsername(username).isEmpty()) {
            create(username, role);
        }
        return username;
    }

    public void create(String username, Role role) {
        {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("test-setup", null));
            try {
                transaction.executeWithoutResult(s -> accounts.create(
                        new UserAccounts.NewUser(username, PASSWORD, EnumSet.of(role), "Test " + role)));
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
    }
}
