package org.sira.reintegration;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A reintegration assessment: the raw answers, the method version that scored them, and the scores
 * (a key per dimension that has one, and {@code composite}).
 */
public record Assessment(UUID id, UUID personId, LocalDate date, String methodVersion, Map<String, String> answers,
                         Map<String, Double> scores) {

    public Assessment {
        answers = Map.copyOf(answers);
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }

    /** The answer to "intends to migrate again", recorded explicitly; null when not asked. */
    public String intendsToMigrateAgain() {
        return answers.get("INTENDS_TO_MIGRATE_AGAIN");
    }
}
