package org.sira.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
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

    /**
     * A multipart body Tomcat cannot parse (cut before its closing boundary, a NUL in a file name)
     * fails while the request is prepared, before a controller is chosen: a 400, never a 500.
     */
    @ExceptionHandler(MultipartException.class)
    Object malformedUpload(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws Exception {
        if (e instanceof MaxUploadSizeExceededException) {
            return beforeAnyController(e, request);
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = api.malformedUpload();
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return PageProblems.errorPage(response, HttpServletResponse.SC_BAD_REQUEST);
    }

    /** Parameters read before a controller is chosen (by a filter or an interceptor) that are no UTF-8. */
    @ExceptionHandler(InvalidParameterException.class)
    Object malformedParameter(InvalidParameterException e, HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = api.malformedParameter();
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return PageProblems.errorPage(response, HttpServletResponse.SC_BAD_REQUEST);
    }
}
