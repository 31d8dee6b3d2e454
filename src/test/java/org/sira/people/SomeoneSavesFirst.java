package org.sira.people;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.sira.people.internal.PersonStore;
import org.sira.security.AuditLog;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bulk registration an import uses, except that just before each update someone else saves
 * the same person on another connection and commits: the update must then see that it is late.
 */
public class SomeoneSavesFirst extends PersonBulkRegistration {

    public static final String THEIR_GIVEN_NAMES = "Saved meanwhile";

    private final JdbcClient jdbc;

    public SomeoneSavesFirst(ApplicationContext context) {
        super(context.getBean(PersonStore.class), context.getBean(org.sira.people.internal.PersonLookups.class), context.getBean(org.sira.people.internal.FileNumbers.class), context.getBean(AuditLog.class), context.getBean(Clock.class), context);
        this.jdbc = context.getBean(JdbcClient.class);
    }

    @Override
    public Optional<Person> update(Person person, PersonDetails details, String reason) {
        // Another thread has no transaction bound to it: its write commits on a connection of its own.
        CompletableFuture.runAsync(() -> jdbc.sql("UPDATE person SET given_names = :names, version = version + 1 WHERE id = :id")
                .param("names", THEIR_GIVEN_NAMES).param("id", person.id()).update()).join();
        return super.update(person, details, reason);
    }
}
