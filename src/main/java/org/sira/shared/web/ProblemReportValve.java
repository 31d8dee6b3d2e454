package org.sira.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * What Tomcat answers when a request fails before Sira sees it (a 9 KB address, headers too large,
 * a malformed request line): problem+json in French or English, as every other error, instead of
 * Tomcat's English HTML page. Errors Sira answers itself already have a body and pass untouched.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String language = request.getHeader("Accept-Language");
        boolean english = language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en");
        String title;
        String detail;
        if (status == 400) {
            title = english ? "Bad request" : "Requête invalide";
            detail = english ? "The request is malformed or too large (its address or its headers)."
                    : "La requête est mal formée ou trop grande (son adresse ou ses en-têtes).";
        } else {
            title = english ? "Error" : "Erreur";
            detail = english ? "The request could not be handled (status " + status + ")."
                    : "La requête n’a pas pu être traitée (statut " + status + ").";
        }
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:sira:problem:bad-request\",\"title\":\"" + title + "\",\"status\":" + status
                        + ",\"detail\":\"" + detail + "\",\"code\":\"bad-request\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone: nothing more to tell it.
        }
    }
}
