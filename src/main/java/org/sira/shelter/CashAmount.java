package org.sira.shelter;

import java.util.regex.Pattern;

import org.sira.shared.InvalidInputException;

/**
 * An amount of cash in whole francs CFA (XOF has no cents). Read the way people write it in
 * Bamako: {@code 12500}, {@code 12 500}, {@code 12.500}, with {@code F}, {@code FCFA} or
 * {@code XOF} after it. A comma, decimals, or another currency are refused with a message that
 * says how to write it, never guessed: {@code 12,50} could be twelve francs fifty or a slip for
 * 12 500, and the money is real.
 */
public record CashAmount(long xof) {

    /** The most one person receives in one handout; a larger figure is a typing slip. */
    public static final long MAX_XOF = 100_000_000L;

    private static final Pattern PLAIN = Pattern.compile("\\d+");
    private static final Pattern SPACE_GROUPS = Pattern.compile("\\d{1,3}( \\d{3})+");
    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern OUR_CURRENCY = Pattern.compile("(?i)\\s*(xof|f\\s*cfa|cfa|f)\\s*$");
    private static final Pattern OUR_CURRENCY_FIRST = Pattern.compile("(?i)^\\s*(xof|fcfa)\\s*");

    public CashAmount {
        if (xof <= 0) {
            throw InvalidInputException.of("amountXof", "shelter.cash.amount-positive");
        }
        if (xof > MAX_XOF) {
            throw InvalidInputException.of("amountXof", "shelter.cash.amount-too-large", MAX_XOF);
        }
    }

    /** The amount as written in {@code field}; refused on that field when it is not a whole number of francs CFA. */
    public static CashAmount parse(String written, String field) {
        if (written == null || written.isBlank()) {
            throw InvalidInputException.of(field, "error.required");
        }
        String text = written.replace('\u00A0', ' ').replace('\u202F', ' ').strip().replaceAll(" +", " ");
        text = OUR_CURRENCY_FIRST.matcher(OUR_CURRENCY.matcher(text).replaceFirst("")).replaceFirst("").strip();
        boolean words = text.chars().anyMatch(Character::isLetter);
        if (words && text.chars().noneMatch(Character::isDigit)) {
            throw InvalidInputException.of(field, "shelter.cash.unreadable", written.strip());
        }
        if (words || text.matches(".*[€$£¥₦₵].*")) {
            throw InvalidInputException.of(field, "shelter.cash.currency", written.strip());
        }
        if (text.startsWith("-")) {
            throw InvalidInputException.of(field, "shelter.cash.amount-positive");
        }
        String digits;
        if (PLAIN.matcher(text).matches()) {
            digits = text;
        } else if (SPACE_GROUPS.matcher(text).matches() || DOT_GROUPS.matcher(text).matches()) {
            digits = text.replace(" ", "").replace(".", "");
        } else if (text.matches("[\\d .,]+")) {
            throw InvalidInputException.of(field, "shelter.cash.no-decimals", written.strip());
        } else {
            throw InvalidInputException.of(field, "shelter.cash.unreadable", written.strip());
        }
        if (digits.length() > 12) {
            throw InvalidInputException.of(field, "shelter.cash.amount-too-large", MAX_XOF);
        }
        long xof = Long.parseLong(digits);
        if (xof <= 0) {
            throw InvalidInputException.of(field, "shelter.cash.amount-positive");
        }
        if (xof > MAX_XOF) {
            throw InvalidInputException.of(field, "shelter.cash.amount-too-large", MAX_XOF);
        }
        return new CashAmount(xof);
    }
}
