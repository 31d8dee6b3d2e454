package org.sira.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sira.shared.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

/** Which passwords are refused, and why: the examples of the security probe, and what must still pass. */
class PasswordPolicyTest {

    private static final long SEED = 20261206L;

    private static String messageKey(String username, String password) {
        List<FieldError> errors = PasswordPolicy.check(username, password);
        return errors.isEmpty() ? null : errors.get(0).messageKey();
    }

    static Stream<Arguments> guessable() {
        return Stream.of(
                Arguments.of("abcdefghijkl", "password.guessable.sequence"),
                Arguments.of("123456789abc", null),
                Arguments.of("qwertyuiopas", null),
                Arguments.of("azertyuiop123", null),
                Arguments.of("motdepasse123", null),
                Arguments.of("passwordpassword1", null),
                Arguments.of("admin12345678", null),
                Arguments.of("wxcvbnqsdfgh", "password.guessable.keyboard"),
                Arguments.of("bonjoursoleil", null),
                Arguments.of("Bamako2024!!", null),
                Arguments.of("sikassosegou", "password.guessable.local-words"),
                Arguments.of("fatoumatatraore", "password.guessable.local-words"),
                Arguments.of("siramalisira", null),
                Arguments.of("0102199012345", null));
    }

    @Tag("asvs-6.2.4")
    @Tag("asvs-6.2.11")
    @ParameterizedTest(name = "{0}")
    @MethodSource("guessable")
    void guessablePasswordsAreRefusedWithAReason(String password, String expectedKey) {
        String key = messageKey("awa.traore", password);
        assertThat(key).as(password).isNotNull();
        if (expectedKey != null) {
            assertThat(key).as(password).isEqualTo(expectedKey);
        }
    }

    @Tag("asvs-6.2.4")
    @Test
    void theFrenchKeyboardsRowsAreRowsToo() {
        assertThat(messageKey(null, "azertyuiopqsdf")).isEqualTo("password.guessable.keyboard");
    }

    @Tag("asvs-6.2.11")
    @Test
    void theUserNameAndTheApplicationsNameAreRefused() {
        assertThat(messageKey("moussa.keita", "moussa.keita 2026 !")).isEqualTo("password.contains-username");
        assertThat(messageKey("admin", "Admin-1234567")).isEqualTo("password.contains-username");
        assertThat(messageKey("awa", "sira sira sira 1")).isNotNull();
    }

    static Stream<String> invisible() {
        return Stream.of("\u0001".repeat(12), "\u200B".repeat(12), "\u200B\u200C\u200D\u2060\uFEFF\u200E\u200F\u202A\u202C\u2066\u2069\u00AD",
                "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010",
                "a long test\u200B passphrase 42", "a long test\tpassphrase 42", "\u3164".repeat(12));
    }

    @Tag("asvs-6.2.4")
    @ParameterizedTest
    @MethodSource("invisible")
    void controlAndInvisibleCharactersAreRefused(String password) {
        assertThat(messageKey(null, password)).isEqualTo("password.invisible-characters");
    }

    @Tag("asvs-6.2.1")
    @Test
    void lengthIsCountedInCharactersAfterNormalisationNotInJavaChars() {
        // Six "é" written as e + combining accent: 12 Java chars, 6 characters.
        assertThat(messageKey(null, "e\u0301".repeat(6))).isEqualTo("password.too-short");
        // Six animals outside the basic plane: 12 Java chars, 6 characters.
        assertThat(messageKey(null, "\uD83D\uDC18\uD83E\uDD92\uD83E\uDD81\uD83D\uDC12\uD83D\uDC0A\uD83E\uDD93")).isEqualTo("password.too-short");
        assertThat(messageKey(null, "short")).isEqualTo("password.too-short");
        assertThat(messageKey(null, "x".repeat(PasswordPolicy.MAX_LENGTH + 1))).isEqualTo("password.too-long");
        assertThat(messageKey(null, "aaaaaaaaaaaaaaa")).isEqualTo("password.too-repetitive");
    }

    @Tag("asvs-6.2.9")
    @Tag("asvs-6.2.5")
    @ParameterizedTest
    @ValueSource(strings = {"cheval lampe riviere nuage", "a long test passphrase 42", "first start secret 2026",
            "a perfectly fine passphrase", "a very long passphrase", "Kora, mangue et 3 vélos bleus",
            "x7Gq2pLm9Rt4", "hippopotame violon escalier brouillard cactus trompette hibou ciseaux parapluie 1987"})
    void passphrasesAndRandomPasswordsAreAccepted(String password) {
        assertThat(PasswordPolicy.check("awa.traore", password)).as(password).isEmpty();
    }

    /** Past 64 characters the estimate stops (it grows steeply with length): a long weak start is judged as such. */
    @Tag("asvs-6.2.4")
    @Test
    void aLongPasswordIsJudgedOnItsFirst64Characters() {
        assertThat(messageKey(null, "x".repeat(195) + "yzabc")).isNotNull();
        assertThat(messageKey(null, "password".repeat(25))).isNotNull();
        assertThat(messageKey(null, "ab".repeat(90) + "cdefg")).isNotNull();
    }

    static Stream<Arguments> randomPassphrases() throws IOException {
        List<String> words = new ArrayList<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/dictionaries/eff_large.txt")) {
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(w -> !w.isEmpty()).forEach(words::add);
        }
        Random random = new Random(SEED);
        return IntStream.range(0, 25).mapToObj(i -> Arguments.of(String.join(" ",
                words.get(random.nextInt(words.size())), words.get(random.nextInt(words.size())),
                words.get(random.nextInt(words.size())), words.get(random.nextInt(words.size())))));
    }

    /** Four words drawn at random from the EFF list (7,776 words, about 52 bits) always pass. */
    @Tag("asvs-6.2.5")
    @ParameterizedTest(name = "{0}")
    @MethodSource("randomPassphrases")
    void fourRandomWordsAlwaysPass(String passphrase) {
        assertThat(PasswordPolicy.check("awa.traore", passphrase)).as("seed " + SEED + ": " + passphrase).isEmpty();
    }
}
