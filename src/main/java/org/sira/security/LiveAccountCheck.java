package org.sira.security;

import java.io.IOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.sira.security.signin.PendingSecondFactor;
import org.sira.shared.web.ProblemFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request is checked against the account as it is now, not as it was at sign-in: a session
 * whose account was disabled, locked, removed, given other roles or a new password elsewhere
 * ends at once (sessions live up to 8 hours, and a disabled counsellor must not keep reading
 * notes). One read of the account by its unique name per request; it holds across several
 * application nodes and after changes made directly in the database. It also keeps an account
 * whose password must be changed away from everything but the change.
 */
@Component
class LiveAccountCheck {

    static final String PASSWORD_PAGE = "/account/password";
    static final String PASSWORD_API = "/api/v1/users/me/password";

    private final UserAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final ProblemFactory problems;
    private final JsonMapper json;

    LiveAccountCheck(UserAccounts accounts, AuditLog audit, Clock clock, ProblemFactory problems, JsonMapper json) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.problems = problems;
        this.json = json;
    }

    /** For both security filter chains, after authentication and before authorisation. */
    Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (admits(request, response)) {
                    chain.doFilter(request, response);
                }
            }
        };
    }

    private boolean admits(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isStatic(path)) {
            // Style sheets and scripts reveal nothing: no need to read the account for each of them.
            return true;
        }
        boolean api = path.startsWith("/api/");
        Optional<UserAccounts.UserAccount> account = accounts.findByUsername(authentication.getName());
        if (account.isEmpty() || !stillValid(account.get(), authentication.getPrincipal())) {
            end(request, response, api, authentication.getName());
            return false;
        }
        // While the second step of a sign-in is pending, that step leads; the change of password follows it.
        boolean secondStepPending = authentication.getAuthorities().stream()
                .anyMatch(granted -> PendingSecondFactor.AUTHORITY.equals(granted.getAuthority()));
        if (account.get().mustChangePassword() && !secondStepPending && !allowedBeforeTheChange(request, path, api)) {
            if (api) {
                write(response, problems.problem(HttpStatus.FORBIDDEN, "password-change-required", "error.password-change-required"));
            } else {
                redirect(request, response, PASSWORD_PAGE);
            }
            return false;
        }
        return true;
    }

    /** Principals from elsewhere (tests, a later sign-in method) are checked on the account's state alone. */
    private boolean stillValid(UserAccounts.UserAccount account, Object principal) {
        boolean sameEpoch = !(principal instanceof SiraUserDetails.SiraUser user) || user.sessionEpoch() == account.sessionEpoch();
        return account.enabled() && !account.lockedAt(OffsetDateTime.now(clock)) && sameEpoch;
    }

    private static boolean allowedBeforeTheChange(HttpServletRequest request, String path, boolean api) {
        if (api) {
            return path.equals(PASSWORD_API);
        }
        // "/login/..." leaves room for the later steps of a sign-in (a second factor) before the change.
        return path.equals(PASSWORD_PAGE) || path.equals("/logout") || path.equals("/login") || path.startsWith("/login/")
                || path.equals("/error");
    }

    private static boolean isStatic(String path) {
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/img/") || path.equals("/favicon.ico");
    }

    private void end(HttpServletRequest request, HttpServletResponse response, boolean api, String username) throws IOException {
        SecurityContextHolder.clearContext();
        if (api) {
            // HTTP Basic checks the account at every call; this is only reached in a race with a change.
            response.setHeader("WWW-Authenticate", "Basic realm=\"Sira\"");
            write(response, problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "error.unauthenticated"));
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        audit.recordAlone(username, "SESSION_ENDED", "USER", username);
        redirect(request, response, "/login?expired");
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        String target = request.getContextPath() + path;
        if (request.getHeader("HX-Request") != null) {
            // htmx would follow a 302 inside the page fragment; this makes it load the whole page.
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.sendRedirect(target);
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
