package org.sira.reintegration;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A session of a group with the members of that day, each present or not. */
public record GroupSessionView(UUID id, UUID groupId, String groupName, LocalDate date, String theme, int version,
                               List<Attendee> attendees) {

    public GroupSessionView {
        attendees = List.copyOf(attendees);
    }

    /** The person ids of those present, as the attendance is sent. */
    @JsonProperty("present")
    public List<UUID> present() {
        return attendees.stream().filter(Attendee::present).map(Attendee::personId).toList();
    }

    public record Attendee(UUID memberId, UUID personId, String fileNumber, String familyName, String givenNames,
                           boolean present) {
    }
}
