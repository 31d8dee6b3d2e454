package org.sira.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The registry as the matcher sees it: records reduced to compact form, filed under blocking keys.
 * Answers "who could this be?" for one record and "which records are the same person?" for all.
 * Thread-safe: queries run concurrently, changes one at a time.
 */
public final class MatchIndex {

    private final MatchSettings settings;
    private final NameNormaliser normaliser;
    private final Vocabulary vocabulary = new Vocabulary();
    private final FieldStatistics statistics = new FieldStatistics();
    private final RecordPreparation preparation;
    private final RecordSlots slots;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ClearLeadRule clearLead;
    private final CorroborationRule corroboration;
    private volatile PairScorer scorer;
    /** {@link NamesakeCensus#share} and the registry size it was counted at; counted again as the registry grows. */
    private volatile double namesakeShare;
    private volatile int namesakesCountedAt = -1;
    private final java.util.concurrent.atomic.AtomicBoolean censusRunning = new java.util.concurrent.atomic.AtomicBoolean();
    /** Below this many records the census is counted again in line: under a tenth of a second. */
    static final int IN_LINE_CENSUS = 20_000;

    public MatchIndex() {
        this(MatchSettings.defaults());
    }

    public MatchIndex(MatchSettings settings) {
        this(settings, 1024);
    }

    /** An index sized for about {@code expectedRecords}, avoiding regrowth while loading a large registry. */
    public MatchIndex(MatchSettings settings, int expectedRecords) {
        this.settings = settings;
        this.normaliser = NameNormaliser.standard();
        this.preparation = new RecordPreparation(normaliser, vocabulary, settings.extraFieldNames());
        this.slots = new RecordSlots(settings, statistics, vocabulary, expectedRecords);
        this.scorer = new PairScorer(vocabulary, statistics, settings, normaliser);
        this.clearLead = new ClearLeadRule(settings.matchMargin());
        this.corroboration = new CorroborationRule(settings.weightFor(settings.matchScore()) + CorroborationRule.UNCORROBORATED_EXTRA);
    }

    /** Adds a record, replacing any record with the same id. */
    public void add(MatchRecord record) {
        underWriteLock(() -> {
            slots.add(preparation.prepare(record));
            return null;
        });
    }

    /** Replaces the record with the same id (for instance after a caseworker completed it). */
    public void update(MatchRecord record) {
        add(record);
    }

    public boolean remove(String id) {
        return underWriteLock(() -> slots.remove(id));
    }

    public int size() {
        return underReadLock(slots::size);
    }

    public boolean contains(String id) {
        return underReadLock(() -> slots.contains(id));
    }

    /**
     * Records that may be the same person as {@code record}, best first, those below the POSSIBLE
     * threshold left out. A record with the same id as the query is never its own candidate.
     */
    public List<Candidate> query(MatchRecord record) {
        PreparedRecord prepared = prepareQuery(record);
        return underReadLock(() -> judged(prepared, scorer));
    }

    /** The candidates of a prepared query, explained and judged by every rule (the caller holds the read lock). */
    private List<Candidate> judged(PreparedRecord prepared, PairScorer current) {
        List<RecordSlots.Hit> ranked = slots.rank(prepared, current, Integer.MAX_VALUE, settings.maxCandidates());
        List<Candidate> candidates = new ArrayList<>(ranked.size());
        boolean crowded = namesakesCrowd();
        for (RecordSlots.Hit hit : ranked) {
            candidates.add(explain(prepared, slots.at(hit.slot()), current, crowded));
        }
        return clearLead.apply(candidates, (a, b) -> sameBeyondDoubt(slots.byId(a), slots.byId(b), current));
    }

    /** Preparing a query interns its words: a change to the vocabulary, so under the write lock. */
    private PreparedRecord prepareQuery(MatchRecord record) {
        return underWriteLock(() -> preparation.prepare(record));
    }

    /**
     * The explained comparison of two indexed records, if both are present, judged as a query of the
     * first would judge the second: the same verdict and reasons as a manifest row would get.
     */
    public Optional<Candidate> compare(String firstId, String secondId) {
        return underReadLock(() -> {
            PreparedRecord a = slots.byId(firstId);
            PreparedRecord b = slots.byId(secondId);
            if (a == null || b == null) {
                return Optional.empty();
            }
            return Optional.of(judgedAgainst(a, b));
        });
    }

    /**
     * The explained comparison of an indexed record with any record, whether or not blocking would pair
     * them, with the verdict and reasons a query of {@code record} gives it (every rule, the clear lead
     * over the other candidates included): a comparison page says what the manifest says.
     */
    public Candidate compareWith(String indexedId, MatchRecord record) {
        PreparedRecord prepared = prepareQuery(record);
        return underReadLock(() -> {
            PreparedRecord indexed = slots.byId(indexedId);
            if (indexed == null) {
                throw new IllegalArgumentException("Not in the index: " + indexedId);
            }
            return judgedAgainst(prepared, indexed);
        });
    }

    /** {@code candidate} as the query {@code query} judges it; explained alone if the query does not list it. */
    private Candidate judgedAgainst(PreparedRecord query, PreparedRecord candidate) {
        PairScorer current = scorer;
        for (Candidate c : judged(query, current)) {
            if (c.recordId().equals(candidate.id)) {
                return c;
            }
        }
        return explain(query, candidate, current, namesakesCrowd());
    }

