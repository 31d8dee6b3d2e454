package org.sira.tabular;

import org.sira.tabular.internal.VisibleText;

import java.util.regex.Pattern;

/**
 * What a spreadsheet shows in a cell whose formula failed ("#N/A" from a lookup that found
 * nothing, "#DIV/0!"…), in Excel's English and French and LibreOffice's writing: not a value.
 * As a reference it would make every row with the same failed formula one person.
 */
public final class SpreadsheetErrors {

    /**
     * Excel's errors in every language are a '#', a word in capitals, and '!' or '?' ("#DIV/0!",
     * "#VALEUR!", "#NOMBRE?", "#¡VALOR!"), except the "not available" of lookups: #N/A, #N/D, #NV.
     */
    private static final Pattern ERROR = Pattern.compile("#[\\p{L}\\d/¡_.]{1,15}[!?]|#N/?[AD]|#NV|Err:\\d{3}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SpreadsheetErrors() {
    }

    /** Also under the invisible characters a cell may carry around it (see {@link VisibleText}). */
    public static boolean isError(String cell) {
        // Most cells hold neither '#' nor "Err:": they are let through without cleaning or the pattern.
        return cell != null && cell.length() <= 30 && (cell.indexOf('#') >= 0 || cell.indexOf(':') >= 0)
                && ERROR.matcher(VisibleText.of(cell).strip()).matches();
    }
}
