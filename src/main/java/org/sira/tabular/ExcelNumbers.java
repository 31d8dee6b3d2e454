package org.sira.tabular;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DateUtil;

/** How a number stored in a workbook reads as text in an import. */
public final class ExcelNumbers {

    /** Excel shows at most 15 significant digits; beyond them are binary rounding artefacts. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private ExcelNumbers() {
    }

    /**
     * {@code 76123456} rather than {@code 7.6123456E7} or {@code 76123456.0}: phone numbers and
     * document numbers are often typed into number cells.
     */
    public static String plain(String stored) {
        try {
            BigDecimal number = new BigDecimal(stored.strip()).round(EXCEL_PRECISION).stripTrailingZeros();
            return number.toPlainString();
        } catch (NumberFormatException notANumber) {
            return stored;
        }
    }

    /** The day a date cell shows, as {@code YYYY-MM-DD}; empty when the number is no date. */
    public static Optional<String> isoDate(String stored, boolean date1904) {
        try {
            double serial = Double.parseDouble(stored.strip());
            if (!DateUtil.isValidExcelDate(serial)) {
                return Optional.empty();
            }
            LocalDate day = DateUtil.getLocalDateTime(serial, date1904).toLocalDate();
            return Optional.of(day.toString());
        } catch (NumberFormatException notADate) {
            return Optional.empty();
        }
    }
}
