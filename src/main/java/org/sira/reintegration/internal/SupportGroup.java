package org.sira.reintegration.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.sira.reintegration.SupportGroupView;
import org.sira.shared.DomainException;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;

/**
 * A support group's rules: a group that no longer meets takes no new member and no session;
 * nobody joins before the group started, nor twice at once; a member leaves once, not before
 * joining; only those who were members on the day of a session can be marked present at it.
 */
public final class SupportGroup {

    private final SupportGroupView group;

    private SupportGroup(SupportGroupView group) {
        this.group = group;
    }

    public static SupportGroup of(SupportGroupView group) {
        return new SupportGroup(group);
    }

    public void join(UUID personId, LocalDate on) {
        requireActive();
        if (on.isBefore(group.startedOn())) {
            throw InvalidInputException.of("joinedOn", "support-group.before-start", group.startedOn());
        }
        if (group.current().stream().anyMatch(m -> m.personId().equals(personId))) {
            throw new DomainException("support-group.already-member");
        }
    }

    /** The membership that ends on {@code on}. */
    public SupportGroupView.Member leave(UUID memberId, LocalDate on) {
        SupportGroupView.Member member = group.members().stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new NotFoundException("SUPPORT_GROUP_MEMBER", memberId));
        if (member.leftOn() != null) {
            throw new DomainException("support-group.already-left", member.leftOn());
        }
        if (on.isBefore(member.joinedOn())) {
            throw InvalidInputException.of("leftOn", "support-group.left-before-joining", member.joinedOn());
        }
        return member;
    }

    /** Checks that a session held on {@code on} (null: not known yet) may be added. */
    public void holdSession(LocalDate on) {
        requireActive();
        if (on != null && on.isBefore(group.startedOn())) {
            throw InvalidInputException.of("date", "support-group.before-start", group.startedOn());
        }
    }

    /**
     * The memberships of the persons marked present at a session held on {@code day}; an error on
     * {@code present[i]} for each person who was not a member that day. A person listed twice
     * counts once.
     */
    public List<UUID> present(LocalDate day, List<UUID> personIds, List<FieldError> errors) {
        Set<UUID> members = new LinkedHashSet<>();
        for (int i = 0; i < personIds.size(); i++) {
            UUID personId = personIds.get(i);
            if (personId == null) {
                continue; // unreadable: the caller said so already
            }
            Optional<SupportGroupView.Member> member = membersOn(day).stream()
                    .filter(m -> m.personId().equals(personId)).findFirst();
            if (member.isEmpty()) {
                errors.add(new FieldError("present[" + i + "]", "support-group.not-a-member", String.valueOf(personId)));
            } else {
                members.add(member.get().id());
            }
        }
        return new ArrayList<>(members);
    }

    /** Those who were members on that day, in the group's order. */
    public List<SupportGroupView.Member> membersOn(LocalDate day) {
        return group.members().stream().filter(m -> m.memberOn(day)).toList();
    }

    private void requireActive() {
        if (!group.active()) {
            throw new DomainException("support-group.inactive");
        }
    }
}
