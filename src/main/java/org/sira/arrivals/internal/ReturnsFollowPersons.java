package org.sira.arrivals.internal;

import org.sira.people.PersonsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A return repeats some of its person's traits for the statistics ({@link ReturnTraits}); when a
 * person changes (an edit, an import, a merge or its undoing) their returns follow in the same
 * transaction, so that no count ever sees the old values after the change is committed. After a
 * merge the kept person's returns are also recounted as first or repeat returns.
 */
@Component
public class ReturnsFollowPersons {

    private final ReturnTraits traits;

    ReturnsFollowPersons(ReturnTraits traits) {
        this.traits = traits;
    }

    @EventListener
    void changed(PersonsChanged event) {
        if (!event.registered()) {
            traits.refresh(event.ids());
        }
    }
}
