package org.sira.imports.internal;

import java.util.List;

import org.sira.imports.ImportReport;
import org.sira.tabular.ImportError;
import org.sira.tabular.TabularFile;
import org.sira.tabular.TabularRow;

/** A row with values right of the last heading: said once for the file, as unknown columns are. */
final class CellsPastHeader {

    private CellsPastHeader() {
    }

    /** Values right of the last heading are ignored like unknown columns, and said so (once) like them. */
    static boolean said(ImportMessages messages, TabularRow row, int headings, List<ImportReport.FileProblem> fileErrors) {
        for (ImportError error : row.errors()) {
            if (error.code().equals("import.row.tooManyColumns")) {
                fileErrors.add(messages.fileProblem("import.row.pastLastColumn", String.valueOf(row.number()), error.arguments().get(0)));
                return true;
            }
        }
        for (int column = headings; column < row.cells().size(); column++) {
            if (!row.cell(column).isBlank()) {
                fileErrors.add(messages.fileProblem("import.row.cellsPastHeader",
                        String.valueOf(row.number()), TabularFile.columnLetter(column)));
                return true;
            }
        }
        return false;
    }
}
