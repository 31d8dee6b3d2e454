package org.sira.tabular;

import java.util.regex.Pattern;

/**
 * What a spreadsheet shows in a cell whose formula failed ("#N/A" from a lookup that found
 * nothing, "#DIV/0!"…), in Excel's English and French and LibreOffice's writing: not a value.
 * As a reference it would make every row with the same failed formula one person.
 */
public final class SpreadsheetErrors {

    private static final Pattern ERROR = Pattern.compile("#(?:NULL!|DIV/0!|VALUE!|REF!|NAME\\?|NUM!|N/A|GETTING_DATA|SPILL!"
            + "|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|VALEUR!|NOM\\?|NOMBRE!|NUL!)|Err:\\d{3}", Pattern.CASE_INSENSITIVE);

    private SpreadsheetErrors() {
    }

    public static boolean isError(String cell) {
        // Most cells hold neither '#' nor "Err:": they are let through without the pattern.
        return cell != null && cell.length() <= 20 && (cell.indexOf('#') >= 0 || cell.indexOf(':') >= 0)
                && ERROR.matcher(cell.strip()).matches();
    }
}
