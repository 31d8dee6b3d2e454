package org.sira.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.sira.matching.Candidate;
import org.sira.matching.DuplicatePair;
import org.sira.matching.FieldEvidence;
import org.sira.matching.MatchIndex;
import org.sira.matching.MatchRecord;
import org.sira.matching.Verdict;
import org.sira.people.internal.PersonStore;
import org.sira.reference.AdminDivision;
import org.sira.reference.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Who in the registry a newcomer may be. The whole registry sits in an in-memory match index,
 * filled at start-up and kept current after every commit that registers or changes persons,
 * so a person saved a second ago is already found.
 */
@Service
public class PersonMatching {

    private static final Logger log = LoggerFactory.getLogger(PersonMatching.class);
    private static final int LOAD_BATCH = 5_000;

    private final PersonStore store;
    private final ReferenceData reference;
    private final MatchIndex index = new MatchIndex();
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();
    private final Map<String, Boolean> restricted = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> fileNumbers = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> externalRefs = new java.util.concurrent.ConcurrentHashMap<>();

    private final PersonVisibility visibility;
    private final PersonInputReader reader;

    PersonMatching(PersonStore store, ReferenceData reference, PersonVisibility visibility, PersonInputReader reader) {
        this.store = store;
        this.reference = reference;
        this.visibility = visibility;
        this.reader = reader;
    }

    /** A person the newcomer may be, with how sure and why. */
    public record PersonCandidate(UUID personId, String fileNumber, String externalRef, double score, Verdict verdict,
                                  List<FieldEvidence> evidence) {
    }

    /** Persons the record may be, best first; protected persons only for roles that may see them. */
    public List<PersonCandidate> candidates(MatchRecord record) {
        return allCandidates(record).stream().filter(c -> visibility.maySee(restricted.getOrDefault(c.personId().toString(), false)))
                .toList();
    }

    /**
     * Persons the record may be, best first, as the system sees them whoever asks: protected ones
     * included. For what is kept and decided for everybody (a staged manifest, whether a person is
     * already registered), never for what is shown; filter it through {@link PersonVisibility} to show it.
     */
    public List<PersonCandidate> allCandidates(MatchRecord record) {
        loaded.join();
        List<PersonCandidate> found = new ArrayList<>();
        for (Candidate candidate : index.query(record)) {
            if (candidate.verdict() == Verdict.NONE) {
                continue;
            }
            found.add(new PersonCandidate(UUID.fromString(candidate.recordId()), fileNumbers.get(candidate.recordId()),
                    externalRefs.get(candidate.recordId()), candidate.score(), candidate.verdict(), candidate.evidence()));
        }
        return found;
    }

    /** Every pair of registered persons that looks like one person (MATCH or POSSIBLE): minutes at a million. */
    public List<DuplicatePair> duplicatePairs() {
        loaded.join();
        return index.deduplicate();
    }

    /**
     * Known persons someone about to be registered may be, best first, as the reader may see them:
     * what the person form shows before saving. Nothing when the input does not read as a person
     * (saving will say why).
     */
    public List<PersonCandidate> knownLike(PersonInput input) {
        PersonDetails details;
        try {
            details = reader.read(input);
        } catch (org.sira.shared.InvalidInputException e) {
            return List.of();
        }
        List<PersonCandidate> found = candidates(record("form", details));
        visibility.recordReads(found.stream().map(PersonCandidate::personId).toList());
        return found;
    }

    /**
     * Known persons a just registered person may be, best first, as the reader may see them; never
     * the person itself. Says, never blocks: the registration is already done.
     */
    public List<PersonCandidate> possibleDuplicates(Person person) {
        List<PersonCandidate> found = candidates(record(person.id().toString(), person.details())).stream()
                .filter(c -> !c.personId().equals(person.id())).toList();
        visibility.recordReads(found.stream().map(PersonCandidate::personId).toList());
        return found;
    }

    /**
     * Known persons someone just registered by an import may be, best first, as the reader may see them;
     * never {@code self}. Protected persons listed are audited as read, as for the person form.
     */
    public List<PersonCandidate> lookAlikes(PersonDetails details, UUID self) {
        List<PersonCandidate> found = candidates(record("import-row", details)).stream()
                .filter(c -> !c.personId().equals(self)).toList();
        visibility.recordReads(found.stream().map(PersonCandidate::personId).toList());
        return found;
    }

