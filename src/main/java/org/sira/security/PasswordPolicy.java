package org.sira.security;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.BruteForceMatch;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SeparatorMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.sira.shared.FieldError;
import org.sira.shared.Folding;

/**
 * Passwords of at least 12 characters that an attacker holding the password hashes could not
 * guess in about 3·10¹⁰ tries. Length beats complexity rules: a phrase of a few words chosen at
 * random is easy to remember and hard to guess, while "Bamako2024!" is neither. The estimate is
 * nbvcxz's (zxcvbn's method: common passwords, words, names, keyboard rows, sequences, repeats,
 * dates), with French words, Malian names and places, the AZERTY keyboard, the user name and the
 * application's name added ({@link GuessableWords}). The password is checked as typed, after
 * Unicode NFC normalisation, and stored as typed.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 200;
    /** log2 of the guesses needed: 35 bits is about 3.4·10¹⁰ tries, beyond zxcvbn's top score. */
    static final double MIN_ENTROPY_BITS = 35;
    private static final int MIN_DISTINCT = 5;
    /**
     * Only the first 64 characters are estimated: nbvcxz's search grows steeply with length (a
     * crafted 200-character password cost 1.5 to 3.6 s of CPU, and past its time limit it
     * over-estimates), while 64 characters cost at most about 0.6 s and judge any honest phrase.
     */
    static final int ESTIMATED_LENGTH = 64;

    private PasswordPolicy() {
    }

    static List<FieldError> check(String username, String password) {
        return check("password", username, password);
    }

    /** The reasons, if any, why {@code password} may not be used by {@code username}; errors are on {@code field}. */
    static List<FieldError> check(String field, String username, String password) {
        FieldError refusal = refusal(field, username, password);
        return refusal == null ? List.of() : List.of(refusal);
    }

    private static FieldError refusal(String field, String username, String password) {
        if (password == null || password.isEmpty()) {
            return new FieldError(field, "password.too-short", MIN_LENGTH);
        }
        if (password.codePoints().anyMatch(PasswordPolicy::invisible)) {
            return new FieldError(field, "password.invisible-characters");
        }
        String normalised = Normalizer.normalize(password, Normalizer.Form.NFC);
        int length = normalised.codePointCount(0, normalised.length());
        if (length < MIN_LENGTH) {
            return new FieldError(field, "password.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            return new FieldError(field, "password.too-long", MAX_LENGTH);
        }
        if (normalised.codePoints().distinct().count() < MIN_DISTINCT) {
            return new FieldError(field, "password.too-repetitive");
        }
        String folded = Folding.fold(normalised).replace(" ", "");
        String name = username == null ? "" : Folding.fold(username).replace(" ", "");
        if (name.length() >= 4 && folded.contains(name)) {
            return new FieldError(field, "password.contains-username");
        }
        Result estimate = estimate(normalised, username);
        if (estimate.getEntropy() < MIN_ENTROPY_BITS) {
            return new FieldError(field, reason(estimate));
        }
        return null;
    }

    /**
     * Control characters, format characters (zero-width space and joiners, direction marks, the
     * byte-order mark), private-use, unassigned and lone surrogate code points, line separators,
     * and the letters that draw nothing (Hangul fillers, blank Braille): nobody can see or retype them.
     */
    static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
                || codePoint == 0x2800 || codePoint == 0x034F || (codePoint >= 0x180B && codePoint <= 0x180F);
    }

    static Result estimate(String password, String username) {
        List<Dictionary> dictionaries = new ArrayList<>(GuessableWords.dictionaries());
        DictionaryBuilder context = new DictionaryBuilder().setDictionaryName(GuessableWords.CONTEXT).setExclusion(true)
                .addWord("sira", 0).addWord("admin", 0);
        if (username != null && !username.isBlank()) {
            String lower = username.strip().toLowerCase(Locale.ROOT);
            context.addWord(lower, 0);
            for (String part : lower.split("[._-]+")) {
                if (part.length() >= 3) {
                    context.addWord(part, 0);
                }
            }
        }
        dictionaries.add(context.createDictionary());
        return new Nbvcxz(new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setAdjacencyGraphs(GuessableWords.keyboards())
                .setMinimumEntropy(MIN_ENTROPY_BITS)
                .setMaxLength(ESTIMATED_LENGTH)
                .createConfiguration())
                .estimate(password);
    }

    /** Why a password is guessable: the kind of pattern that covers most of it. */
    private static String reason(Result estimate) {
        Match widest = null;
        for (Match match : estimate.getMatches()) {
            if (!(match instanceof BruteForceMatch) && !(match instanceof SeparatorMatch)
                    && (widest == null || match.getLength() > widest.getLength())) {
                widest = match;
            }
        }
        if (widest instanceof DictionaryMatch word) {
            return switch (word.getDictionaryName()) {
                case GuessableWords.CONTEXT -> "password.guessable.name";
                case "passwords" -> "password.guessable.common";
                case GuessableWords.LOCAL -> "password.guessable.local-words";
                default -> "password.guessable.words";
            };
        }
        if (widest instanceof SpacialMatch) {
            return "password.guessable.keyboard";
        }
        if (widest instanceof SequenceMatch) {
            return "password.guessable.sequence";
        }
        if (widest instanceof RepeatMatch) {
            return "password.guessable.repeat";
        }
        if (widest instanceof DateMatch || widest instanceof YearMatch) {
            return "password.guessable.date";
        }
        return "password.too-guessable";
    }
}
