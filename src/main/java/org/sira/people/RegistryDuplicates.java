package org.sira.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.sira.matching.DuplicatePair;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.InvalidInputException;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.sira.shared.jdbc.BulkInsert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pairs of registered persons that look like one person, found by running the matching engine
 * over the whole registry (at night, or when a coordinator asks), kept in a table for merging.
 * Duplicates that entered before the other doors checked, or through a door that cannot stop
 * (an import, a form saved anyway), end up here.
 */
@Service
public class RegistryDuplicates {

    private static final String LAST_SEARCH = "duplicates.last-search";
    private static final Logger log = LoggerFactory.getLogger(RegistryDuplicates.class);

    private final PersonMatching matching;
    private final PersonRegistry registry;
    private final PersonVisibility visibility;
    private final JdbcClient jdbc;
    private final BulkInsert bulk;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Clock clock;
    private final int keep;
    private final ExecutorService searcher = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "sira-registry-duplicates");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<OffsetDateTime> runningSince = new AtomicReference<>();

    RegistryDuplicates(PersonMatching matching, PersonRegistry registry, PersonVisibility visibility, JdbcClient jdbc,
                       BulkInsert bulk, TransactionTemplate transaction, AuditLog audit, Clock clock,
                       @Value("${sira.duplicates.keep:100000}") int keep) {
        this.matching = matching;
        this.registry = registry;
        this.visibility = visibility;
        this.jdbc = jdbc;
        this.bulk = bulk;
        this.transaction = transaction;
        this.audit = audit;
        this.clock = clock;
        this.keep = keep;
    }

    /** Whether a search runs (and since when), when the last one ended, how many pairs it left. */
    public record Status(Optional<OffsetDateTime> runningSince, Optional<OffsetDateTime> lastSearch, long pairs) {
    }

    /** Two persons that may be one, as the reader may see them, the likelier first. */
    public record Pair(PersonView first, PersonView second, String verdict, double score) {
    }

    @PreAuthorize("hasAuthority('PERSON_MERGE')")
    public Status status() {
        Optional<OffsetDateTime> last = jdbc.sql("SELECT setting_value FROM instance_setting WHERE name = :n")
                .param("n", LAST_SEARCH).query(String.class).optional().map(OffsetDateTime::parse);
        long pairs = jdbc.sql("SELECT COUNT(*) FROM possible_duplicate").query(Long.class).single();
        return new Status(Optional.ofNullable(runningSince.get()), last, pairs);
    }

    /** One page of the pairs whose two persons the reader may see and neither of which has been merged away since. */
    @PreAuthorize("hasAuthority('PERSON_MERGE')")
    public PageOf<Pair> pairs(Paging paging) {
        String visible = "JOIN person a ON a.id = d.first_id AND a.voided = FALSE AND " + visibility.visiblePerson("a")
                + " JOIN person b ON b.id = d.second_id AND b.voided = FALSE AND " + visibility.visiblePerson("b");
        long total = jdbc.sql("SELECT COUNT(*) FROM possible_duplicate d " + visible).query(Long.class).single();
        List<Pair> items = new ArrayList<>();
        jdbc.sql("SELECT d.first_id, d.second_id, d.verdict, d.score FROM possible_duplicate d " + visible
                        + " ORDER BY d.score DESC, d.first_id, d.second_id LIMIT :limit OFFSET :offset")
                .param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getDouble(4)})
                .list()
                .forEach(row -> items.add(new Pair(registry.findView((UUID) row[0]), registry.findView((UUID) row[1]),
                        (String) row[2], (double) row[3])));
        return new PageOf<>(items, total, paging.page(), paging.size());
    }

    /** Starts a search of the whole registry in the background; false when one is already running. */
    @PreAuthorize("hasAuthority('PERSON_MERGE')")
    public boolean searchNow() {
        audit.record("DUPLICATE_SEARCH", "PERSON", null, null, "search of the whole registry asked");
        return start();
    }

    @Scheduled(cron = "${sira.duplicates.cron:0 30 2 * * *}")
    void nightly() {
        start();
    }

    private boolean start() {
        if (!runningSince.compareAndSet(null, OffsetDateTime.now(clock))) {
            return false;
        }
        searcher.execute(() -> {
            try {
                search();
            } catch (RuntimeException e) {
                log.error("The search of the registry for duplicates failed", e);
            } finally {
                runningSince.set(null);
            }
        });
        return true;
    }

    /** Runs on the searcher thread: the engine's pairs, the likeliest {@code keep}, replace the last search's. */
    void search() {
        long started = System.nanoTime();
        List<DuplicatePair> found = new ArrayList<>(matching.duplicatePairs());
        found.sort(Comparator.comparingDouble(DuplicatePair::score).reversed());
        Set<String> dismissed = new HashSet<>();
        jdbc.sql("SELECT first_id, second_id FROM not_duplicate")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list().forEach(dismissed::add);
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Object[]> rows = new ArrayList<>();
        for (DuplicatePair pair : found) {
            boolean ordered = pair.firstId().compareTo(pair.secondId()) < 0;
            String first = ordered ? pair.firstId() : pair.secondId();
            String second = ordered ? pair.secondId() : pair.firstId();
            if (rows.size() < keep && !dismissed.contains(first + " " + second)) {
                rows.add(new Object[] {UUID.fromString(first), UUID.fromString(second), pair.verdict().name(), pair.score(),
                        now});
            }
        }
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM possible_duplicate").update();
            // Persons registered after the engine read them are not there yet; merged-away ones are filtered when shown.
            jdbc.sql("DELETE FROM instance_setting WHERE name = :n").param("n", LAST_SEARCH).update();
            jdbc.sql("INSERT INTO instance_setting (name, setting_value) VALUES (:n, :v)").param("n", LAST_SEARCH)
                    .param("v", now.toString()).update();
            bulk.into("possible_duplicate", List.of("first_id", "second_id", "verdict", "score", "found_at"), rows);
        });
        log.info("Registry duplicates: {} pairs found, {} kept, in {} ms", found.size(), rows.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The two persons are two people: the pair leaves the list and no later search brings it back. */
    @PreAuthorize("hasAuthority('PERSON_MERGE')")
    public void notTheSamePerson(UUID oneId, UUID otherId) {
        if (oneId.equals(otherId)) {
            throw InvalidInputException.of("second", "merge.same-person");
        }
        registry.find(oneId);
        registry.find(otherId);
        boolean ordered = oneId.toString().compareTo(otherId.toString()) < 0;
        UUID first = ordered ? oneId : otherId;
        UUID second = ordered ? otherId : oneId;
        transaction.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM possible_duplicate WHERE first_id = :a AND second_id = :b").param("a", first).param("b", second).update();
            jdbc.sql("DELETE FROM not_duplicate WHERE first_id = :a AND second_id = :b").param("a", first).param("b", second).update();
            jdbc.sql("INSERT INTO not_duplicate (first_id, second_id, decided_by, decided_at) VALUES (:a, :b, :by, :at)")
                    .param("a", first).param("b", second).param("by", CurrentUser.name()).param("at", OffsetDateTime.now(clock))
                    .update();
            audit.record("NOT_DUPLICATE", "PERSON", first.toString(), null, "not the same person as " + second);
        });
    }
}
