package org.sira.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import org.sira.security.signin.BudgetedPasswordCheck;
import org.sira.security.signin.LockOutGuard;
import org.sira.security.signin.PasswordCheckBudget;
import org.sira.security.signin.PendingSecondFactor;
import org.sira.security.signin.SecondStep;
import org.sira.security.signin.SignInAttempts;
import org.sira.security.signin.SignInLocked;
import org.sira.security.signin.TooManyPasswordChecks;
import org.sira.shared.web.ProblemFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two doors: HTTP Basic without session for {@code /api/**}, a form login with a session and
 * CSRF tokens for the pages, followed by a second factor where one is set up or the role requires
 * it (see {@link SecondStep}). On both, failed sign-ins are counted per client address and account
 * name ({@link SignInAttempts}); on the API, password checks not yet proven right are also limited
 * per client address ({@link PasswordCheckBudget}). Both send the same strict headers.
 * <p>
 * The addresses that take an upload are also guarded here, by permission, and not only by the
 * services' {@code @PreAuthorize}: Spring reads a multipart body (and Sira copied it) before any
 * controller or service runs, so a caller without the right would otherwise have the server
 * store a file it then refuses.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id: memory-hard, and unlike BCrypt it does not cut passwords at 72 bytes.
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    /** Boot's publisher, told that a lock-out by address and name is a lock too (audited as such by LoginEvents). */
    @Bean
    DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        DefaultAuthenticationEventPublisher events = new DefaultAuthenticationEventPublisher(publisher);
        events.setAdditionalExceptionMappings(java.util.Map.of(SignInLocked.class, AuthenticationFailureLockedEvent.class));
        return events;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemFactory problems, JsonMapper json, UserDetailsService users,
                            PasswordEncoder encoder, Clock clock, AuthenticationEventPublisher events,
                            SignInAttempts attempts, PasswordCheckBudget budget, LiveAccountCheck accountCheck) throws Exception {
        // Not a bean: the pages keep Spring's own check of the password at login.
        ProviderManager authentication = new ProviderManager(
                new LockOutGuard(new RememberedApiPasswords(users, encoder, clock, budget), attempts, true));
        // Failed and successful checks still reach LoginEvents (audit).
        authentication.setAuthenticationEventPublisher(events);
        AuthenticationEntryPoint entryPoint = (request, response, failure) -> {
            if (failure instanceof TooManyPasswordChecks tooMany) {
                retryAfter(response, tooMany.retryAfter());
                write(response, json, problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-password-checks", "login.too-many-checks"));
            } else if (failure instanceof LockedException) {
                if (failure instanceof SignInLocked locked) {
                    retryAfter(response, locked.retryAfter());
                }
                write(response, json, problems.problem(HttpStatus.TOO_MANY_REQUESTS, "locked", "login.locked"));
            } else {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Sira\"");
                write(response, json, problems.problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "error.unauthenticated"));
            }
        };
        AccessDeniedHandler denied = (request, response, failure) ->
                write(response, json, problems.problem(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden"));
        http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/docs", "/api/docs/**").permitAll()
                        // Uploads: who may send one is checked before its body is read.
                        .requestMatchers(HttpMethod.POST, "/api/v1/imports/persons", "/api/v1/imports/returns")
                        .hasAuthority(Permission.IMPORT.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/arrivals/*/manifest").hasAuthority(Permission.PERSON_WRITE.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(accountCheck.filter(), AuthorizationFilter.class)
                // No cookies are used on this door, so there is nothing for a forged request to ride on.
                .csrf(csrf -> csrf.disable());
        headers(http);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder,
                              AuthenticationEventPublisher events, SignInAttempts attempts, PasswordCheckBudget budget,
                              SecondStep secondStep, LiveAccountCheck accountCheck) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        // A right password is half a sign-in when a second factor follows: SecondStep forgets the failures.
        ProviderManager authentication = new ProviderManager(
                new LockOutGuard(new BudgetedPasswordCheck(passwords, budget), attempts, false));
        authentication.setAuthenticationEventPublisher(events);
        http.authenticationManager(authentication)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/imports", "/imports/*/valid-rows").hasAuthority(Permission.IMPORT.name())
                        .requestMatchers(HttpMethod.POST, "/arrivals/*/manifest").hasAuthority(Permission.PERSON_WRITE.name())
                        .requestMatchers(SecondStep.CODE_PAGE).hasAuthority(PendingSecondFactor.AUTHORITY)
                        .requestMatchers(SecondStep.ENROL_PAGE).authenticated()
                        .anyRequest().access(SecondStep.signedIn()))
                .formLogin(form -> form.loginPage("/login").successHandler(secondStep)
                        .failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
                                + (failure instanceof LockedException ? "/login?locked"
                                : failure instanceof TooManyPasswordChecks ? "/login?busy" : "/login?error"))))
                .exceptionHandling(ex -> ex.accessDeniedHandler(secondStep))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation().changeSessionId())
                // A disabled account, changed roles or a password changed elsewhere end the session at once.
                .addFilterBefore(accountCheck.filter(), AuthorizationFilter.class)
                .httpBasic(basic -> basic.disable());
        headers(http);
        return http.build();
    }

    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults()));
    }

    private static void retryAfter(HttpServletResponse response, java.time.Duration wait) {
        response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0))));
    }

    private static void write(HttpServletResponse response, JsonMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
