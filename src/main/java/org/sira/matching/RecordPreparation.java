package org.sira.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reduces a {@link MatchRecord} to a {@link PreparedRecord}, interning its words in the vocabulary. */
final class RecordPreparation {

    private final NameNormaliser normaliser;
    private final Vocabulary vocabulary;
    private final List<String> extraFieldNames;

    RecordPreparation(NameNormaliser normaliser, Vocabulary vocabulary, List<String> extraFieldNames) {
        this.normaliser = normaliser;
        this.vocabulary = vocabulary;
        this.extraFieldNames = List.copyOf(extraFieldNames);
    }

    PreparedRecord prepare(MatchRecord r) {
        NormalisedName name = normaliser.normalise(r.familyName(), r.givenNames());
        NormalisedName mother = normaliser.normalise(null, r.motherName());
        List<NameToken> motherTokens = new ArrayList<>(mother.given());
        motherTokens.addAll(mother.family());

        LocalDate date = r.birthDate();
        byte precision = precisionOf(r);
        String[] extras = new String[extraFieldNames.size()];
        for (int i = 0; i < extras.length; i++) {
            extras[i] = plainText(r.extraFields().get(extraFieldNames.get(i)));
        }
        return new PreparedRecord(
                r.id(),
                intern(name.family()),
                intern(name.given()),
                intern(name.aliases()),
                sexOf(r.sex()),
                date == null ? PreparedRecord.NO_DATE : (int) date.toEpochDay(),
                date == null ? 0 : (short) date.getYear(),
                precision,
                intern(normaliser.givenNameTokens(r.fatherGivenName())),
                intern(motherTokens),
                place(r.originRegion()),
                place(r.originCommune()),
                place(r.village()),
                phoneNumber(r.phone()),
                documentNumber(r.documentNumber()),
                extras);
    }

    private int[] intern(List<NameToken> tokens) {
        int[] ids = new int[tokens.size() * 2];
        for (int i = 0; i < tokens.size(); i++) {
            NameToken token = tokens.get(i);
            ids[2 * i] = vocabulary.intern(token.plain());
            int key = vocabulary.intern(token.key());
            ids[2 * i + 1] = key;
            if (normaliser.isKnownSurnameKey(token.key())) {
                vocabulary.flag(key, Vocabulary.KNOWN_SURNAME);
            }
            if (normaliser.isKnownGivenNameKey(token.key())) {
                vocabulary.flag(key, Vocabulary.KNOWN_GIVEN_NAME);
            }
        }
        return ids;
    }

    private int place(String text) {
        if (text == null || text.isBlank()) {
            return Vocabulary.NONE;
        }
        StringBuilder key = new StringBuilder();
        for (String word : text.split("[^\\p{L}\\p{M}\\p{N}]+")) {
            String plain = SpellingKey.plain(word);
            if (!plain.isEmpty()) {
                key.append(key.length() == 0 ? "" : " ").append(SpellingKey.of(plain));
            } else if (!word.isBlank()) {
                key.append(key.length() == 0 ? "" : " ").append(word.toLowerCase(Locale.ROOT));
            }
        }
        return key.length() == 0 ? Vocabulary.NONE : vocabulary.intern(key.toString());
    }

    /**
     * Placeholder dates (1 January, 31 December) are how "born around that year" is often typed:
     * they only tell the year.
     */
    static byte precisionOf(MatchRecord r) {
        if (r.birthDate() == null) {
            return PreparedRecord.YEAR;
        }
        byte declared = switch (r.birthDatePrecision()) {
            case "DAY" -> PreparedRecord.DAY;
            case "MONTH" -> PreparedRecord.MONTH;
            case "YEAR" -> PreparedRecord.YEAR;
            default -> PreparedRecord.ESTIMATED;
        };
        LocalDate d = r.birthDate();
        boolean placeholder = (d.getMonthValue() == 1 && d.getDayOfMonth() == 1)
                || (d.getMonthValue() == 12 && d.getDayOfMonth() == 31);
        return declared == PreparedRecord.DAY && placeholder ? PreparedRecord.YEAR : declared;
    }

    static byte sexOf(String sex) {
        if (sex == null || sex.isBlank()) {
            return 0;
        }
        char c = Character.toUpperCase(sex.strip().charAt(0));
        return switch (c) {
            case 'M', 'H' -> 1;
            case 'F' -> 2;
            default -> 0;
        };
    }

    /** Mali numbers are +223 and 8 digits; the last 8 digits identify the line whatever prefix was typed. */
    static long phoneNumber(String phone) {
        if (phone == null) {
            return -1;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() < 8) {
            return -1;
        }
        return Long.parseLong(digits.substring(digits.length() - 8));
    }

    static String documentNumber(String number) {
        if (number == null) {
            return null;
        }
        String compact = number.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
        return compact.length() < 4 ? null : compact;
    }

    static String plainText(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String plain = SpellingKey.plain(word);
            if (plain.isEmpty()) {
                plain = word.replaceAll("[^\\p{Alnum}]", "");
            }
            if (!plain.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(plain);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }
}
