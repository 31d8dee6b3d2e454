package org.sira.arrivals;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sira.reference.Continent;
import org.sira.reference.Country;
import org.sira.reference.ReferenceData;
import org.sira.shared.FieldError;
import org.sira.shared.Folding;
import org.sira.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Checks a {@link ReturnInput} field by field; all broken rules are reported at once. */
@Component
public class ReturnInputReader {

    static final LocalDate EARLIEST_ARRIVAL = LocalDate.of(1960, 1, 1);
    /** Their codes are kept in one column of 100 characters. */
    static final int MAX_TRANSIT_COUNTRIES = 10;

    private final ReferenceData reference;
    private final Clock clock;

    ReturnInputReader(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    public PersonReturn.ReturnDetails read(ReturnInput input) {
        List<FieldError> errors = new ArrayList<>();
        ReturnKind kind = null;
        if (blank(input.returnKind())) {
            errors.add(new FieldError("returnKind", "error.required"));
        } else {
            kind = ReturnKind.parse(input.returnKind()).orElse(null);
            if (kind == null) {
                errors.add(new FieldError("returnKind", "return.kind.unknown", clip(input.returnKind())));
            }
        }
        String country = null;
        if (blank(input.countryFrom())) {
            errors.add(new FieldError("countryFrom", "error.required"));
        } else {
            Optional<Country> found = reference.country(input.countryFrom());
            if (found.isEmpty()) {
                errors.add(new FieldError("countryFrom", "return.country.unknown", clip(input.countryFrom())));
            } else if (found.get().continent() == Continent.ANTARCTICA) {
                // The statistics count returns by the six inhabited continents only (api-v1).
                errors.add(new FieldError("countryFrom", "return.country.uninhabited", clip(input.countryFrom())));
            } else {
                country = found.get().alpha2();
            }
        }
        List<String> transit = new ArrayList<>();
        for (String value : input.transitCountries() == null ? List.<String>of() : input.transitCountries()) {
            if (blank(value)) {
                continue;
            }
            Optional<Country> found = reference.country(value);
            if (found.isEmpty()) {
                errors.add(new FieldError("transitCountries", "return.country.unknown", clip(value)));
            } else {
                transit.add(found.get().alpha2());
            }
        }
        LocalDate arrival = date("arrivalDate", input.arrivalDate(), true, errors);
        LocalDate left = date("leftMaliOn", input.leftMaliOn(), false, errors);
        if (arrival != null && left != null && left.isAfter(arrival)) {
            errors.add(new FieldError("leftMaliOn", "return.left-after-arrival"));
        }
        if (transit.size() > MAX_TRANSIT_COUNTRIES) {
            errors.add(new FieldError("transitCountries", "validation.Size", MAX_TRANSIT_COUNTRIES, 0));
        }
        FieldError.checkLength("arrivalPoint", text(input.arrivalPoint()), 100, errors);
        FieldError.checkLength("programme", text(input.programme()), 100, errors);
        range("yearsAbroad", input.yearsAbroad(), 0, 80, errors);
        range("detentionDays", input.detentionDays(), 0, 3650, errors);
        if (input.detentionDays() != null && input.detentionDays() > 0 && Boolean.FALSE.equals(input.detained())) {
            errors.add(new FieldError("detentionDays", "return.detention-without-detained"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Boolean detained = input.detained() != null ? input.detained()
                : input.detentionDays() != null && input.detentionDays() > 0 ? Boolean.TRUE : null;
        return new PersonReturn.ReturnDetails(kind, country, transit, left, input.yearsAbroad(), arrival,
                text(input.arrivalPoint()), text(input.programme()), detained, input.detentionDays(),
                input.belongingsLeft(), input.wagesUnpaid(), input.familyLeftAbroad());
    }

    private LocalDate date(String field, String value, boolean required, List<FieldError> errors) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "error.required"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isAfter(LocalDate.now(clock))) {
                errors.add(new FieldError(field, "return.date.future"));
                return null;
            }
            if (date.isBefore(EARLIEST_ARRIVAL)) {
                errors.add(new FieldError(field, "return.date.too-old"));
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "return.date.invalid"));
            return null;
        }
    }

    private static void range(String field, Integer value, int min, int max, List<FieldError> errors) {
        if (value != null && (value < min || value > max)) {
            errors.add(new FieldError(field, "return.number.range", min, max));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return blank(value) ? null : Folding.collapseSpaces(value);
    }

    private static String clip(String value) {
        String text = value.strip();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
