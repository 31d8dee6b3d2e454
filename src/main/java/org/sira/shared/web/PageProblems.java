package org.sira.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import org.sira.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Pages answer an unknown or invisible record with the same plain 404 page. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", 404);
        return "error";
    }
}
