package org.sira.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.sira.shared.ConflictException;
import org.sira.shared.DomainException;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.RefusedInputException;
import org.sira.shared.StaleRecordException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.sira.shared.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every error of an API call into {@code application/problem+json} in the caller's
 * language. Bad input is always a 4xx; only a bug of ours may be a 500, and it says nothing more.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final ProblemFactory problems;

    ApiProblems(ProblemFactory problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return respond(e instanceof RefusedInputException
                ? problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "refused-input", e.errors())
                : problems.invalid(e.errors()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "conflict", e.messageKey(), e.arguments());
        e.details().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return respond(problems.problem(HttpStatus.NOT_FOUND, "not-found", e.messageKey(), e.arguments()));
    }

    @ExceptionHandler(StaleRecordException.class)
    ResponseEntity<ProblemDetail> stale(StaleRecordException e) {
        ProblemDetail problem = problems.problem(HttpStatus.CONFLICT, "stale-record", e.messageKey(), e.arguments());
        problem.setProperty("current", e.current());
        return respond(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(problems.problem(HttpStatus.FORBIDDEN, "forbidden", "error.forbidden"));
    }

    @ExceptionHandler(UnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(UnavailableException e) {
        return respond(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", e.messageKey(), e.arguments()));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> domain(DomainException e) {
        return respond(problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-broken", e.messageKey(), e.arguments()));
    }

    /** Bytes of the address (a parameter) that are no UTF-8 once percent-decoded: the caller's mistake. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> malformedParameter(InvalidParameterException e) {
        return respond(malformedParameter());
    }

    /** A multipart body cut short, without its closing boundary, or with a NUL in a file name. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedUpload(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return respond(problems.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.too-large"));
        }
        return respond(malformedUpload());
    }

    ProblemDetail malformedParameter() {
        return problems.problem(HttpStatus.BAD_REQUEST, "malformed-parameter", "error.malformed-parameter");
    }

    ProblemDetail malformedUpload() {
        return problems.problem(HttpStatus.BAD_REQUEST, "malformed-upload", "error.malformed-upload");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error in an API call", e);
        return respond(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "error.internal"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = translate(ex, status);
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /**
     * Well-formed JSON with one value of the wrong type (a word for a number, a list for a name):
     * the field is named, like any other invalid input. Null when the body is not JSON at all.
     */
    private static FieldError wrongType(Throwable cause) {
        if (!(cause instanceof JacksonException json) || json.getPath().isEmpty()) {
            return null;
        }
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference reference : json.getPath()) {
            if (reference.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return new FieldError(field.toString(), expected(cause instanceof MismatchedInputException m ? m.getTargetType() : null));
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "error.wrong-type";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == short.class) {
            return "error.expected-whole-number";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "error.expected-date";
        }
        return type == String.class ? "error.expected-text" : "error.wrong-type";
    }

    private ProblemDetail translate(Exception ex, HttpStatusCode status) {
        if (ex instanceof MethodArgumentNotValidException invalid) {
            return problems.invalid(invalid.getBindingResult().getFieldErrors().stream()
                    .map(error -> new FieldError(error.getField(), validationKey(error.getCode()), validationArguments(error)))
                    .toList());
        }
        if (ex instanceof HandlerMethodValidationException invalid) {
            return problems.invalid(parameterErrors(invalid));
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            FieldError wrong = wrongType(unreadable.getMostSpecificCause());
            return wrong != null ? problems.invalid(List.of(wrong)) : problems.problem(status, "unreadable-body", "error.unreadable-body");
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
                // An id that cannot be one names no record: not found, as for an id nobody has.
                return problems.problem(HttpStatus.NOT_FOUND, "not-found", "error.not-found", mismatch.getName(),
                        String.valueOf(mismatch.getValue()));
            }
            return problems.invalid(List.of(new FieldError(mismatch.getName(), expected(mismatch.getRequiredType()))));
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return problems.invalid(List.of(new FieldError(missing.getParameterName(), "error.required")));
        }
        if (ex instanceof MissingServletRequestPartException missing) {
            return problems.invalid(List.of(new FieldError(missing.getRequestPartName(), "error.required")));
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return problems.problem(status, "unsupported-media-type", "error.unsupported-media-type");
        }
        if (ex instanceof HttpRequestMethodNotSupportedException) {
            return problems.problem(status, "method-not-allowed", "error.method-not-allowed");
        }
        if (ex instanceof MaxUploadSizeExceededException) {
            return problems.problem(HttpStatus.CONTENT_TOO_LARGE, "too-large", "error.too-large");
        }
        if (ex instanceof NoResourceFoundException) {
            return problems.problem(status, "not-found", "error.no-such-address");
        }
        return problems.problem(status, "bad-request", "error.bad-request");
    }

    private List<FieldError> parameterErrors(HandlerMethodValidationException invalid) {
        List<FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : invalid.getParameterValidationResults()) {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error ->
                    errors.add(new FieldError(name, validationKey(error.getCodes() == null ? null
                            : error.getCodes()[error.getCodes().length - 1]))));
        }
        return errors;
    }

    /** Bean Validation codes (Size, NotBlank…) map onto our own keys, in both languages. */
    static String validationKey(String code) {
        return code == null ? "error.invalid" : "validation." + code;
    }

    private static Object[] validationArguments(org.springframework.validation.FieldError error) {
        Object[] arguments = error.getArguments();
        if (arguments == null || arguments.length <= 1) {
            return new Object[0];
        }
        // First argument is the field itself; Size gives (max, min) after it.
        Object[] rest = new Object[arguments.length - 1];
        System.arraycopy(arguments, 1, rest, 0, rest.length);
        return rest;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
