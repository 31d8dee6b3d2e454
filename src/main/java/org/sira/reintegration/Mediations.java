package org.sira.reintegration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.people.PersonRegistry;
import org.sira.reintegration.internal.Entries;
import org.sira.reintegration.internal.Mediation;
import org.sira.reintegration.internal.MediationStore;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.security.UserAccounts;
import org.sira.shared.DomainException;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.StaleRecordException;
import org.sira.shared.jdbc.FirstRequests;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family and community mediations of a returnee. A family conflict is sensitive: only casework
 * roles (caseworker, coordinator) write or read them, and every reading is audited. The audit log
 * names the case, never the parties or what a session said.
 */
@Service
public class Mediations {

    static final int MAX_NAME = 200;
    static final int MAX_REASON = 1000;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_PARTIES = 20;
    static final String RECORD = "MEDIATION";

    private final MediationStore store;
    private final FirstRequests keys;
    private final PersonRegistry persons;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Mediations(MediationStore store, FirstRequests keys, PersonRegistry persons, UserAccounts accounts, AuditLog audit, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.persons = persons;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The case, and whether an earlier request with the same key had already opened it. */
    public record Opened(MediationView mediation, boolean repeated) {
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public Opened open(UUID personId, MediationInput input, String requestKey) {
        persons.find(personId);
        String key = FirstRequests.key(requestKey);
        Optional<UUID> earlier = keys.earlier("mediation_case", CurrentUser.name(), key);
        if (earlier.isPresent()) {
            return new Opened(load(earlier.get()), true);
        }
        List<FieldError> errors = new ArrayList<>();
        MediationKind kind = Entries.choice(MediationKind.class, input.kind(), "kind", errors);
        LocalDate openedOn = Entries.pastDate(input.openedOn(), "openedOn", today(), errors);
        String reason = Entries.text(input.reason(), "reason", MAX_REASON, errors);
        List<MediationInput.Party> given = input.parties() == null ? List.of() : input.parties();
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < given.size() && i < MAX_PARTIES; i++) {
            parties.add(party(given.get(i), "parties[" + i + "].", errors));
        }
        if (given.isEmpty()) {
            errors.add(new FieldError("parties", "mediation.parties.required"));
        } else if (given.size() > MAX_PARTIES) {
            errors.add(new FieldError("parties", "validation.Size", MAX_PARTIES, 1));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        OffsetDateTime now = now();
        String by = CurrentUser.name();
        Optional<UUID> first = keys.insert("mediation_case", CurrentUser.name(), key,
                () -> store.insert(new MediationStore.NewCase(id, personId, kind, openedOn, reason, key), now, by));
        if (first.isPresent()) {
            return new Opened(load(first.get()), true);
        }
        parties.forEach(p -> store.addParty(id, p.name(), p.relation(), p.village(), now, by));
        audit.record("CREATE", RECORD, id.toString(), null,
                "person " + personId + ", " + kind + ", opened " + openedOn + ", " + parties.size() + " parties");
        return new Opened(load(id), false);
    }

    /** A case whose person the reader may see (any other is not found); the reading is audited. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public MediationView find(UUID id) {
        MediationView found = visible(id);
        audit.recordAlone(CurrentUser.name(), "READ", RECORD, id.toString());
        return found;
    }

    /** A person's mediations, the latest opened first; the reading is audited. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public List<MediationView> of(UUID personId) {
        persons.find(personId);
        List<MediationView> all = store.ofPerson(personId);
        audit.recordAlone(CurrentUser.name(), "READ", "MEDIATIONS", personId.toString());
        return all;
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public MediationView addParty(UUID id, MediationInput.Party input) {
        MediationView before = visible(id);
        Mediation.of(before).addParty();
        List<FieldError> errors = new ArrayList<>();
        Party party = party(input, "", errors);
        if (before.parties().size() >= MAX_PARTIES) {
            errors.add(new FieldError("name", "validation.Size", MAX_PARTIES, 1));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        requireOpenNow(id);
        store.addParty(id, party.name(), party.relation(), party.village(), now(), CurrentUser.name());
        audit.record("ADD_PARTY", RECORD, id.toString(), null, party.relation().name());
        return load(id);
    }

    /** Records a session held; a closed mediation takes none. A retried request (same key) adds none. */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public MediationView addSession(UUID id, MediationSessionInput input, String requestKey) {
        MediationView before = visible(id);
        String key = FirstRequests.key(requestKey);
        if (keys.earlier("mediation_session", CurrentUser.name(), key).isPresent()) {
            return before;
        }
        Mediation mediation = Mediation.of(before);
        mediation.holdSession(null);
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = Entries.pastDate(input.date(), "date", today(), errors);
        String mediator = Entries.text(input.mediator(), "mediator", 100, errors);
        String summary = Entries.required(input.summary(), "summary", MAX_SUMMARY, errors);
        String who = mediator == null ? CurrentUser.name() : mediator;
        if (mediator != null && accounts.findByUsername(mediator).isEmpty()) {
            errors.add(new FieldError("mediator", "mediation.mediator.unknown", mediator));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        mediation.holdSession(date);
        requireOpenNow(id);
        UUID session = Ids.newId();
        OffsetDateTime now = now();
        keys.insert("mediation_session", CurrentUser.name(), key,
                () -> store.addSession(new MediationStore.NewSession(session, id, date, who, summary, key), now, CurrentUser.name()));
        audit.record("ADD_SESSION", RECORD, id.toString(), null, "session " + session + ", " + date + ", mediator " + who);
        return load(id);
    }

    /** Closes the mediation with its outcome, if nobody changed it since the version the user saw. */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public MediationView close(UUID id, MediationClosureInput input) {
        MediationView before = visible(id);
        Mediation mediation = Mediation.of(before);
        List<FieldError> errors = new ArrayList<>();
        MediationOutcome outcome = Entries.choice(MediationOutcome.class, input.outcome(), "outcome", errors);
        LocalDate on = Entries.pastDate(input.closedOn(), "closedOn", today(), errors);
        int version = Entries.version(input.version(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (version != before.version()) {
            throw new StaleRecordException(RECORD, id, before);
        }
        mediation.close(outcome, on);
        if (!store.close(id, version, outcome, on, now(), CurrentUser.name())) {
            throw new StaleRecordException(RECORD, id, store.find(id).orElse(before));
        }
        audit.record("CLOSE", RECORD, id.toString(), MediationStatus.OPEN.name(), outcome + ", " + on);
        return load(id);
    }

    private record Party(String name, PartyRelation relation, String village) {
    }

    private static Party party(MediationInput.Party input, String prefix, List<FieldError> errors) {
        if (input == null) {
            errors.add(new FieldError(prefix + "name", "error.required"));
            return null;
        }
        String name = Entries.required(input.name(), prefix + "name", MAX_NAME, errors);
        PartyRelation relation = Entries.choice(PartyRelation.class, input.relation(), prefix + "relation", errors);
        String village = Entries.text(input.village(), prefix + "village", MAX_NAME, errors);
        return new Party(name, relation, village);
    }

    /** Another request may have closed it since it was read: checked again under the case's lock. */
    private void requireOpenNow(UUID id) {
        if (!store.changeOpen(id, now(), CurrentUser.name())) {
            throw new DomainException("mediation.is-closed");
        }
    }

    private MediationView visible(UUID id) {
        UUID personId = store.personOf(id).orElseThrow(() -> new NotFoundException(RECORD, id));
        try {
            persons.find(personId);
        } catch (NotFoundException hidden) {
            throw new NotFoundException(RECORD, id);
        }
        return load(id);
    }

    private MediationView load(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException(RECORD, id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return Entries.now(clock);
    }
}
