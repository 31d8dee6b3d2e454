package org.sira.shelter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sira.people.PersonVisibility;
import org.sira.programmes.Programmes;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.RefusedInputException;
import org.sira.shelter.internal.CashStore;
import org.sira.shelter.internal.CentreStore;
import org.sira.shelter.internal.Journey;
import org.sira.shelter.internal.RequestKeys;
import org.sira.shelter.internal.StockStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cash handed out from a centre, in XOF, by hand or by mobile money, to one person or a whole
 * group in one action, always charged to a project's budget line. Sent again with the same
 * request key, the first handout is answered and nobody is paid twice.
 */
@Service
public class CashAssistance {

    private final CashStore store;
    private final CentreStore centres;
    private final StockStore persons;
    private final PersonVisibility visibility;
    private final Programmes programmes;
    private final RequestKeys keys;
    private final AuditLog audit;
    private final Clock clock;

    CashAssistance(CashStore store, CentreStore centres, StockStore persons, PersonVisibility visibility, Programmes programmes,
                   RequestKeys keys, AuditLog audit, Clock clock) {
        this.store = store;
        this.centres = centres;
        this.persons = persons;
        this.visibility = visibility;
        this.programmes = programmes;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public CashHandout give(CashInput input, String requestKey) {
        Optional<String> key = RequestKeys.of(requestKey, "Idempotency-Key");
        Optional<CashHandout> earlier = key.flatMap(keys::earlier).flatMap(store::find);
        if (earlier.isPresent()) {
            return earlier.get().again();
        }
        CashAmount amount = wellFormed(input);
        List<UUID> recipients = List.copyOf(new LinkedHashSet<>(input.personIds()));
        known(input, recipients);
        UUID id = Ids.newId();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (key.isPresent()) {
            Optional<UUID> first = keys.claim(key.get(), id, now.atOffset(ZoneOffset.UTC));
            if (first.isPresent()) {
                return store.find(first.get()).orElseThrow().again();
            }
        }
        String reference = input.paymentMode() == Journey.PaymentMode.MOBILE_MONEY ? input.transactionReference().strip() : blankToNull(
                input.transactionReference());
        CashHandout cash = new CashHandout(id, input.centreId(), amount.xof(), input.paymentMode(), reference, input.projectLineId(),
                blankToNull(input.purpose()), recipients, amount.xof() * recipients.size(), now, CurrentUser.name(), false);
        store.insert(cash);
        audit.record("GIVE", "CASH", id.toString(), null, amount.xof() + " XOF x" + recipients.size() + " " + input.paymentMode()
                + (reference == null ? "" : " ref " + reference) + " line " + input.projectLineId());
        return cash;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public CashHandout find(UUID id) {
        CashHandout cash = store.find(id).orElseThrow(() -> new NotFoundException("CASH", id));
        if (!cash.given().stream().allMatch(visibility::maySee)) {
            throw new NotFoundException("CASH", id);
        }
        return cash;
    }

    /** The amount as written, and the reference that mobile money keeps: malformed → 400 on those fields. */
    private static CashAmount wellFormed(CashInput input) {
        List<FieldError> errors = new ArrayList<>();
        CashAmount amount = null;
        try {
            amount = CashAmount.parse(input.amountXof(), "amountXof");
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (input.paymentMode() == Journey.PaymentMode.MOBILE_MONEY && blankToNull(input.transactionReference()) == null) {
            errors.add(new FieldError("transactionReference", "shelter.journey.reference-required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return amount;
    }

    /** The centre, the persons (as the caller may see them) and the budget line must exist: refused on their field else. */
    private void known(CashInput input, List<UUID> recipients) {
        List<FieldError> errors = new ArrayList<>();
        if (centres.find(input.centreId()).isEmpty()) {
            errors.add(new FieldError("centreId", "shelter.unknown-centre", input.centreId()));
        }
        Set<UUID> unknown = new HashSet<>(recipients);
        persons.knownPersons(recipients, visibility.visiblePerson("p")).forEach(unknown::remove);
        recipients.stream().filter(unknown::contains).findFirst().ifPresent(first ->
                errors.add(new FieldError("personIds", "shelter.unknown-persons", unknown.size(), first)));
        if (!programmes.lineExists(input.projectLineId())) {
            errors.add(new FieldError("projectLineId", "shelter.unknown-project-line", input.projectLineId()));
        }
        if (!errors.isEmpty()) {
            throw new RefusedInputException(errors);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
