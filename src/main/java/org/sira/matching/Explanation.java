package org.sira.matching;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A candidate's explanation as kept beside it: the reasons in words (for everybody) and the engine's
 * numbers (for whoever wants to check them), written as one text and read back.
 */
public record Explanation(List<Reason> reasons, String numbers) {

    private static final String REASONS = "reasons: ";

    public Explanation {
        reasons = List.copyOf(reasons);
    }

    /** The text to keep for a candidate's evidence, at most {@code maxLength} characters. */
    public static String write(List<FieldEvidence> evidence, int maxLength) {
        String numbers = evidence.stream().map(Object::toString).collect(Collectors.joining("; "));
        String text = REASONS + Reasons.encode(Reasons.of(evidence)) + "\n" + numbers;
        return text.length() > maxLength ? text.substring(0, maxLength) : text;
    }

    /** Reads what {@link #write} wrote; a text kept before reasons existed has numbers only. */
    public static Explanation read(String text) {
        if (text == null) {
            return new Explanation(List.of(), "");
        }
        if (!text.startsWith(REASONS)) {
            return new Explanation(List.of(), text);
        }
        int end = text.indexOf('\n');
        String reasons = end < 0 ? text.substring(REASONS.length()) : text.substring(REASONS.length(), end);
        return new Explanation(Reasons.decode(reasons), end < 0 ? "" : text.substring(end + 1));
    }
}
