package org.sira.casework;

import org.sira.arrivals.ReturnsRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Each recorded return plans its follow-ups, in the same transaction: a return rolled back plans none. */
@Component
class FollowUpsOfReturns {

    private final FollowUps followUps;

    FollowUpsOfReturns(FollowUps followUps) {
        this.followUps = followUps;
    }

    @EventListener
    void recorded(ReturnsRecorded event) {
        followUps.schedule(event.returns());
    }
}
