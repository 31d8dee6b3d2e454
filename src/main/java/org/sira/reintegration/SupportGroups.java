package org.sira.reintegration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.people.PersonRegistry;
import org.sira.people.PersonVisibility;
import org.sira.reintegration.internal.Entries;
import org.sira.reintegration.internal.SupportGroup;
import org.sira.reintegration.internal.SupportGroupStore;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.sira.shared.StaleRecordException;
import org.sira.shared.jdbc.FirstRequests;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mutual support groups and their members, for casework roles (caseworker, coordinator). Sessions
 * and attendance are {@link GroupSessions}.
 */
@Service
public class SupportGroups {

    static final int MAX_TEXT = 200;
    static final String RECORD = "SUPPORT_GROUP";

    private final SupportGroupStore store;
    private final FirstRequests keys;
    private final PersonRegistry persons;
    private final PersonVisibility visibility;
    private final AuditLog audit;
    private final Clock clock;

    SupportGroups(SupportGroupStore store, FirstRequests keys, PersonRegistry persons, PersonVisibility visibility,
                  AuditLog audit, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.persons = persons;
        this.visibility = visibility;
        this.audit = audit;
        this.clock = clock;
    }

    /** The group, and whether an earlier request with the same key had already created it. */
    public record Created(SupportGroupView group, boolean repeated) {
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public Created create(SupportGroupInput input, String requestKey) {
        String key = FirstRequests.key(requestKey);
        Optional<UUID> earlier = keys.earlier("support_group", CurrentUser.name(), key);
        if (earlier.isPresent()) {
            return new Created(find(earlier.get()), true);
        }
        List<FieldError> errors = new ArrayList<>();
        SupportGroupStore.Fields fields = fields(input, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        Optional<UUID> first = keys.insert("support_group", CurrentUser.name(), key, () -> store.insert(id, fields, key, now(), CurrentUser.name()));
        if (first.isPresent()) {
            return new Created(find(first.get()), true);
        }
        audit.record("CREATE", RECORD, id.toString(), null, fields.toString());
        return new Created(find(id), false);
    }

    /** Saves the group's fields if nobody changed it since the version the user saw. */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public SupportGroupView update(UUID id, SupportGroupInput input) {
        SupportGroupView before = find(id);
        List<FieldError> errors = new ArrayList<>();
        SupportGroupStore.Fields fields = fields(input, errors);
        int version = Entries.version(input.version(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (version != before.version() || !store.update(id, version, fields, now(), CurrentUser.name())) {
            throw new StaleRecordException(RECORD, id, find(id));
        }
        audit.record("UPDATE", RECORD, id.toString(), null, fields.toString());
        return find(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public PageOf<SupportGroupSummary> list(Boolean active, Paging paging) {
        return new PageOf<>(store.list(active, paging.offset(), paging.size()), store.count(active), paging.page(), paging.size());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public SupportGroupView find(UUID id) {
        return store.find(id, visibility.visiblePerson("p")).orElseThrow(() -> new NotFoundException(RECORD, id));
    }

    /** A person joins the group on a day; not twice at once, not a group that no longer meets. */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public SupportGroupView join(UUID id, MemberInput input) {
        find(id);
        List<FieldError> errors = new ArrayList<>();
        UUID personId = person(input, errors);
        LocalDate joinedOn = Entries.pastDate(input.joinedOn(), "joinedOn", LocalDate.now(clock), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store.lock(id, now(), CurrentUser.name());
        SupportGroup.of(find(id)).join(personId, joinedOn);
        UUID member = Ids.newId();
        store.addMember(member, id, personId, joinedOn, now(), CurrentUser.name());
        audit.record("JOIN", RECORD, id.toString(), null, "member " + member + ", person " + personId + ", " + joinedOn);
        return find(id);
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public SupportGroupView leave(UUID id, UUID memberId, LeaveInput input) {
        find(id);
        List<FieldError> errors = new ArrayList<>();
        LocalDate leftOn = Entries.pastDate(input.leftOn(), "leftOn", LocalDate.now(clock), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        store.lock(id, now(), CurrentUser.name());
        SupportGroup.of(find(id)).leave(memberId, leftOn);
        store.endMembership(memberId, leftOn, now(), CurrentUser.name());
        audit.record("LEAVE", RECORD, id.toString(), null, "member " + memberId + ", " + leftOn);
        return find(id);
    }

    /** The groups a person belongs or belonged to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public List<Membership> of(UUID personId) {
        persons.find(personId);
        return store.memberships(personId);
    }

    /** A person the reader may see, named by id (the API) or by file number (the pages). */
    private UUID person(MemberInput input, List<FieldError> errors) {
        String personId = Entries.text(input.personId(), "personId", 36, errors);
        String fileNumber = Entries.text(input.fileNumber(), "fileNumber", 30, errors);
        if (personId == null && fileNumber == null) {
            errors.add(new FieldError("personId", "error.required"));
            return null;
        }
        String field = personId != null ? "personId" : "fileNumber";
        Optional<UUID> id = personId != null ? uuid(personId)
                : store.personWithFileNumber(fileNumber.toUpperCase(java.util.Locale.ROOT));
        if (id.isPresent()) {
            try {
                persons.find(id.get());
                return id.get();
            } catch (NotFoundException hidden) {
                // said below, as for anyone unknown
            }
        }
        errors.add(new FieldError(field, "support-group.person.unknown"));
        return null;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private SupportGroupStore.Fields fields(SupportGroupInput input, List<FieldError> errors) {
        String name = Entries.required(input.name(), "name", MAX_TEXT, errors);
        String facilitator = Entries.required(input.facilitator(), "facilitator", MAX_TEXT, errors);
        String place = Entries.required(input.place(), "place", MAX_TEXT, errors);
        LocalDate startedOn = Entries.pastDate(input.startedOn(), "startedOn", LocalDate.now(clock), errors);
        return new SupportGroupStore.Fields(name, facilitator, place, startedOn, input.active() == null || input.active());
    }

    private OffsetDateTime now() {
        return Entries.now(clock);
    }
}
