package org.sira.arrivals.internal;

import org.sira.arrivals.internal.ReturnStore;
import org.sira.people.PersonsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A return repeats its person's sex and region for the statistics; when a person changes (an
 * edit, an import, a merge or its undoing) their returns follow in the same transaction, so
 * that no count ever sees the old values after the change is committed.
 */
@Component
public class ReturnsFollowPersons {

    private final ReturnStore store;

    ReturnsFollowPersons(ReturnStore store) {
        this.store = store;
    }

    @EventListener
    void changed(PersonsChanged event) {
        if (!event.registered()) {
            store.refreshCountedTraits(event.ids());
        }
    }
}
