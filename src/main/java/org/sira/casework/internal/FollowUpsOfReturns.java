package org.sira.casework.internal;

import org.sira.casework.FollowUps;

import org.sira.arrivals.ReturnsRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Each recorded return plans its follow-ups, in the same transaction: a return rolled back plans none. */
@Component
public class FollowUpsOfReturns {

    private final FollowUps followUps;

    public FollowUpsOfReturns(FollowUps followUps) {
        this.followUps = followUps;
    }

    @EventListener
    public void recorded(ReturnsRecorded event) {
        followUps.schedule(event.returns());
    }
}
