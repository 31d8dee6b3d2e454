package org.sira.reintegration.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sira.shared.FieldError;

/**
 * An amount in francs CFA (XOF), which have no smaller unit: a whole number above zero. A decimal
 * or another currency is refused with its own message, never rounded or converted.
 */
public final class XofAmount {

    /** Far above any grant the association gives: a typing slip, not a grant. */
    public static final long MAX = 100_000_000L;
    private static final Set<String> XOF = Set.of("XOF", "FCFA", "F CFA", "CFA");

    private XofAmount() {
    }

    /** The amount, or null and an error on {@code field} (or on {@code currency}). */
    public static Long read(Object value, String currency, String field, List<FieldError> errors) {
        if (currency != null && !currency.isBlank() && !XOF.contains(currency.strip().toUpperCase(Locale.ROOT))) {
            errors.add(new FieldError("currency", "reintegration.grant.only-xof", currency.length() > 10 ? currency.substring(0, 10) : currency));
            return null;
        }
        if (value == null || (value instanceof String s && s.isBlank())) {
            errors.add(new FieldError(field, "error.required"));
            return null;
        }
        BigInteger amount;
        if (value instanceof Integer || value instanceof Long || value instanceof BigInteger || value instanceof Short) {
            amount = new BigInteger(value.toString());
        } else if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            errors.add(new FieldError(field, "reintegration.grant.whole-francs"));
            return null;
        } else if (value instanceof String s) {
            // Staff write 150 000 (a plain, no-break or narrow no-break space between thousands).
            String digits = s.strip().replaceAll("[\\s\\u00a0\\u202f]", "");
            if (digits.matches("\\d+[.,]\\d*")) {
                errors.add(new FieldError(field, "reintegration.grant.whole-francs"));
                return null;
            }
            if (!digits.matches("-?\\d{1,18}")) {
                errors.add(new FieldError(field, "reintegration.grant.digits-only"));
                return null;
            }
            amount = new BigInteger(digits);
        } else {
            errors.add(new FieldError(field, "reintegration.grant.digits-only"));
            return null;
        }
        if (amount.signum() <= 0) {
            errors.add(new FieldError(field, "reintegration.grant.positive"));
            return null;
        }
        if (amount.compareTo(BigInteger.valueOf(MAX)) > 0) {
            errors.add(new FieldError(field, "reintegration.grant.too-large", MAX));
            return null;
        }
        return amount.longValueExact();
    }
}
