package org.sira.people.cells;

import org.sira.tabular.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sira.people.PhoneNumber;

class PhoneParserTest {

    private final PhoneParser parser = new PhoneParser();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"76 12 34 56", "76123456", "+22376123456", "0022376123456", "22376123456", "'+22376123456",
            "76\u00A012\u00A034\u00A056", "76\u202F12\u202F34\u202F56"})
    void readsTheCommonMalianWritings(String cell) {
        assertThat(parser.parse(cell).value()).contains(new PhoneNumber("+22376123456"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"7612345", "76 12 34 56 / 66 12 34 56", "pas de téléphone", "=1+1"})
    void refusesWhatIsNotOnePhoneNumber(String cell) {
        Parsed<PhoneNumber> parsed = parser.parse(cell);

        assertThat(parsed.errorCode()).contains(PhoneParser.INVALID);
        assertThat(parsed.arguments()).containsExactly(cell);
    }

    @Test
    void takesABlankCellForNoValue() {
        assertThat(parser.parse("").isBlank()).isTrue();
    }
}
