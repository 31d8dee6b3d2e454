package org.sira.people.cells;

import org.sira.tabular.CellParser;
import org.sira.tabular.Parsed;
import org.sira.people.PhoneNumber;

/** Reads a phone number in any writing {@link PhoneNumber#parse(String)} understands. */
public final class PhoneParser implements CellParser<PhoneNumber> {

    public static final String INVALID = "import.phone.invalid";

    @Override
    public Parsed<PhoneNumber> parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return Parsed.blank();
        }
        // Our own file of refused rows writes '+223... with a quote so that Excel takes it for
        // text, not a formula; the file must import again once corrected.
        // Spreadsheets in French group digits with no-break spaces (U+00A0, U+202F).
        String text = cell.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        if (text.startsWith("'")) {
            text = text.substring(1);
        }
        return PhoneNumber.parse(text)
                .map(Parsed::of)
                .orElseGet(() -> Parsed.invalid(INVALID, Parsed.shown(cell)));
    }
}
