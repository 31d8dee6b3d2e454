package org.sira.reintegration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A group with its members (current ones first) and its sessions (latest first). */
public record SupportGroupView(UUID id, String name, String facilitator, String place, LocalDate startedOn, boolean active,
                               int version, List<Member> members, List<Session> sessions) {

    public SupportGroupView {
        members = List.copyOf(members);
        sessions = List.copyOf(sessions);
    }

    public List<Member> current() {
        return members.stream().filter(m -> m.leftOn() == null).toList();
    }

    /** One membership: a person who joined on a day and, once they left, the day they left. */
    public record Member(UUID id, UUID personId, String fileNumber, String familyName, String givenNames, LocalDate joinedOn,
                         LocalDate leftOn) {

        /** Whether they were a member on that day (both ends included). */
        public boolean memberOn(LocalDate day) {
            return !day.isBefore(joinedOn) && (leftOn == null || !day.isAfter(leftOn));
        }
    }

    /** A session and how many were present. */
    public record Session(UUID id, LocalDate date, String theme, int present, int version) {
    }
}
