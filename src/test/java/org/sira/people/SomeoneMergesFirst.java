package org.sira.people;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.sira.people.internal.PersonStore;
import org.sira.security.AuditLog;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bulk registration an import uses, except that just before the import reads persons it found
 * by reference, someone else merges them into another record (which voids them) and commits.
 */
public class SomeoneMergesFirst extends PersonBulkRegistration {

    private final JdbcClient jdbc;

    public SomeoneMergesFirst(ApplicationContext context) {
        super(context.getBean(PersonStore.class), context.getBean(org.sira.people.internal.PersonLookups.class), context.getBean(org.sira.people.internal.FileNumbers.class), context.getBean(AuditLog.class), context.getBean(Clock.class), context);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    @Override
    public List<Person> find(List<UUID> ids) {
        if (!ids.isEmpty()) {
            CompletableFuture.runAsync(() -> jdbc.sql("UPDATE person SET voided = TRUE, version = version + 1 WHERE id IN (:ids)")
                    .param("ids", ids).update()).join();
        }
        return super.find(ids);
    }
}
