package org.sira.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

class OneEditApartTest {

    @Test
    void findsTheSameSingleSlipsAsTheEditDistance() {
        LevenshteinDistance levenshtein = new LevenshteinDistance(2);
        Random random = new Random(3);
        String letters = "abdk";
        for (int i = 0; i < 200_000; i++) {
            String a = randomWord(random, letters);
            String b = random.nextInt(3) == 0 ? a : randomWord(random, letters);
            if (random.nextBoolean() && !a.isEmpty()) {
                // A near copy, so that distances 1 and 2 are common.
                int at = random.nextInt(a.length());
                b = a.substring(0, at) + (random.nextBoolean() ? letters.charAt(random.nextInt(4)) : "")
                        + a.substring(at + random.nextInt(2));
            }
            assertThat(Slips.oneEditApart(a, b)).as("%s / %s", a, b).isEqualTo(levenshtein.apply(a, b) == 1);
        }
    }

    @Test
    void treatsAnInsertedLetterAsOneSlip() {
        assertThat(Slips.oneEditApart("kalaban", "kalabann")).isTrue();
        assertThat(Slips.oneEditApart("kalaban", "kalaban")).isFalse();
        assertThat(Slips.oneEditApart("kalaban", "kalbana")).isFalse();
    }

    private static String randomWord(Random random, String letters) {
        StringBuilder word = new StringBuilder();
        for (int n = random.nextInt(7); n > 0; n--) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }
}
