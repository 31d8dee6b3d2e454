package org.sira.shelter;

import org.sira.shelter.internal.StockLine;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.programmes.Programmes;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.Ids;
import org.sira.shared.NotFoundException;
import org.sira.shared.Paging;
import org.sira.shared.RefusedInputException;
import org.sira.shelter.internal.RequestKeys;
import org.sira.shelter.internal.StockAdjustment;
import org.sira.shelter.internal.StockCards;
import org.sira.shelter.internal.StockStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stock of each centre: items, receipts, adjustments, balances with their low-stock thresholds, and stock cards. */
@Service
public class StockKeeping {

    private final StockStore store;
    private final StockCards cards;
    private final RequestKeys keys;
    private final Centres centres;
    private final AuditLog audit;
    private final Programmes programmes;
    private final Clock clock;

    StockKeeping(StockStore store, StockCards cards, RequestKeys keys, Centres centres, AuditLog audit, Programmes programmes,
                 Clock clock) {
        this.cards = cards;
        this.keys = keys;
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
                input.projectLineId(), null, null, null, now(), CurrentUser.name()));
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

    /**
     * Writes off what was lost, expired or damaged, or sets the balance to what a count found;
     * with its reason, on the item's stock card. Never below zero: more than is there is refused
     * with what is available. Sent again with the same request key, the first one is answered.
     */
    @Transactional
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public StockAdjusted adjust(UUID centreId, AdjustmentInput input, String requestKey) {
        centres.find(centreId);
        Item item = item(input.item(), "item");
        Optional<String> key = RequestKeys.of(requestKey, "Idempotency-Key");
        Optional<StockAdjusted> earlier = key.flatMap(keys::earlier).flatMap(this::adjusted);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        store.lockCentre(centreId);
        UUID id = Ids.newId();
        if (key.isPresent()) {
            Optional<UUID> first = keys.claim(key.get(), id, now());
            if (first.isPresent()) {
                return adjusted(first.get()).orElseThrow();
            }
        }
        long balance = store.lockBalance(centreId, item.code()).orElse(0L);
        StockAdjustment adjustment = StockAdjustment.of(input.reason(), input.quantity(), input.countedBalance(), balance, item.code());
        if (adjustment.change() > 0) {
            store.add(centreId, item, adjustment.change());
        } else if (!store.take(centreId, item.code(), -adjustment.change())) {
            throw new IllegalStateException("The balance changed under its lock");
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        store.record(id, new StockStore.Movement(centreId, item.code(), "ADJUSTMENT", adjustment.change(), null, null, null,
                input.reason().name(), note, now(), CurrentUser.name()));
        audit.record("ADJUST", "STOCK", id.toString(), null, centreId + " " + item.code() + " " + adjustment.change() + " "
                + input.reason());
        return new StockAdjusted(id, item.code(), input.reason(), adjustment.change(), balance + adjustment.change(), false);
    }

    /** The item's movements in date order, each with the balance it left. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('SHELTER_MANAGE')")
    public StockCard card(UUID centreId, String itemCode, Paging paging) {
        centres.find(centreId);
        Item item = store.item(itemCode).orElseThrow(() -> new NotFoundException("ITEM", itemCode));
        StockLine line = store.line(centreId, item.code()).orElse(StockLine.of(item.code(), 0, item.defaultLowThreshold()));
        return new StockCard(centreId, item.code(), line.balance(), line.lowThreshold(), line.low(),
                cards.lines(centreId, item.code(), paging), cards.count(centreId, item.code()), paging.page(), paging.size());
    }

    private Optional<StockAdjusted> adjusted(UUID movementId) {
        return cards.adjustment(movementId).map(a -> new StockAdjusted(a.id(), a.item(), AdjustmentReason.valueOf(a.reason()),
                a.change(), store.line(a.centreId(), a.item()).map(StockLine::balance).orElse(0L), true));
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