    /**
     * Every pair of indexed records that is at least POSSIBLE, each pair once, in parallel over the
     * available cores. Meant for a nightly run or a first import. Starts by compacting the blocks under
     * the write lock (a few seconds at a million records, during which queries wait).
     */
    public List<DuplicatePair> deduplicate() {
        lock.writeLock().lock();
        try {
            // Every block is walked many times below: worth laying each block out in one piece first.
            slots.compact();
            // Downgraded, not released, so that no change slips in between.
            lock.readLock().lock();
        } finally {
            lock.writeLock().unlock();
        }
        try {
            PairScorer current = scorer;
            int limit = slots.slotCount();
            boolean crowded = namesakesCrowd();
            return IntStream.range(0, limit).parallel()
                    .mapToObj(slot -> duplicatesOf(slot, current, crowded))
                    .flatMap(List::stream)
                    .collect(Collectors.toList());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Re-estimates the m/u probabilities from up to {@code maxRecords} records of this index by EM
     * over their blocked candidate pairs, and uses them from now on.
     */
    public MatchWeights estimateWeights(int maxRecords) {
        return underWriteLock(() -> {
            List<Agreement[]> patterns = slots.blockedPairPatterns(scorer, maxRecords);
            MatchWeights estimated = new WeightEstimation(settings.weights(), settings.extraFieldNames())
                    .estimate(patterns);
            scorer = new PairScorer(vocabulary, statistics, settings.withWeights(estimated), normaliser);
            return estimated;
        });
    }

    /** A pair's verdict is the one a query of the newer record would give the older (bar the clear lead): a MATCH is explained and judged. */
    private List<DuplicatePair> duplicatesOf(int slot, PairScorer current, boolean crowded) {
        PreparedRecord r = slots.at(slot);
        if (r == null) {
            return List.of();
        }
        List<RecordSlots.Hit> ranked = slots.rank(r, current, slot, Integer.MAX_VALUE);
        List<DuplicatePair> pairs = new ArrayList<>(ranked.size());
        for (RecordSlots.Hit hit : ranked) {
            double score = settings.score(hit.weight());
            PreparedRecord other = slots.at(hit.slot());
            Verdict verdict = settings.verdict(score);
            if (verdict == Verdict.MATCH) {
                verdict = explain(r, other, current, crowded).verdict();
            }
            pairs.add(new DuplicatePair(other.id, r.id, verdict, score));
        }
        return pairs;
    }

    /**
     * Whether two indexed records are one person registered twice: a MATCH with each other by a wide
     * margin, since namesakes of one village with fathers of the same name come close to a plain MATCH.
     */
    private boolean sameBeyondDoubt(PreparedRecord a, PreparedRecord b, PairScorer current) {
        return current.weight(a, b, null) >= settings.weightFor(settings.matchScore()) + ClearLeadRule.REGISTERED_TWICE_EXTRA;
    }

    /**
     * Whether the registry is crowded with namesakes. Counted in line the first time (a scan of every
     * record under the read lock: 0.45 s at 100,000 records, 1.5–3 s at a million); afterwards counted
     * again when the registry has grown or shrunk by a tenth, in line below {@link #IN_LINE_CENSUS}
     * records and on a thread of its own above, the queries meanwhile using the last count.
     */
    boolean namesakesCrowd() {
        int size = slots.size();
        int countedAt = namesakesCountedAt;
        if (countedAt < 0) {
            countNamesakes();
        } else if (Math.abs(size - countedAt) > Math.max(100, countedAt / 10)) {
            if (size < IN_LINE_CENSUS) {
                countNamesakes();
            } else if (censusRunning.compareAndSet(false, true)) {
                Thread census = new Thread(() -> {
                    try {
                        underReadLock(this::countNamesakes);
                    } finally {
                        censusRunning.set(false);
                    }
                }, "sira-namesake-census");
                census.setDaemon(true);
                census.start();
            }
        }
        return namesakeShare >= NamesakeCensus.CROWDED;
    }

    /** Counts the namesakes now (the caller holds a lock); the share counted. */
    double countNamesakes() {
        int size = slots.size();
        double share = NamesakeCensus.share(slots);
        namesakeShare = share;
        namesakesCountedAt = size;
        return share;
    }

    /** The census, whenever the caller chooses (after loading the registry, say): under the read lock. */
    public void countNamesakesNow() {
        underReadLock(this::countNamesakes);
    }

    private Candidate explain(PreparedRecord query, PreparedRecord candidate, PairScorer current, boolean crowded) {
        List<FieldEvidence> evidence = new ArrayList<>();
        double weight = current.weight(query, candidate,
                (field, agreement, w, detail, values) -> evidence.add(new FieldEvidence(field, agreement, w, detail, values)));
        evidence.sort(Comparator.comparingDouble((FieldEvidence e) -> -Math.abs(e.weight())));
        double score = settings.score(weight);
        return corroboration.apply(new Candidate(candidate.id, settings.verdict(score), score, weight, evidence), crowded);
    }

    /**
     * The ids of the indexed records blocking would compare with {@code record}: how much work blocking
     * saves (a full comparison would be {@link #size()}) and whether a true pair is ever compared.
     */
    Set<String> comparedIds(MatchRecord record) {
        PreparedRecord prepared = prepareQuery(record);
        return underReadLock(() -> slots.comparedIds(prepared));
    }

    private <T> T underReadLock(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T underWriteLock(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
