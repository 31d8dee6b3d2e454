package org.sira.shelter;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an amount of cash in francs CFA is read, without Spring. */
class CashAmountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12500|12500", "12 500|12500", "12.500|12500", "1 250 000|1250000", "1.250.000|1250000", "12 500 FCFA|12500",
            "12500 F|12500", "12500F CFA|12500", "XOF 12500|12500", "12 500 xof|12500", "  750  |750", "12\u00A0500|12500"})
    void wholeFrancsAreReadWithSpacesOrDotsBetweenThousandsAndOurCurrencyNamed(String written, long xof) {
        assertThat(CashAmount.parse(written, "amountXof").xof()).isEqualTo(xof);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "12,50|shelter.cash.no-decimals", "12,500|shelter.cash.no-decimals", "12.50|shelter.cash.no-decimals",
            "12.5|shelter.cash.no-decimals", "12 500,00|shelter.cash.no-decimals", "1.25.000|shelter.cash.no-decimals",
            "12 500.000|shelter.cash.no-decimals", "15 €|shelter.cash.currency", "20 USD|shelter.cash.currency",
            "EUR 20|shelter.cash.currency", "douze mille|shelter.cash.unreadable", "0|shelter.cash.amount-positive",
            "-500|shelter.cash.amount-positive", "000|shelter.cash.amount-positive", "100000001|shelter.cash.amount-too-large",
            "99999999999999999999|shelter.cash.amount-too-large", "12#500|shelter.cash.unreadable"})
    void decimalsCommasOtherCurrenciesAndNonPositiveAmountsAreRefusedOnTheField(String written, String key) {
        assertThatThrownBy(() -> CashAmount.parse(written, "amountXof"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::messageKey).containsExactly(org.assertj.core.groups.Tuple.tuple("amountXof", key)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aMissingAmountIsRequired(String written) {
        assertThatThrownBy(() -> CashAmount.parse(written, "amountXof"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("error.required"));
    }
}
