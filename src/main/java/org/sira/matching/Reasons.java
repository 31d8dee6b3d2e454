package org.sira.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns a candidate's evidence into {@link Reason}s, in reading order (names, birth, parents, place,
 * phone and document; then what speaks against), and writes them as one line of text to be kept and
 * read back ({@code SAME_FAMILY_NAME;GIVEN_NAME_CLOSE(Mahamadou,Mamadou)}).
 */
public final class Reasons {

    private Reasons() {
    }

    /** The reasons of a candidate's explanation. */
    public static List<Reason> of(List<FieldEvidence> evidence) {
        List<Reason> reasons = new ArrayList<>();
        Reason place = null;
        int placeRank = 0;
        for (FieldEvidence e : evidence) {
            Agreement level = e.agreement();
            boolean agrees = level == Agreement.EXACT || level == Agreement.VARIANT;
            boolean close = level == Agreement.RELATED || level == Agreement.PHONETIC || level == Agreement.TYPO;
            boolean differs = level == Agreement.DISAGREE && e.weight() < 0;
            switch (e.field()) {
                case "familyName" -> {
                    if (e.detail().startsWith("swapped")) {
                        reasons.add(Reason.of(Reason.Code.NAMES_SWAPPED));
                    }
                    add(reasons, agrees, close, differs, e, Reason.Code.SAME_FAMILY_NAME, Reason.Code.FAMILY_NAME_CLOSE,
                            Reason.Code.FAMILY_NAME_DIFFERS);
                }
                case "givenNames" -> {
                    boolean sameWord = e.values().size() == 2 && e.values().get(0).equals(e.values().get(1));
                    add(reasons, agrees && sameWord, close || (agrees && !sameWord), differs, e, Reason.Code.SAME_GIVEN_NAME,
                            Reason.Code.GIVEN_NAME_CLOSE, Reason.Code.GIVEN_NAME_DIFFERS);
                }
                case "sex" -> add(reasons, false, false, differs, e, null, null, Reason.Code.SEX_DIFFERS);
                case "birthDate" -> {
                    if (level == Agreement.EXACT) {
                        reasons.add(Reason.of(Reason.Code.SAME_BIRTH_DATE));
                    } else {
                        add(reasons, agrees, close, differs, e, Reason.Code.SAME_BIRTH_YEAR, Reason.Code.BIRTH_YEAR_CLOSE,
                                Reason.Code.BIRTH_DATE_DIFFERS);
                    }
                }
                case "father" -> add(reasons, agrees, close, differs, e, Reason.Code.SAME_FATHER, Reason.Code.FATHER_CLOSE,
                        Reason.Code.FATHER_DIFFERS);
                case "mother" -> add(reasons, agrees, close, differs, e, Reason.Code.SAME_MOTHER, Reason.Code.MOTHER_CLOSE,
                        Reason.Code.MOTHER_DIFFERS);
                case "village", "commune", "region" -> {
                    int rank = e.field().equals("village") ? 3 : e.field().equals("commune") ? 2 : 1;
                    if (level == Agreement.EXACT && e.weight() > 0 && rank > placeRank) {
                        placeRank = rank;
                        place = Reason.of(rank == 3 ? Reason.Code.SAME_VILLAGE : rank == 2 ? Reason.Code.SAME_COMMUNE : Reason.Code.SAME_REGION);
                    } else if (differs && reasons.stream().noneMatch(r -> r.code() == Reason.Code.ORIGIN_DIFFERS)) {
                        reasons.add(Reason.of(Reason.Code.ORIGIN_DIFFERS));
                    }
                }
                case "phone" -> add(reasons, level == Agreement.EXACT, false, false, e, Reason.Code.SAME_PHONE, null, null);
                case "document" -> add(reasons, level == Agreement.EXACT, level == Agreement.TYPO, differs, e,
                        Reason.Code.SAME_DOCUMENT, Reason.Code.DOCUMENT_CLOSE, Reason.Code.DOCUMENT_DIFFERS);
                case ClearLeadRule.FIELD -> reasons.add(Reason.of(Reason.Code.ANOTHER_PERSON_CLOSE));
                case CorroborationRule.FIELD -> {
                    if (e.detail().startsWith("nothing")) {
                        reasons.add(Reason.of(Reason.Code.NOTHING_PERSONAL_AGREES));
                    } else if (e.detail().startsWith(CorroborationRule.NAMESAKES_CROWD)) {
                        reasons.add(Reason.of(Reason.Code.MANY_NAMESAKES));
                    }
                }
                default -> {
                    // Extra fields have no words of their own: their numbers are in the details.
                }
            }
        }
        if (place != null) {
            reasons.add(place);
        }
        reasons.sort(Comparator.comparing((Reason r) -> r.code().against()).thenComparing(Reason::code));
        return reasons;
    }

    private static void add(List<Reason> reasons, boolean agrees, boolean close, boolean differs, FieldEvidence e,
            Reason.Code same, Reason.Code near, Reason.Code other) {
        if (agrees && same != null) {
            reasons.add(Reason.of(same));
        } else if (close && near != null) {
            reasons.add(new Reason(near, e.values().stream().map(Reasons::capitalised).toList()));
        } else if (differs && other != null) {
            reasons.add(Reason.of(other));
        }
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }

    /** The reasons as one line of text, read back by {@link #decode}. */
    public static String encode(List<Reason> reasons) {
        return reasons.stream()
                .map(r -> r.code().name() + (r.args().isEmpty() ? ""
                        : r.args().stream().map(a -> a.replaceAll("[;(),]", " ")).collect(Collectors.joining(",", "(", ")"))))
                .collect(Collectors.joining(";"));
    }

    /** The reasons written by {@link #encode}; codes not known (any more) are left out. */
    public static List<Reason> decode(String text) {
        List<Reason> reasons = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return reasons;
        }
        for (String part : text.strip().split(";")) {
            int open = part.indexOf('(');
            String code = open < 0 ? part : part.substring(0, open);
            List<String> args = open < 0 || !part.endsWith(")") ? List.of()
                    : List.of(part.substring(open + 1, part.length() - 1).split(","));
            try {
                reasons.add(new Reason(Reason.Code.valueOf(code.strip()), args));
            } catch (IllegalArgumentException unknown) {
                // Written by another version: nothing to say about it.
            }
        }
        return reasons;
    }
}
