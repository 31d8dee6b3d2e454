package org.sira.people;

import java.util.List;
import java.util.UUID;

import org.sira.people.internal.WithdrawalStore;
import org.sira.security.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Persons registered in error, withdrawn by the module that registered them (a night's "register
 * all new" undone): each is voided, audited with the reason, and leaves the match index.
 */
@Service
public class PersonWithdrawal {

    private final WithdrawalStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PersonWithdrawal(WithdrawalStore store, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public int withdraw(List<UUID> ids, String reason) {
        int voided = store.voidAll(ids);
        ids.forEach(id -> audit.record("VOID", "PERSON", id.toString(), null, reason));
        events.publishEvent(new PersonsChanged(List.copyOf(ids)));
        return voided;
    }
}
