package org.sira.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
    private final Blocking blocking;
    private final PostingTable postings;
    private final Map<String, Integer> slotById = new HashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<int[]> seenStamps = ThreadLocal.withInitial(() -> new int[0]);
    private final ThreadLocal<int[]> stampCounter = ThreadLocal.withInitial(() -> new int[1]);
    private volatile PairScorer scorer;
    private PreparedRecord[] records = new PreparedRecord[1024];
    private int slotCount;

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
        this.blocking = new Blocking(vocabulary);
        this.postings = new PostingTable(expectedRecords * 6);
        this.records = new PreparedRecord[Math.max(16, expectedRecords)];
        this.scorer = new PairScorer(vocabulary, statistics, settings, normaliser);
    }

    /** Adds a record, replacing any record with the same id. */
    public void add(MatchRecord record) {
        lock.writeLock().lock();
        try {
            removeUnderLock(record.id());
            PreparedRecord prepared = preparation.prepare(record);
            if (slotCount == records.length) {
                records = Arrays.copyOf(records, slotCount * 2);
            }
            int slot = slotCount++;
            records[slot] = prepared;
            slotById.put(record.id(), slot);
            statistics.count(prepared, +1);
            for (long key : blocking.filingKeys(prepared)) {
                postings.add(key, slot);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Replaces the record with the same id (for instance after a caseworker completed it). */
    public void update(MatchRecord record) {
        add(record);
    }

    public boolean remove(String id) {
        lock.writeLock().lock();
        try {
            return removeUnderLock(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return slotById.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public boolean contains(String id) {
        lock.readLock().lock();
        try {
            return slotById.containsKey(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    private boolean removeUnderLock(String id) {
        Integer slot = slotById.remove(id);
        if (slot == null) {
            return false;
        }
        statistics.count(records[slot], -1);
        // The slot's postings stay behind and are skipped: re-filing would cost more than it saves.
        records[slot] = null;
        return true;
    }

    /**
     * Records that may be the same person as {@code record}, best first, those below the POSSIBLE
     * threshold left out. A record with the same id as the query is never its own candidate.
     */
    public List<Candidate> query(MatchRecord record) {
        PreparedRecord prepared = prepareQuery(record);
        lock.readLock().lock();
        try {
            PairScorer current = scorer;
            List<Hit> ranked = rank(prepared, current, Integer.MAX_VALUE, settings.maxCandidates());
            List<Candidate> candidates = new ArrayList<>(ranked.size());
            for (Hit hit : ranked) {
                candidates.add(explain(prepared, records[hit.slot], current));
            }
            return candidates;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Preparing a query interns its words: a change to the vocabulary, so under the write lock. */
    private PreparedRecord prepareQuery(MatchRecord record) {
        lock.writeLock().lock();
        try {
            return preparation.prepare(record);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The explained comparison of two indexed records, if both are present. */
    public Optional<Candidate> compare(String firstId, String secondId) {
        lock.readLock().lock();
        try {
            Integer a = slotById.get(firstId);
            Integer b = slotById.get(secondId);
            if (a == null || b == null) {
                return Optional.empty();
            }
            return Optional.of(explain(records[a], records[b], scorer));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The explained comparison of an indexed record with any record, whether or not blocking would pair them. */
    public Candidate compareWith(String indexedId, MatchRecord record) {
        PreparedRecord prepared = prepareQuery(record);
        lock.readLock().lock();
        try {
            Integer slot = slotById.get(indexedId);
            if (slot == null) {
                throw new IllegalArgumentException("Not in the index: " + indexedId);
            }
            return explain(prepared, records[slot], scorer);
        } finally {
            lock.readLock().unlock();
        }
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
            postings.compact();
            // Downgraded, not released, so that no change slips in between.
            lock.readLock().lock();
        } finally {
            lock.writeLock().unlock();
        }
        try {
            PairScorer current = scorer;
            int limit = slotCount;
            return IntStream.range(0, limit).parallel()
                    .mapToObj(slot -> duplicatesOf(slot, current))
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
        lock.writeLock().lock();
        try {
            List<Agreement[]> patterns = new ArrayList<>();
            int step = Math.max(1, slotCount / Math.max(1, maxRecords));
            for (int slot = 0; slot < slotCount; slot += step) {
                PreparedRecord r = records[slot];
                if (r == null) {
                    continue;
                }
                for (long key : blocking.lookupKeys(r)) {
                    if (postings.size(key) > settings.maxBlockSize()) {
                        continue;
                    }
                    for (int p = postings.first(key); p >= 0; p = postings.next(p)) {
                        int other = postings.slot(p);
                        if (other < slot && records[other] != null) {
                            patterns.add(scorer.levels(r, records[other]));
                        }
                    }
                }
            }
            MatchWeights estimated = new WeightEstimation(settings.weights(), settings.extraFieldNames())
                    .estimate(patterns);
            scorer = new PairScorer(vocabulary, statistics, settings.withWeights(estimated), normaliser);
            return estimated;
        } finally {
            lock.writeLock().unlock();
        }
    }

    private List<DuplicatePair> duplicatesOf(int slot, PairScorer current) {
        PreparedRecord r = records[slot];
        if (r == null) {
            return List.of();
        }
        List<Hit> ranked = rank(r, current, slot, Integer.MAX_VALUE);
        List<DuplicatePair> pairs = new ArrayList<>(ranked.size());
        for (Hit hit : ranked) {
            double score = settings.score(hit.weight);
            pairs.add(new DuplicatePair(records[hit.slot].id, r.id, settings.verdict(score), score));
        }
        return pairs;
    }

    private record Hit(int slot, double weight) {
    }

    /** Slots below {@code slotLimit} that reach the POSSIBLE threshold, best first, at most {@code max}. */
    private List<Hit> rank(PreparedRecord query, PairScorer current, int slotLimit, int max) {
        int[] stamps = seenStamps.get();
        if (stamps.length < slotCount) {
            stamps = new int[records.length];
            seenStamps.set(stamps);
        }
        int stamp = ++stampCounter.get()[0];
        if (stamp == Integer.MAX_VALUE) {
            Arrays.fill(stamps, 0);
            stampCounter.get()[0] = stamp = 1;
        }
        double minWeight = settings.weightFor(settings.possibleScore());
        Integer ownSlot = slotById.get(query.id);
        int self = ownSlot == null ? -1 : ownSlot;
        double parentsCeiling = current.parentsCeiling(query);
        PriorityQueue<Hit> best = new PriorityQueue<>(Comparator.comparingDouble(Hit::weight));
        for (long key : blocking.lookupKeys(query)) {
            if (postings.size(key) > settings.maxBlockSize()) {
                continue;
            }
            for (int p = postings.firstBelow(key, slotLimit); p >= 0; p = postings.next(p)) {
                int slot = postings.slot(p);
                if (stamps[slot] == stamp) {
                    continue;
                }
                stamps[slot] = stamp;
                PreparedRecord candidate = records[slot];
                if (candidate == null || slot == self) {
                    continue;
                }
                double weight = current.weightReaching(query, candidate, minWeight, parentsCeiling);
                if (weight >= minWeight) {
                    best.add(new Hit(slot, weight));
                    if (best.size() > max) {
                        best.poll();
                    }
                }
            }
        }
        List<Hit> ranked = new ArrayList<>(best);
        ranked.sort(Comparator.comparingDouble(Hit::weight).reversed());
        return ranked;
    }

    private Candidate explain(PreparedRecord query, PreparedRecord candidate, PairScorer current) {
        List<FieldEvidence> evidence = new ArrayList<>();
        double weight = current.weight(query, candidate,
                (field, agreement, w, detail) -> evidence.add(new FieldEvidence(field, agreement, w, detail)));
        evidence.sort(Comparator.comparingDouble((FieldEvidence e) -> -Math.abs(e.weight())));
        double score = settings.score(weight);
        return new Candidate(candidate.id, settings.verdict(score), score, weight, evidence);
    }

    /**
     * The ids of the indexed records blocking would compare with {@code record}: how much work blocking
     * saves (a full comparison would be {@link #size()}) and whether a true pair is ever compared.
     */
    java.util.Set<String> comparedIds(MatchRecord record) {
        PreparedRecord prepared;
        lock.writeLock().lock();
        try {
            prepared = preparation.prepare(record);
        } finally {
            lock.writeLock().unlock();
        }
        lock.readLock().lock();
        try {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (long key : blocking.lookupKeys(prepared)) {
                if (postings.size(key) > settings.maxBlockSize()) {
                    continue;
                }
                for (int p = postings.first(key); p >= 0; p = postings.next(p)) {
                    PreparedRecord r = records[postings.slot(p)];
                    if (r != null && !r.id.equals(prepared.id)) {
                        ids.add(r.id);
                    }
                }
            }
            return ids;
        } finally {
            lock.readLock().unlock();
        }
    }
}
