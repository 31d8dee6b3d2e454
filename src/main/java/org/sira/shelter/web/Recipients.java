package org.sira.shelter.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sira.arrivals.ArrivalGroups;
import org.sira.arrivals.PersonReturn;
import org.sira.people.Person;
import org.sira.people.PersonRegistry;
import org.sira.shared.NotFoundException;
import org.sira.shelter.Board;
import org.sira.shelter.Centres;
import org.springframework.stereotype.Component;

/** Who a group action offers to tick: everyone staying in the centre tonight, or everyone of an arrival group. */
@Component
class Recipients {

    /** Someone who may receive: who they are and, when staying, their bed. */
    record Recipient(UUID id, String name, String fileNumber, String bed) {
    }

    private final Centres centres;
    private final ArrivalGroups groups;
    private final PersonRegistry persons;

    Recipients(Centres centres, ArrivalGroups groups, PersonRegistry persons) {
        this.centres = centres;
        this.groups = groups;
        this.persons = persons;
    }

    List<Recipient> of(UUID centreId, UUID arrival) {
        return arrival == null ? staying(centreId) : members(arrival);
    }

    private List<Recipient> staying(UUID centreId) {
        List<Recipient> staying = new ArrayList<>();
        for (Board.BoardRoom room : centres.board(centreId).rooms()) {
            room.beds().stream().filter(bed -> bed.personId() != null)
                    .forEach(bed -> staying.add(new Recipient(bed.personId(), bed.personName(), bed.fileNumber(), bed.label())));
        }
        return staying;
    }

    private List<Recipient> members(UUID arrival) {
        List<Recipient> members = new ArrayList<>();
        for (PersonReturn r : groups.returnsOf(arrival)) {
            try {
                Person p = persons.find(r.personId());
                members.add(new Recipient(p.id(), p.details().fullName(), p.fileNumber(), null));
            } catch (NotFoundException hidden) {
                // A protected person stays out of sight of roles that may not see them.
            }
        }
        return members;
    }
}
