package org.sira.casework.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sira.arrivals.ReturnsRecorded;
import org.sira.shared.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The follow-ups of recorded returns are written right after the transaction that recorded the
 * returns commits, in transactions of their own, before its caller goes on (the API answers, an
 * import job is done): a 100,000-row import no longer carries 300,000 follow-ups in its one large
 * transaction, whose commit H2 pays per row and per index. Nothing is lost on the way: the
 * recording transaction writes the returns to plan as pending (one row per {@value #PER_ROW}
 * returns), and a pending row is deleted in the transaction that writes its follow-ups, so it is
 * planned once; one left by a stop of the process, or by a failure, is planned at the next start,
 * before any request is served, or by a merge of its person (so that the follow-ups move with the
 * person). Dates are planned from the day the returns were recorded.
 */
@Component
public class FollowUpPlanning implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FollowUpPlanning.class);
    static final int PER_ROW = 2_000;

    private final FollowUpStore store;
    private final FollowUpPlanner planner;
    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;

    FollowUpPlanning(FollowUpStore store, FollowUpPlanner planner, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.store = store;
        this.planner = planner;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Returns to plan, recorded on a day, at a time, by someone. */
    record Pending(UUID id, LocalDate recordedOn, OffsetDateTime recordedAt, String recordedBy,
                   List<ReturnsRecorded.Recorded> returns) {
    }

    /**
     * Writes these returns as pending in the current transaction and plans their follow-ups once
     * it commits (none if it rolls back). Without a transaction, plans them at once.
     */
    public void afterCommit(List<ReturnsRecorded.Recorded> returns, LocalDate today, OffsetDateTime at, String by) {
        for (int from = 0; from < returns.size(); from += PER_ROW) {
            Pending pending = new Pending(Ids.newId(), today, at, by, returns.subList(from, Math.min(returns.size(), from + PER_ROW)));
            if (!TransactionSynchronizationManager.isSynchronizationActive()) {
                write(pending);
                continue;
            }
            save(pending);
            // Only the id is kept until the commit: the 1,000 batches of a million-row import would
            // otherwise hold a million returns in memory; each is read back from its row.
            UUID id = pending.id();
            int count = pending.returns().size();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        ownTransaction.executeWithoutResult(status -> load(id).ifPresent(FollowUpPlanning.this::plan));
                    } catch (RuntimeException e) {
                        log.error("Follow-ups of {} returns left to plan (pending {}): planned at the next start", count, id, e);
                    }
                }
            });
        }
    }

    /** Plans every pending row left, each in a transaction of its own; how many follow-ups were written. */
    public int resume() {
        int written = 0;
        for (UUID id : jdbc.sql("SELECT id FROM follow_up_pending ORDER BY id").query(UUID.class).list()) {
            Integer planned = ownTransaction.execute(status -> load(id).map(this::plan).orElse(0));
            written += planned == null ? 0 : planned;
        }
        return written;
    }

    /** Plans every pending row in the current transaction (before a merge moves the person's follow-ups). */
    public void planAllPending() {
        for (UUID id : jdbc.sql("SELECT id FROM follow_up_pending ORDER BY id").query(UUID.class).list()) {
            load(id).ifPresent(this::plan);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        int written = resume();
        if (written > 0) {
            log.warn("{} follow-ups planned at start-up: their returns were recorded before a stop", written);
        }
    }

    /** Claims the pending row and writes its follow-ups; 0 if another transaction planned it first. */
    private int plan(Pending pending) {
        if (jdbc.sql("DELETE FROM follow_up_pending WHERE id = :id").param("id", pending.id()).update() == 0) {
            return 0;
        }
        return write(pending);
    }

    private int write(Pending pending) {
        List<FollowUpStore.NewFollowUp> planned = new ArrayList<>();
        for (ReturnsRecorded.Recorded r : pending.returns()) {
            for (FollowUpPlanner.Planned p : planner.plan(r.arrivalDate(), pending.recordedOn())) {
                planned.add(new FollowUpStore.NewFollowUp(Ids.newId(), r.personId(), r.returnId(), p.kind(), p.due(), null));
            }
        }
        store.insertAll(planned, pending.recordedAt(), pending.recordedBy());
        return planned.size();
    }

    void save(Pending pending) {
        StringBuilder text = new StringBuilder(pending.returns().size() * 88);
        for (ReturnsRecorded.Recorded r : pending.returns()) {
            text.append(r.returnId()).append(';').append(r.personId()).append(';').append(r.arrivalDate()).append('\n');
        }
        jdbc.sql("""
                INSERT INTO follow_up_pending (id, recorded_on, recorded_at, recorded_by, returns)
                VALUES (:id, :on, :at, :by, :returns)""")
                .param("id", pending.id()).param("on", pending.recordedOn()).param("at", pending.recordedAt())
                .param("by", pending.recordedBy()).param("returns", text.toString()).update();
    }

    private java.util.Optional<Pending> load(UUID id) {
        return jdbc.sql("SELECT recorded_on, recorded_at, recorded_by, returns FROM follow_up_pending WHERE id = :id")
                .param("id", id).query((rs, row) -> {
                    List<ReturnsRecorded.Recorded> returns = new ArrayList<>();
                    for (String line : rs.getString(4).split("\n")) {
                        String[] parts = line.split(";");
                        returns.add(new ReturnsRecorded.Recorded(UUID.fromString(parts[0]), UUID.fromString(parts[1]),
                                LocalDate.parse(parts[2])));
                    }
                    return new Pending(id, rs.getObject(1, LocalDate.class), rs.getObject(2, OffsetDateTime.class),
                            rs.getString(3), returns);
                }).optional();
    }
}
