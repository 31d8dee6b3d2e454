package org.sira.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.sira.matching.NameKeys;
import org.sira.people.internal.FileNumbers;
import org.sira.people.internal.PersonLookups;
import org.sira.people.internal.PersonStore;
import org.sira.reference.AdminDivision;
import org.sira.reference.ReferenceData;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.Folding;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.sira.shared.StaleRecordException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registering, finding and updating persons. Every change is audited in the same transaction;
 * restricted persons are invisible (404, never 403) to roles that may not see them, and every
 * read of one is audited.
 */
@Service
public class PersonRegistry {

    private static final int SEARCH_CANDIDATES = 300;
    private static final int CLAIM_ATTEMPTS = 10;

    private final PersonStore store;
    private final PersonLookups lookups;
    private final FileNumbers fileNumbers;
    private final PersonInputReader reader;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final ObjectProvider<ReturnHistory> returnHistory;
    private final ApplicationEventPublisher events;
    private final PersonVisibility visibility;

    PersonRegistry(PersonStore store, PersonLookups lookups, FileNumbers fileNumbers, PersonInputReader reader, ReferenceData reference, AuditLog audit,
                   JdbcClient jdbc, JsonMapper json, Clock clock, ObjectProvider<ReturnHistory> returnHistory,
                   ApplicationEventPublisher events, PersonVisibility visibility) {
        this.lookups = lookups;
        this.fileNumbers = fileNumbers;
        this.events = events;
        this.visibility = visibility;
        this.returnHistory = returnHistory;
        this.store = store;
        this.reader = reader;
        this.reference = reference;
        this.audit = audit;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The outcome of a registration: the person, and whether it was already registered by the same request. */
    public record Registration(PersonView person, boolean repeated) {
    }

    /**
     * Registers a person. A request repeated with the same idempotency key (a retried API call,
     * a form sent twice) returns the person of the first one instead of creating another.
     */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public Registration register(PersonInput input, Optional<String> idempotencyKey) {
        Optional<String> key = idempotencyKey.map(String::strip).filter(k -> !k.isEmpty());
        if (key.isPresent()) {
            if (key.get().length() > 100) {
                throw InvalidInputException.of("Idempotency-Key", "validation.Size", 100, 1);
            }
            Optional<UUID> earlier = earlierRequest(key.get());
            if (earlier.isPresent()) {
                return new Registration(view(find(earlier.get())), true);
            }
        }
        PersonDetails details = reader.read(input);
        lookups.requireFreeExternalRef(details.externalRef(), null);
        OffsetDateTime now = now();
        UUID id = Ids.newId();
        if (key.isPresent()) {
            Optional<UUID> first = claim(key.get(), id, now);
            if (first.isPresent()) {
                return new Registration(view(find(first.get())), true);
            }
        }
        Person person = new Person(id, fileNumbers.next(now.getYear()), details, now, CurrentUser.name(),
                now, CurrentUser.name(), 0);
        store.insert(person);
        PersonView created = view(person);
        audit.record("CREATE", "PERSON", person.id().toString(), null, json.writeValueAsString(created));
        events.publishEvent(new PersonsChanged(List.of(person.id()), true));
        return new Registration(created, false);
    }

    /** Whether this user already registered a person with this idempotency key (a form sent twice). */
    public boolean alreadyRegistered(String idempotencyKey) {
        return idempotencyKey != null && earlierRequest(idempotencyKey.strip()).isPresent();
    }

    private Optional<UUID> earlierRequest(String key) {
        return jdbc.sql("SELECT record_id FROM idempotent_request WHERE idempotency_key = :key AND actor = :actor")
                .param("key", key).param("actor", CurrentUser.name()).query(String.class).optional().map(UUID::fromString);
    }

    /**
     * Takes the idempotency key for the person about to be created, before creating them; empty
     * when this request got it. The same request sent at the same moment (a retry that left
     * before the first answer came) waits on the database's key until the first one commits, then
     * finds it taken: it answers the first person, and creates none. The savepoint keeps this
     * transaction usable after the refused insert (PostgreSQL aborts a transaction on any error).
     */
    private Optional<UUID> claim(String key, UUID id, OffsetDateTime now) {
        TransactionStatus transaction = TransactionAspectSupport.currentTransactionStatus();
        for (int attempt = 1; ; attempt++) {
            Object savepoint = transaction.createSavepoint();
            try {
                jdbc.sql("INSERT INTO idempotent_request (idempotency_key, actor, record_id, created_at) VALUES (:key, :actor, :id, :at)")
                        .param("key", key).param("actor", CurrentUser.name()).param("id", id.toString()).param("at", now).update();
                transaction.releaseSavepoint(savepoint);
                return Optional.empty();
            } catch (DuplicateKeyException taken) {
                transaction.rollbackToSavepoint(savepoint);
                return Optional.of(earlierRequest(key).orElseThrow(() -> taken));
            } catch (TransientDataAccessException stillWriting) {
                // H2 waits for the first request's transaction only as long as its lock timeout (PostgreSQL
                // waits as long as it takes): the insert waits again, a few times, each time as long.
                transaction.rollbackToSavepoint(savepoint);
                if (attempt == CLAIM_ATTEMPTS) {
                    throw stillWriting;
                }
            }
        }
    }

    /** Saves new details if nobody changed the person since {@code expectedVersion}. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public PersonView update(UUID id, int expectedVersion, PersonInput input) {
        Person before = find(id);
        PersonDetails details = reader.read(input);
        lookups.requireFreeExternalRef(details.externalRef(), id);
        if (before.version() != expectedVersion
                || !store.update(id, expectedVersion, details, now(), CurrentUser.name())) {
            throw new StaleRecordException("PERSON", id, view(store.find(id).orElse(before)));
        }
        PersonView after = view(store.find(id).orElseThrow());
        events.publishEvent(new PersonsChanged(List.of(id)));
        audit.record("UPDATE", "PERSON", id.toString(), json.writeValueAsString(view(before)), json.writeValueAsString(after));
        return after;
    }

    /**
     * "Same person" on tonight's list: what the list says completes the person (see
     * {@link Person#completedWith}), audited, in the caller's transaction. Details that do
     * not pass the checks of a form complete nothing: the row is still linked.
     */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public Person completeWith(UUID id, PersonInput tonight, String reason) {
        Person before = find(id);
        PersonDetails said;
        try {
            said = reader.read(tonight);
            lookups.requireFreeExternalRef(before.details().externalRef() == null ? said.externalRef() : null, id);
        } catch (InvalidInputException unreadableOrTaken) {
            return before;
        }
        Person completed = before.completedWith(said);
        if (completed == before) {
            return before;
        }
        if (!store.update(id, before.version(), completed.details(), now(), CurrentUser.name())) {
            throw new StaleRecordException("PERSON", id, view(store.find(id).orElse(before)));
        }
        Person after = store.find(id).orElseThrow();
        events.publishEvent(new PersonsChanged(List.of(id)));
        audit.record("UPDATE", "PERSON", id.toString(), json.writeValueAsString(view(before)),
                json.writeValueAsString(view(after)) + " " + reason);
        return after;
    }

    /** A person the current user may see; reading a restricted one is audited. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public Person find(UUID id) {
        Person person = store.find(id).orElseThrow(() -> new NotFoundException("PERSON", id));
        if (person.details().restricted()) {
            if (!visibility.maySee(true)) {
                throw new NotFoundException("PERSON", id);
            }
            visibility.recordRead(id);
        }
        return person;
    }

    /** The person with their returns. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public PersonView findView(UUID id) {
        PersonView person = view(find(id));
        ReturnHistory history = returnHistory.getIfAvailable();
        return history == null ? person : person.withReturns(history.returnsOf(id));
    }

    /**
     * Persons whose names match the text whatever the spelling (accents, case, word order, known
     * variants), best first; without text, the latest registered.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public PageOf<PersonView> search(String text, Paging paging) {
        boolean restricted = visibility.seesProtected();
        Set<String> keys = NameKeys.searchKeys(text);
        if (text == null || text.isBlank() || keys.isEmpty()) {
            List<PersonView> latest = store.latest(restricted, paging.offset(), paging.size()).stream().map(this::view).toList();
            visibility.recordReads(latest.stream().filter(PersonView::restricted).map(PersonView::id).toList());
            return new PageOf<>(latest, store.count(restricted), paging.page(), paging.size());
        }
        String wanted = Folding.fold(text);
        JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
        // Score each candidate once (a comparator that scores would redo it O(n log n) times); the sort is
        // stable, so equal scores keep the store's order exactly as before.
        record Scored(PersonStore.NameRow row, double score) {
        }
        List<UUID> ranked = store.searchByKeys(keys, restricted, SEARCH_CANDIDATES).stream()
                .map(row -> new Scored(row, score(row, keys, wanted, similarity)))
                .sorted(Comparator.comparingDouble((Scored s) -> -s.score()))
                .map(s -> s.row().id())
                .toList();
        // Only the page shown is loaded whole.
        List<UUID> shown = ranked.stream().skip(paging.offset()).limit(paging.size()).toList();
        List<PersonView> page = store.findAll(shown).stream().map(this::view).toList();
        visibility.recordReads(page.stream().filter(PersonView::restricted).map(PersonView::id).toList());
        return new PageOf<>(page, ranked.size(), paging.page(), paging.size());
    }

    /** Shared keys count most; string likeness of the whole name, in either word order, breaks ties. */
    private static double score(PersonStore.NameRow person, Set<String> keys, String wanted, JaroWinklerSimilarity similarity) {
        Set<String> own = NameKeys.searchKeys(String.join(" ", person.familyName() == null ? "" : person.familyName(),
                person.givenNames() == null ? "" : person.givenNames(), person.aliases() == null ? "" : person.aliases()));
        long shared = keys.stream().filter(own::contains).count();
        String family = Folding.fold(person.familyName());
        String given = Folding.fold(person.givenNames());
        double likeness = Math.max(similarity.apply(wanted, (family + " " + given).strip()),
                similarity.apply(wanted, (given + " " + family).strip()));
        return shared + likeness;
    }

    public PersonView view(Person person) {
        PersonDetails d = person.details();
        Origin origin = d.origin();
        String region = reference.division(origin.regionCode()).map(AdminDivision::name).orElse(origin.regionText());
        String commune = reference.division(origin.communeCode()).map(AdminDivision::name).orElse(origin.communeText());
        List<String> phones = d.phones().stream().map(PhoneNumber::e164).toList();
        return new PersonView(person.id(), person.fileNumber(), d.familyName(), d.givenNames(), d.aliases(), d.sex(),
                d.birthDate() == null ? null : d.birthDate().date(), d.birthDate() == null ? null : d.birthDate().precision(),
                d.fatherGivenName(), d.motherName(), region, commune, origin.village(), origin.regionCode(),
                origin.cercleCode(), origin.communeCode(), phones.isEmpty() ? null : phones.get(0), phones,
                d.documents().isEmpty() ? null : d.documents().get(0).number(), d.documents(), d.languages(),
                d.vulnerabilities(), d.consent(), d.externalRef(), d.restricted(), person.createdAt(), person.createdBy(),
                person.updatedAt(), person.updatedBy(), person.version(), null);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
