package org.sira.shelter.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sira.shared.ConflictException;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;

/**
 * A person's journey home: planned, then departed, then confirmed arrived or not reached by the
 * call a week after departure. A minor, or a possible one, travels with an escort; a payment by
 * mobile money keeps its transaction reference.
 */
public record Journey(UUID id, UUID personId, UUID centreId, Plan plan, Status status, Instant departedAt,
                      LocalDate callDue, Instant callDoneAt, String callResult, int version) {

    /** Days between departure and the call that confirms arrival. */
    public static final int CALL_AFTER_DAYS = 7;

    public enum Status { PLANNED, DEPARTED, ARRIVAL_CONFIRMED, NOT_REACHED }

    public enum PaymentMode { CASH, MOBILE_MONEY }

    /** What is booked: destination, transport, money, escort. */
    public record Plan(String region, String cercle, String commune, String village, String transportCompany,
                       LocalDate departureDate, String ticketNumber, long ticketCostXof, long travelMoneyXof,
                       PaymentMode paymentMode, String paymentReference, String escort) {
    }

    /** Books a journey; refused on the fields that do not hold (a minor without escort, mobile money without reference). */
    public static Journey plan(UUID personId, UUID centreId, Plan plan, AgeAtCheckIn age) {
        List<FieldError> errors = new ArrayList<>();
        if (blank(plan.region())) {
            errors.add(new FieldError("region", "error.required"));
        }
        if (blank(plan.transportCompany())) {
            errors.add(new FieldError("transportCompany", "error.required"));
        }
        if (plan.departureDate() == null) {
            errors.add(new FieldError("departureDate", "error.required"));
        }
        if (plan.ticketCostXof() < 0 || plan.travelMoneyXof() < 0) {
            errors.add(new FieldError(plan.ticketCostXof() < 0 ? "ticketCostXof" : "travelMoneyXof", "validation.PositiveOrZero"));
        }
        if (plan.paymentMode() == PaymentMode.MOBILE_MONEY && blank(plan.paymentReference())) {
            errors.add(new FieldError("paymentReference", "shelter.journey.reference-required"));
        }
        if (age != AgeAtCheckIn.ADULT && blank(plan.escort())) {
            errors.add(new FieldError("escort", "shelter.journey.escort-required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Journey(Ids.newId(), personId, centreId, plan, Status.PLANNED, null, null, null, null, 0);
    }

    /** The bus left with the person on it: the call that confirms arrival falls due a week after. */
    public Journey depart(Instant at) {
        if (status != Status.PLANNED) {
            throw new ConflictException("shelter.journey.not-planned");
        }
        return new Journey(id, personId, centreId, plan, Status.DEPARTED, at,
                at.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(CALL_AFTER_DAYS), null, null, version);
    }

    /** The confirmation call was made: arrived, or not reached, with what was learnt. */
    public Journey callMade(boolean arrived, String result, Instant at) {
        if (status != Status.DEPARTED) {
            throw new ConflictException("shelter.journey.not-departed");
        }
        return new Journey(id, personId, centreId, plan, arrived ? Status.ARRIVAL_CONFIRMED : Status.NOT_REACHED, departedAt,
                callDue, at, blank(result) ? null : result.strip(), version);
    }

    public long totalCostXof() {
        return plan.ticketCostXof() + plan.travelMoneyXof();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
