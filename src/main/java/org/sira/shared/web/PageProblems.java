package org.sira.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/** Pages answer an unknown or invisible record with the same plain 404 page. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", 404);
        return "error";
    }

    /** Bytes of a parameter that are no UTF-8, a cut upload, a form value refused: the error page, 400. */
    @ExceptionHandler({InvalidParameterException.class, MultipartException.class, InvalidInputException.class})
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        return errorPage(response, HttpServletResponse.SC_BAD_REQUEST);
    }

    static ModelAndView errorPage(HttpServletResponse response, int status) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("error");
        page.setStatus(HttpStatusCode.valueOf(status));
        page.addObject("status", status);
        return page;
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
