package org.sira.arrivals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sira.shared.Folding;

/** The organisation insists on these four: reports always split by kind of return. */
public enum ReturnKind {
    /** Reached the destination country, later expelled or deported ("expulsé"). */
    FORCED_REMOVAL,
    /** Refused or pushed back at a border, never admitted ("refoulé"). */
    BORDER_REJECTION,
    /** Chose to return with international support (e.g. an AVRR programme). */
    ASSISTED_VOLUNTARY,
    /** Returned on own means. */
    SPONTANEOUS_VOLUNTARY;

    private static final Map<String, ReturnKind> LABELS = index(Map.of(
            FORCED_REMOVAL, List.of("expulsion", "expulse", "expulsee", "expulses", "expulsees",
                    "forced removal", "deportation", "deporte", "deportee", "deported", "retour force"),
            BORDER_REJECTION, List.of("refoulement", "refoule", "refoulee", "refoules", "refoulees",
                    "border rejection", "rejected at the border", "refoulement a la frontiere"),
            ASSISTED_VOLUNTARY, List.of("retour volontaire assiste", "volontaire assiste",
                    "assisted voluntary", "assisted voluntary return", "avr", "avrr", "rva"),
            SPONTANEOUS_VOLUNTARY, List.of("retour volontaire spontane", "volontaire spontane",
                    "retour spontane", "spontane", "spontaneous voluntary", "spontaneous voluntary return",
                    "spontaneous return")));

    /**
     * The code, or an English or French label, ignoring case, accents and punctuation. A bare
     * "retour volontaire" says neither assisted nor spontaneous: it is refused, not guessed.
     */
    public static Optional<ReturnKind> parse(String text) {
        return Optional.ofNullable(LABELS.get(key(text)));
    }

    private static String key(String text) {
        return Folding.fold(text).replace(" ", "");
    }

    private static Map<String, ReturnKind> index(Map<ReturnKind, List<String>> labels) {
        Map<String, ReturnKind> index = new HashMap<>();
        for (ReturnKind kind : values()) {
            index.put(key(kind.name().replace('_', ' ')), kind);
            labels.get(kind).forEach(label -> index.put(key(label), kind));
        }
        return Map.copyOf(index);
    }
}
