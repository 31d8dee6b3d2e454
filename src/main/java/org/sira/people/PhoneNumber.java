package org.sira.people;

import java.util.Optional;

/** A phone number in international form, Malian numbers as {@code +223} and 8 digits. */
public record PhoneNumber(String e164) {

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9]\\d{7,14}")) {
            // The number itself stays out of the message: exceptions end up in logs.
            throw new IllegalArgumentException("not an international phone number");
        }
    }

    /**
     * Reads the common Malian writings: {@code 76 12 34 56}, {@code 76-12-34-56},
     * {@code +22376123456}, {@code 0022376123456}, {@code 223 76123456}; other countries when
     * written with {@code +} or {@code 00}. Empty when it cannot be a phone number.
     */
    public static Optional<PhoneNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // Spreadsheets in French group digits with no-break spaces.
        String trimmed = text.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        if (trimmed.isEmpty() || trimmed.length() > 40 || !trimmed.matches("[+0-9 ()./-]+")) {
            return Optional.empty();
        }
        boolean international = trimmed.startsWith("+") || trimmed.startsWith("00");
        String digits = trimmed.replaceAll("\\D", "");
        if (trimmed.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (!international && digits.length() == 11 && digits.startsWith("223")) {
            international = true;
        }
        if (!international) {
            return digits.length() == 8 ? Optional.of(new PhoneNumber("+223" + digits)) : Optional.empty();
        }
        if (digits.startsWith("223") && digits.length() != 11) {
            return Optional.empty();
        }
        return digits.length() >= 8 && digits.length() <= 15 && digits.charAt(0) != '0'
                ? Optional.of(new PhoneNumber("+" + digits))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return e164;
    }
}