    /**
     * Some of the registry as the matcher reads it: added beside a manifest's rows so that, when
     * those rows are compared with each other, how common a name is comes from the registry and
     * not from a list of a few dozen.
     */
    public List<MatchRecord> sample(int count) {
        return store.after(null, count).stream()
                .filter(p -> p.details().familyName() != null || p.details().givenNames() != null)
                .map(p -> record("registry-" + p.id(), p.details())).toList();
    }

    /** The explained comparison of a newcomer with one known person. */
    public Optional<Candidate> compare(UUID personId, MatchRecord record) {
        loaded.join();
        boolean visible = visibility.maySee(restricted.getOrDefault(personId.toString(), false));
        return visible && index.contains(personId.toString()) ? Optional.of(index.compareWith(personId.toString(), record)) : Optional.empty();
    }

    /** The registry's view of a person as the matcher reads it (region and commune by name). */
    public MatchRecord record(String id, PersonDetails d) {
        String region = reference.division(d.origin().regionCode()).map(AdminDivision::name).orElse(d.origin().regionText());
        String commune = reference.division(d.origin().communeCode()).map(AdminDivision::name).orElse(d.origin().communeText());
        MatchRecord.Builder builder = MatchRecord.builder(id)
                .name(d.familyName(), d.givenNames())
                .father(d.fatherGivenName()).mother(d.motherName())
                .origin(region, commune, d.origin().village());
        if (d.sex() != null) {
            builder.sex(d.sex().name());
        }
        if (d.birthDate() != null) {
            builder.born(d.birthDate().date(), d.birthDate().precision().name());
        }
        if (!d.phones().isEmpty()) {
            builder.phone(d.phones().get(0).e164());
        }
        if (!d.documents().isEmpty()) {
            builder.document(d.documents().get(0).number());
        }
        return builder.build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        Thread loader = new Thread(() -> {
            try {
                long started = System.nanoTime();
                int count = 0;
                UUID last = null;
                while (true) {
                    List<Person> batch = store.after(last, LOAD_BATCH);
                    batch.forEach(this::put);
                    count += batch.size();
                    if (batch.size() < LOAD_BATCH) {
                        break;
                    }
                    last = batch.get(batch.size() - 1).id();
                }
                // The namesake census (1.5–3 s at a million) now, not in the first request that needs it.
                index.countNamesakesNow();
                log.info("Match index: {} persons loaded in {} ms", count, (System.nanoTime() - started) / 1_000_000);
                loaded.complete(null);
            } catch (RuntimeException e) {
                log.error("Match index could not be loaded", e);
                loaded.completeExceptionally(e);
            }
        }, "sira-match-index");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * After commit: a person registered by hand is in the index before the next page is served;
     * the thousands of an import are indexed on a thread of their own so the import need not wait.
     */
    @TransactionalEventListener
    void changed(PersonsChanged event) {
        if (event.ids().size() <= 50) {
            index(event);
        } else {
            bulkIndexer.execute(() -> index(event));
        }
    }

    private final java.util.concurrent.ExecutorService bulkIndexer = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "sira-match-index-bulk");
        thread.setDaemon(true);
        return thread;
    });

    private void index(PersonsChanged event) {
        Map<UUID, Person> persons = new HashMap<>();
        store.findAll(event.ids()).forEach(p -> persons.put(p.id(), p));
        for (UUID id : event.ids()) {
            Person person = persons.get(id);
            if (person == null) {
                index.remove(id.toString());
            } else {
                put(person);
            }
        }
    }

    private void put(Person person) {
        String id = person.id().toString();
        PersonDetails d = person.details();
        if ((d.familyName() == null || d.familyName().isBlank()) && (d.givenNames() == null || d.givenNames().isBlank())) {
            return;
        }
        MatchRecord record = record(id, d);
        if (index.contains(id)) {
            index.update(record);
        } else {
            index.add(record);
        }
        restricted.put(id, d.restricted());
        fileNumbers.put(id, person.fileNumber());
        if (d.externalRef() != null) {
            externalRefs.put(id, d.externalRef());
        }
    }
}
