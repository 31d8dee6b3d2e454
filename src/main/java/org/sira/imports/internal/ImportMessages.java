package org.sira.imports.internal;

import java.util.Arrays;

import org.sira.imports.ImportReport;
import org.sira.people.cells.RowProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The import's messages in the language of whoever runs or reads it (the current locale): the
 * report keeps each problem's code and arguments, so a stored report is written again for its reader.
 */
@Component
public class ImportMessages {

    private final MessageSource messages;

    ImportMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
    }

    public ImportReport.FileProblem fileProblem(String code, Object... arguments) {
        return new ImportReport.FileProblem(code, message(code, arguments), Arrays.asList(arguments));
    }

    public ImportReport.Problem describe(RowProblem problem) {
        String field = problem.field() != null ? problem.field().englishHeader() : problem.column();
        Object[] arguments = problem.arguments().toArray();
        return new ImportReport.Problem(field, problem.column() != null ? problem.column() : field,
                message(problem.code(), arguments), problem.code(), problem.arguments());
    }

    /** A stored report with its messages in the language of whoever reads it now. */
    public ImportReport inReadersLanguage(ImportReport report) {
        return report.writtenBy(this::message);
    }
}
