package org.sira.imports.internal;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work handed to another thread keeps the caller's user (audit entries, consent recorded by) and
 * language (messages of the report): both live in thread-locals that a new thread does not have.
 */
public final class CallerContext {

    private CallerContext() {
    }

    /** {@code task}, to run on another thread as the current user, in the current language. */
    public static Runnable carrying(Runnable task) {
        SecurityContext security = SecurityContextHolder.getContext();
        Locale locale = LocaleContextHolder.getLocale();
        return () -> {
            SecurityContextHolder.setContext(security);
            LocaleContextHolder.setLocale(locale);
            try {
                task.run();
            } finally {
                SecurityContextHolder.clearContext();
                LocaleContextHolder.resetLocaleContext();
            }
        };
    }
}
