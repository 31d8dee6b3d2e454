package org.sira.security.signin;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Between the password and the pages. After a right password, a user who has a second factor, or
 * whose role requires one, holds only a {@link PendingSecondFactor}: every page but the second
 * step (or the enrolment) sends them there. The step that checks the code completes the sign-in.
 */
@Component
public class SecondStep implements AuthenticationSuccessHandler, AccessDeniedHandler {

    public static final String CODE_PAGE = "/login/code";
    public static final String ENROL_PAGE = "/account/two-factor";

    private final SecondFactors factors;
    private final SignInAttempts attempts;
    private final UserDetailsService users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    SecondStep(SecondFactors factors, SignInAttempts attempts, UserDetailsService users) {
        this.factors = factors;
        this.attempts = attempts;
        this.users = users;
        signedIn.setDefaultTargetUrl("/");
    }

    /** Pages are for a complete sign-in: a pending second factor does not count. */
    public static AuthorizationManager<RequestAuthorizationContext> signedIn() {
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
                Authentication who = authentication.get();
                return new AuthorizationDecision(who != null && who.isAuthenticated()
                        && !(who instanceof AnonymousAuthenticationToken) && !(who instanceof PendingSecondFactor));
            }
        };
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication password)
            throws IOException, ServletException {
        String username = password.getName();
        boolean enrolled = factors.enrolled(username);
        if (!enrolled && !SecondFactors.requiredFor(password.getAuthorities())) {
            attempts.succeeded(request.getRemoteAddr(), username);
            signedIn.onAuthenticationSuccess(request, response, password);
            return;
        }
        PendingSecondFactor pending = new PendingSecondFactor(username, !enrolled);
        pending.setDetails(password.getDetails());
        save(pending, request, response);
        response.sendRedirect(request.getContextPath() + (enrolled ? CODE_PAGE : ENROL_PAGE));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor pending) {
            response.sendRedirect(request.getContextPath() + (pending.mustEnrol() ? ENROL_PAGE : CODE_PAGE));
            return;
        }
        forbidden.handle(request, response, denied);
    }

    /** The second factor is proven: the user now holds their roles, under a new session id. */
    void complete(HttpServletRequest request, HttpServletResponse response, String username) {
        UserDetails user = users.loadUserByUsername(username);
        UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        full.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        request.changeSessionId();
        save(full, request, response);
        attempts.succeeded(request.getRemoteAddr(), username);
    }

    /** Where a completed sign-in goes: the page first asked for, or the start page. */
    void proceed(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        signedIn.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
    }

    void abandon(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
