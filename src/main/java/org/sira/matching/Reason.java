package org.sira.matching;

import java.util.List;

/**
 * One reason for or against a candidate, in words a reader can be given: a code and its arguments
 * (for instance {@code GIVEN_NAME_CLOSE(Mahamadou, Mamadou)}). Translated by whoever shows it, with the
 * message key {@link #messageKey()}.
 */
public record Reason(Code code, List<String> args) {

    public Reason {
        args = List.copyOf(args);
    }

    /** What a reason says; those that speak against the candidate are listed after the others. */
    public enum Code {
        SAME_FAMILY_NAME, FAMILY_NAME_CLOSE, NAMES_SWAPPED, SAME_GIVEN_NAME, GIVEN_NAME_CLOSE, SAME_BIRTH_DATE,
        SAME_BIRTH_YEAR, BIRTH_YEAR_CLOSE, SAME_FATHER, FATHER_CLOSE, SAME_MOTHER, MOTHER_CLOSE, SAME_VILLAGE,
        SAME_COMMUNE, SAME_REGION, SAME_PHONE, SAME_DOCUMENT, DOCUMENT_CLOSE,
        FAMILY_NAME_DIFFERS(true), GIVEN_NAME_DIFFERS(true), SEX_DIFFERS(true), BIRTH_DATE_DIFFERS(true),
        FATHER_DIFFERS(true), MOTHER_DIFFERS(true), ORIGIN_DIFFERS(true), DOCUMENT_DIFFERS(true),
        ANOTHER_PERSON_CLOSE(true), NOTHING_PERSONAL_AGREES(true), MANY_NAMESAKES(true);

        private final boolean against;

        Code() {
            this(false);
        }

        Code(boolean against) {
            this.against = against;
        }

        /** Whether the reason speaks against the candidate being the same person. */
        public boolean against() {
            return against;
        }
    }

    public static Reason of(Code code, String... args) {
        return new Reason(code, List.of(args));
    }

    /** The key of the reason's sentence in the message bundles, e.g. {@code match.reason.SAME_COMMUNE}. */
    public String messageKey() {
        return "match.reason." + code.name();
    }
}
