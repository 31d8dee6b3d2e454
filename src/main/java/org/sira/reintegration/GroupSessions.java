package org.sira.reintegration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sira.reintegration.internal.Entries;
import org.sira.reintegration.internal.GroupSessionStore;
import org.sira.reintegration.internal.SupportGroup;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
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
 * Sessions of support groups and their attendance: one request says who, among the members of
 * that day, was present (a list of ticks on a phone); the others were absent.
 */
@Service
public class GroupSessions {

    static final String RECORD = "SUPPORT_GROUP_SESSION";

    private final GroupSessionStore store;
    private final SupportGroups groups;
    private final FirstRequests keys;
    private final AuditLog audit;
    private final Clock clock;

    GroupSessions(GroupSessionStore store, SupportGroups groups, FirstRequests keys, AuditLog audit, Clock clock) {
        this.store = store;
        this.groups = groups;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** The session, and whether an earlier request with the same key had already added it. */
    public record Added(GroupSessionView session, boolean repeated) {
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public Added add(UUID groupId, GroupSessionInput input, String requestKey) {
        SupportGroupView group = groups.find(groupId);
        String key = FirstRequests.key(requestKey);
        Optional<UUID> earlier = keys.earlier("support_group_session", CurrentUser.name(), key);
        if (earlier.isPresent()) {
            return new Added(find(groupId, earlier.get()), true);
        }
        SupportGroup rules = SupportGroup.of(group);
        rules.holdSession(null);
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = Entries.pastDate(input.date(), "date", LocalDate.now(clock), errors);
        String theme = Entries.required(input.theme(), "theme", SupportGroups.MAX_TEXT, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        rules.holdSession(date);
        UUID id = Ids.newId();
        Optional<UUID> first = keys.insert("support_group_session", CurrentUser.name(), key, () -> store.insert(
                new GroupSessionStore.SessionRow(id, groupId, date, theme, 0), key, now(), CurrentUser.name()));
        if (first.isPresent()) {
            return new Added(find(groupId, first.get()), true);
        }
        audit.record("CREATE", RECORD, id.toString(), null, "group " + groupId + ", " + date);
        return new Added(find(groupId, id), false);
    }

    /** A session of that group, with the members of its day. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public GroupSessionView find(UUID groupId, UUID sessionId) {
        SupportGroupView group = groups.find(groupId);
        GroupSessionStore.SessionRow session = store.find(groupId, sessionId)
                .orElseThrow(() -> new NotFoundException(RECORD, sessionId));
        Set<UUID> present = store.present(sessionId);
        List<GroupSessionView.Attendee> attendees = SupportGroup.of(group).membersOn(session.date()).stream()
                .map(m -> new GroupSessionView.Attendee(m.id(), m.personId(), m.fileNumber(), m.familyName(), m.givenNames(),
                        present.contains(m.id())))
                .toList();
        return new GroupSessionView(session.id(), groupId, group.name(), session.date(), session.theme(), session.version(),
                attendees);
    }

    /**
     * Who was present, all at once: only members of that day may be ticked; the version the user
     * saw guards against two people ticking the same session at the same moment.
     */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public GroupSessionView recordAttendance(UUID groupId, UUID sessionId, AttendanceInput input) {
        GroupSessionView before = find(groupId, sessionId);
        List<FieldError> errors = new ArrayList<>();
        int version = Entries.version(input.version(), errors);
        List<UUID> personIds = new ArrayList<>();
        List<String> given = input.present() == null ? List.of() : input.present();
        for (int i = 0; i < given.size(); i++) {
            try {
                personIds.add(UUID.fromString(String.valueOf(given.get(i)).strip()));
            } catch (IllegalArgumentException notAnId) {
                errors.add(new FieldError("present[" + i + "]", "support-group.not-a-member", shown(given.get(i))));
                personIds.add(null);
            }
        }
        List<UUID> members = SupportGroup.of(groups.find(groupId)).present(before.date(), personIds, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (version != before.version() || !store.replaceAttendance(sessionId, version, members, now(), CurrentUser.name())) {
            throw new StaleRecordException(RECORD, sessionId, find(groupId, sessionId));
        }
        audit.record("ATTENDANCE", RECORD, sessionId.toString(), before.present().size() + " present",
                members.size() + " present");
        return find(groupId, sessionId);
    }

    private static String shown(String value) {
        return value == null ? "" : value.length() > 40 ? value.substring(0, 40) : value;
    }

    private OffsetDateTime now() {
        return Entries.now(clock);
    }
}
