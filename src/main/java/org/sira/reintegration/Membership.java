package org.sira.reintegration;

import java.time.LocalDate;
import java.util.UUID;

/** A group a person belongs to, or belonged to. */
public record Membership(UUID memberId, UUID groupId, String groupName, String place, boolean groupActive, LocalDate joinedOn,
                         LocalDate leftOn) {
}
