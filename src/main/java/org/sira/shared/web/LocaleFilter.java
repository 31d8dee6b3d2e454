package org.sira.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Resolves the user's language before the security filters run, so that a 401, 403 or 429
 * written there speaks French by default too (Spring's own filter would use the JVM's locale).
 */
@Component
@Order(-103) // after Spring's RequestContextFilter (-105), before Spring Security (-100)
class LocaleFilter extends OncePerRequestFilter {

    private final LocaleResolver resolver;

    LocaleFilter(LocaleResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LocaleContextHolder.setLocale(resolver.resolveLocale(request));
        try {
            chain.doFilter(request, response);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
