package org.sira.tabular.internal;

/**
 * A cell as people see it: the no-break spaces that spreadsheets in French and text copied from
 * web pages or PDFs put around values are spaces, and characters that show nothing (zero-width
 * spaces, byte-order marks, direction marks, control characters) are gone. A date followed by a
 * no-break space would otherwise be refused with a message that shows nothing wrong.
 */
public final class VisibleText {

    private VisibleText() {
    }

    public static String of(String cell) {
        StringBuilder visible = null;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            boolean space = c == '\u00A0' || c == '\u2007' || c == '\u202F';
            int type = Character.getType(c);
            boolean invisible = (type == Character.FORMAT || type == Character.CONTROL) && c != '\t' && c != '\n' && c != '\r';
            if (visible == null && (space || invisible)) {
                visible = new StringBuilder(cell.length()).append(cell, 0, i);
            }
            if (visible != null && !invisible) {
                visible.append(space ? ' ' : c);
            }
        }
        return visible == null ? cell : visible.toString();
    }
}
