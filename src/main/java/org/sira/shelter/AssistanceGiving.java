package org.sira.shelter;

import org.sira.shelter.internal.Handout;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sira.people.PersonVisibility;
import org.sira.programmes.Programmes;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.RefusedInputException;
import org.sira.shared.jdbc.BulkInsert;
import org.sira.shelter.internal.CentreStore;
import org.sira.shelter.internal.StockStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assistance handed out from a centre's stock, to one person or a whole group in one
 * transaction. The balance is read under a lock of its row, so simultaneous distributions wait for
 * each other and none takes what another already took.
 */
@Service
public class AssistanceGiving {

    private static final List<String> COLUMNS = List.of("id", "distribution_id", "centre_id", "item_code", "person_id",
            "quantity", "outcome", "project_line_id", "given_at", "given_by");

    private final StockStore stock;
    private final CentreStore centres;
    private final PersonVisibility visibility;
    private final BulkInsert bulk;
    private final AuditLog audit;
    private final Programmes programmes;
    private final Clock clock;

    AssistanceGiving(StockStore stock, CentreStore centres, PersonVisibility visibility, BulkInsert bulk, AuditLog audit,
                     Programmes programmes, Clock clock) {
        this.programmes = programmes;
        this.stock = stock;
        this.centres = centres;
        this.visibility = visibility;
        this.bulk = bulk;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public Distribution give(AssistanceInput input) {
        List<UUID> persons = List.copyOf(new LinkedHashSet<>(input.personIds()));
        List<FieldError> errors = new ArrayList<>();
        if (centres.find(input.centreId()).isEmpty()) {
            errors.add(new FieldError("centreId", "shelter.unknown-centre", input.centreId()));
        }
        if (stock.item(input.item()).isEmpty()) {
            errors.add(new FieldError("item", "shelter.unknown-item", input.item()));
        }
        Set<UUID> unknown = new HashSet<>(persons);
        stock.knownPersons(persons, visibility.visiblePerson("p")).forEach(unknown::remove);
        persons.stream().filter(unknown::contains).findFirst().ifPresent(first ->
                errors.add(new FieldError("personIds", "shelter.unknown-persons", unknown.size(), first)));
        if (input.projectLineId() != null && !programmes.lineExists(input.projectLineId())) {
            errors.add(new FieldError("projectLineId", "shelter.unknown-project-line", input.projectLineId()));
        }
        if (!errors.isEmpty()) {
            throw new RefusedInputException(errors);
        }
        long available = stock.lockBalance(input.centreId(), input.item()).orElse(0L);
        Handout handout = Handout.of(available, input.quantityEach(), persons, Boolean.TRUE.equals(input.allowShortfall()),
                input.item());
        UUID distributionId = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (handout.taken() > 0) {
            if (!stock.take(input.centreId(), input.item(), handout.taken())) {
                throw new IllegalStateException("The balance changed under its lock");
            }
            stock.record(new StockStore.Movement(input.centreId(), input.item(), "ISSUE", -handout.taken(), null, null,
                    distributionId, null, null, now, CurrentUser.name()));
        }
        List<Object[]> rows = new ArrayList<>();
        handout.served().forEach(person -> rows.add(row(distributionId, input, person, "GIVEN", now)));
        handout.shortfall().forEach(person -> rows.add(row(distributionId, input, person, "SHORTFALL", now)));
        bulk.into("shelter_assistance", COLUMNS, rows);
        audit.record("GIVE", "DISTRIBUTION", distributionId.toString(), null, input.item() + " x" + input.quantityEach()
                + " given " + handout.served().size() + " shortfall " + handout.shortfall().size());
        return new Distribution(distributionId, input.centreId(), input.item(), input.quantityEach(), handout.served(),
                handout.shortfall(), available - handout.taken());
    }

    /** Several items to the same persons (a meal and a kit for the whole group) in one transaction: all given, or none. */
    @Transactional
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public List<Distribution> giveAll(List<AssistanceInput> inputs) {
        return inputs.stream().map(this::give).toList();
    }

    private static Object[] row(UUID distributionId, AssistanceInput input, UUID person, String outcome, OffsetDateTime at) {
        return new Object[] {Ids.newId(), distributionId, input.centreId(), input.item(), person, input.quantityEach(), outcome,
                input.projectLineId(), at, CurrentUser.name()};
    }
}
