package org.sira.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors raised before any controller is chosen (no such address, a method or content type the
 * address does not take, an upload over the limit). Under {@code /api/} they get the same
 * problem+json as every other API error; elsewhere the error page stays in charge.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiAddressProblems {

    private final ApiProblems api;

    ApiAddressProblems(ApiProblems api) {
        this.api = api;
    }

    @ExceptionHandler({NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
            MaxUploadSizeExceededException.class})
    ResponseEntity<Object> beforeAnyController(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e; // rethrowing the same exception hands it back to Spring's default handling
        }
        return api.handleException(e, new ServletWebRequest(request));
    }
}
