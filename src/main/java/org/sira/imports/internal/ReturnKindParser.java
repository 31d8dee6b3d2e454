package org.sira.imports.internal;

import org.sira.tabular.CellParser;
import org.sira.tabular.Parsed;

import org.sira.arrivals.ReturnKind;

/**
 * Reads the kind of return from the API's codes or the labels used in French and English
 * registers. A bare "retour volontaire" says neither assisted nor spontaneous, and is refused
 * rather than guessed.
 */
public final class ReturnKindParser implements CellParser<ReturnKind> {

    public static final String UNKNOWN = "import.returnKind.unknown";

    @Override
    public Parsed<ReturnKind> parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return Parsed.blank();
        }
        return ReturnKind.parse(cell).map(Parsed::of).orElseGet(() -> Parsed.invalid(UNKNOWN, Parsed.shown(cell)));
    }

}
