package org.sira.people.cells;

import org.sira.tabular.HeaderMatcher;
import org.sira.tabular.CellParser;
import org.sira.tabular.Parsed;
import java.util.Set;

/** Reads sex as {@code "M"} or {@code "F"} from the ways registers write it in French and English. */
public final class SexParser implements CellParser<String> {

    public static final String UNKNOWN = "import.sex.unknown";

    private static final Set<String> MALE = Set.of("m", "h", "homme", "male", "masculin", "masc", "man", "garcon");
    private static final Set<String> FEMALE = Set.of("f", "femme", "female", "feminin", "fem", "woman", "fille");

    @Override
    public Parsed<String> parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return Parsed.blank();
        }
        String word = HeaderMatcher.normalise(cell);
        if (MALE.contains(word)) {
            return Parsed.of("M");
        }
        if (FEMALE.contains(word)) {
            return Parsed.of("F");
        }
        return Parsed.invalid(UNKNOWN, Parsed.shown(cell));
    }
}
