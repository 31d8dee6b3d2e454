package org.sira.arrivals;

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

    private static final Map<String, ReturnKind> WORDS = Map.ofEntries(
            Map.entry("forced removal", FORCED_REMOVAL), Map.entry("expulsion", FORCED_REMOVAL),
            Map.entry("expulse", FORCED_REMOVAL), Map.entry("expulsee", FORCED_REMOVAL),
            Map.entry("deportation", FORCED_REMOVAL), Map.entry("border rejection", BORDER_REJECTION),
            Map.entry("refoulement", BORDER_REJECTION), Map.entry("refoule", BORDER_REJECTION),
            Map.entry("refoulee", BORDER_REJECTION), Map.entry("assisted voluntary", ASSISTED_VOLUNTARY),
            Map.entry("retour volontaire assiste", ASSISTED_VOLUNTARY), Map.entry("volontaire assiste", ASSISTED_VOLUNTARY),
            Map.entry("avrr", ASSISTED_VOLUNTARY), Map.entry("spontaneous voluntary", SPONTANEOUS_VOLUNTARY),
            Map.entry("retour volontaire spontane", SPONTANEOUS_VOLUNTARY),
            Map.entry("volontaire spontane", SPONTANEOUS_VOLUNTARY));

    /** The code, or an English or French label, ignoring case, accents and punctuation. */
    public static Optional<ReturnKind> parse(String text) {
        String key = Folding.fold(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (ReturnKind kind : values()) {
            if (key.equals(Folding.fold(kind.name().replace('_', ' ')))) {
                return Optional.of(kind);
            }
        }
        return Optional.ofNullable(WORDS.get(key));
    }
}
