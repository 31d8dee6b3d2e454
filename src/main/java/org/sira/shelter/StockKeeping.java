package org.sira.shelter;

import org.sira.shelter.internal.StockLine;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.sira.programmes.Programmes;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.RefusedInputException;
import org.sira.shelter.internal.StockStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stock of each centre: items, receipts, balances and their low-stock thresholds. */
@Service
public class StockKeeping {

    private final StockStore store;
    private final Centres centres;
    private final AuditLog audit;
    private final Programmes programmes;
    private final Clock clock;

    StockKeeping(StockStore store, Centres centres, AuditLog audit, Programmes programmes, Clock clock) {
        this.programmes = programmes;
        this.store = store;
        this.centres = centres;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Item> items() {
        return store.items();
    }

    /** Each item's name in this language, by code. */
    public java.util.Map<String, String> labels(java.util.Locale locale) {
        java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
        store.items().forEach(item -> labels.put(item.code(), item.label(locale)));
        return labels;
    }

    /** The item of this code; unknown → refused on {@code field}. */
    public Item item(String code, String field) {
        return store.item(code).orElseThrow(() -> RefusedInputException.of(field, "shelter.unknown-item", code));
    }

    /** Items come in, charged to a project's budget line when one is named (a purchase). */
    @Transactional
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public StockReceipt receive(UUID centreId, ReceiptInput input) {
        centres.find(centreId);
        Item item = item(input.item(), "item");
        if (input.projectLineId() != null && !programmes.lineExists(input.projectLineId())) {
            throw RefusedInputException.of("projectLineId", "shelter.unknown-project-line", input.projectLineId());
        }
        store.lockCentre(centreId);
        store.add(centreId, item, input.quantity());
        UUID id = store.record(new StockStore.Movement(centreId, item.code(), "RECEIPT", input.quantity(), input.unitCostXof(),
                input.projectLineId(), null, null, now(), CurrentUser.name()));
        long balance = store.lockBalance(centreId, item.code()).orElseThrow();
        audit.record("RECEIVE", "STOCK", id.toString(), null, centreId + " " + item.code() + " +" + input.quantity());
        return new StockReceipt(id, item.code(), input.quantity(), input.unitCostXof(), balance);
    }

    @Transactional
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public void setLowThreshold(UUID centreId, String itemCode, int threshold) {
        centres.find(centreId);
        Item item = item(itemCode, "item");
        if (threshold < 0) {
            throw RefusedInputException.of("lowThreshold", "validation.PositiveOrZero");
        }
        store.setThreshold(centreId, item, threshold);
        audit.record("THRESHOLD", "STOCK", centreId.toString(), null, item.code() + " " + threshold);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public List<StockLine> balances(UUID centreId) {
        centres.find(centreId);
        return store.balances(centreId);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
