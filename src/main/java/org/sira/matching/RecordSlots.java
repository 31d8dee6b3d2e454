package org.sira.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The prepared records of a {@link MatchIndex} in numbered slots, filed under their blocking keys, and
 * the walk over the blocks of a query that ranks its candidates. Not thread-safe: the index locks.
 */
final class RecordSlots {

    /** A candidate slot and its summed weight. */
    record Hit(int slot, double weight) {
    }

    private final MatchSettings settings;
    private final FieldStatistics statistics;
    private final Blocking blocking;
    private final PostingTable postings;
    private final Map<String, Integer> slotById = new HashMap<>();
    private final ThreadLocal<int[]> seenStamps = ThreadLocal.withInitial(() -> new int[0]);
    private final ThreadLocal<int[]> stampCounter = ThreadLocal.withInitial(() -> new int[1]);
    private PreparedRecord[] records;
    private int slotCount;

    RecordSlots(MatchSettings settings, FieldStatistics statistics, Vocabulary vocabulary, int expectedRecords) {
        this.settings = settings;
        this.statistics = statistics;
        this.blocking = new Blocking(vocabulary);
        this.postings = new PostingTable(expectedRecords * 6);
        this.records = new PreparedRecord[Math.max(16, expectedRecords)];
    }

    /** Files a record, replacing any record with the same id. */
    void add(PreparedRecord prepared) {
        remove(prepared.id);
        if (slotCount == records.length) {
            records = Arrays.copyOf(records, slotCount * 2);
        }
        int slot = slotCount++;
        records[slot] = prepared;
        slotById.put(prepared.id, slot);
        statistics.count(prepared, +1);
        for (long key : blocking.filingKeys(prepared)) {
            postings.add(key, slot);
        }
    }

    boolean remove(String id) {
        Integer slot = slotById.remove(id);
        if (slot == null) {
            return false;
        }
        statistics.count(records[slot], -1);
        // The slot's postings stay behind and are skipped: re-filing would cost more than it saves.
        records[slot] = null;
        return true;
    }

    int size() {
        return slotById.size();
    }

    boolean contains(String id) {
        return slotById.containsKey(id);
    }

    /** The record with this id, or null. */
    PreparedRecord byId(String id) {
        Integer slot = slotById.get(id);
        return slot == null ? null : records[slot];
    }

    /** The record in a slot, or null once removed. */
    PreparedRecord at(int slot) {
        return records[slot];
    }

    /** One past the highest slot ever filled. */
    int slotCount() {
        return slotCount;
    }

    /** Lays every block out in one piece: worth it before walking every block many times. */
    void compact() {
        postings.compact();
    }

    /** Slots below {@code slotLimit} that reach the POSSIBLE threshold, best first, at most {@code max}. */
    List<Hit> rank(PreparedRecord query, PairScorer scorer, int slotLimit, int max) {
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
        double parentsCeiling = scorer.parentsCeiling(query);
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
                double weight = scorer.weightReaching(query, candidate, minWeight, parentsCeiling);
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

    /** The agreement patterns of the blocked pairs of up to {@code maxRecords} records: the input of weight estimation. */
    List<Agreement[]> blockedPairPatterns(PairScorer scorer, int maxRecords) {
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
        return patterns;
    }

    /** The ids of the records blocking would compare with {@code prepared}. */
    Set<String> comparedIds(PreparedRecord prepared) {
        Set<String> ids = new HashSet<>();
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
    }
}
