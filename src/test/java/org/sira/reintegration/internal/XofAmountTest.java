package org.sira.reintegration.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sira.shared.FieldError;

import static org.assertj.core.api.Assertions.assertThat;

class XofAmountTest {

    private static List<String> problems(Object amount, String currency) {
        List<FieldError> errors = new ArrayList<>();
        XofAmount.read(amount, currency, "amountXof", errors);
        return errors.stream().map(e -> e.field() + ":" + e.messageKey()).toList();
    }

    @Test
    void wholeFrancsAreReadFromNumbersAndFromDigitsWithThousandsSpaces() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(XofAmount.read(150000, null, "amountXof", errors)).isEqualTo(150000L);
        assertThat(XofAmount.read(2_500_000L, "XOF", "amountXof", errors)).isEqualTo(2_500_000L);
        assertThat(XofAmount.read("150 000", "fcfa", "amountXof", errors)).isEqualTo(150000L);
        assertThat(XofAmount.read("75\u202f000", null, "amountXof", errors)).isEqualTo(75000L);
        assertThat(errors).isEmpty();
    }

    @Test
    void decimalsAreRefusedWithTheirOwnMessageAndNeverRounded() {
        assertThat(problems(150000.5, null)).containsExactly("amountXof:reintegration.grant.whole-francs");
        assertThat(problems(150000.0, null)).containsExactly("amountXof:reintegration.grant.whole-francs");
        assertThat(problems(new BigDecimal("10.25"), null)).containsExactly("amountXof:reintegration.grant.whole-francs");
        assertThat(problems("150000,00", null)).containsExactly("amountXof:reintegration.grant.whole-francs");
        assertThat(problems("99.5", null)).containsExactly("amountXof:reintegration.grant.whole-francs");
    }

    @Test
    void anotherCurrencyIsRefusedOnTheCurrencyField() {
        assertThat(problems(100, "EUR")).containsExactly("currency:reintegration.grant.only-xof");
        assertThat(problems(100, "USD")).containsExactly("currency:reintegration.grant.only-xof");
    }

    @Test
    void zeroNegativeTextAndAbsurdAmountsAreRefused() {
        assertThat(problems(0, null)).containsExactly("amountXof:reintegration.grant.positive");
        assertThat(problems(-5000, null)).containsExactly("amountXof:reintegration.grant.positive");
        assertThat(problems("cent mille", null)).containsExactly("amountXof:reintegration.grant.digits-only");
        assertThat(problems("1.500.000", null)).containsExactly("amountXof:reintegration.grant.digits-only");
        assertThat(problems(XofAmount.MAX + 1, null)).containsExactly("amountXof:reintegration.grant.too-large");
        assertThat(problems("9".repeat(40), null)).containsExactly("amountXof:reintegration.grant.digits-only");
        assertThat(problems(null, null)).containsExactly("amountXof:error.required");
        assertThat(problems(true, null)).containsExactly("amountXof:reintegration.grant.digits-only");
    }
}
