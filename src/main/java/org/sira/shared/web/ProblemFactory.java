package org.sira.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sira.shared.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problems whose title, detail and field messages are in the user's language. */
@Component
public class ProblemFactory {

    private final MessageSource messages;

    ProblemFactory(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatusCode status, String code, String detailKey, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:sira:problem:" + code));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null,
                HttpStatus.valueOf(status.value()).getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(detailKey, arguments, detailKey, locale));
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail invalid(List<FieldError> errors) {
        return invalid(HttpStatus.BAD_REQUEST, "invalid-input", errors);
    }

    /** Field errors under another status than 400 (422: well-formed input the domain refuses). */
    public ProblemDetail invalid(HttpStatusCode status, String code, List<FieldError> errors) {
        ProblemDetail problem = problem(status, code, "error.invalid-input");
        problem.setProperty("errors", errors.stream().map(this::describe).toList());
        return problem;
    }

    public Map<String, String> describe(FieldError error) {
        return Map.of("field", error.field(), "message", message(error.messageKey(), error.arguments()));
    }

    /** Field errors as a form shows them: one message per field, in the user's language. */
    public Map<String, String> fieldMessages(List<FieldError> errors) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError error : errors) {
            messages.merge(error.field(), message(error.messageKey(), error.arguments()), (a, b) -> a + " " + b);
        }
        return messages;
    }

    /** What Spring's binding and Bean Validation refused in a form, one message per field, in the user's language. */
    public Map<String, String> fieldMessages(BindingResult binding) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (org.springframework.validation.FieldError error : binding.getFieldErrors()) {
            Object[] arguments = error.getArguments();
            // Size gives (field, max, min): the message wants (max, min).
            Object[] shown = arguments == null || arguments.length < 2 ? new Object[0]
                    : new Object[] {arguments[1], arguments.length > 2 ? arguments[2] : 0};
            messages.putIfAbsent(error.getField(), message("validation." + error.getCode(), shown));
        }
        return messages;
    }

    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }
}
