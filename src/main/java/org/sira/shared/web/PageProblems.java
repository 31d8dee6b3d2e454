package org.sira.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.sira.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Pages answer an unknown or invisible record with the same plain 404 page. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", 404);
        return "error";
    }

    /** An id in the address that cannot be one names no record: the same 404 as an id nobody has. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String malformedId(MethodArgumentTypeMismatchException mismatch, HttpServletResponse response, Model model) {
        if (!mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("status", 400);
            return "error";
        }
        return notFound(response, model);
    }
}
