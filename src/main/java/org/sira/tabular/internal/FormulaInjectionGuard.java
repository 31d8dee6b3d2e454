package org.sira.tabular.internal;

/**
 * Keeps a spreadsheet program from taking a cell of ours for a formula (CSV injection, OWASP): a
 * name typed as {@code =HYPERLINK(...)} in an uploaded file must come back as text.
 */
public final class FormulaInjectionGuard {

    private FormulaInjectionGuard() {
    }

    /** The cell with a leading single quote when it starts with {@code = + - @}, tab or CR. */
    public static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + cell : cell;
    }
}
