package org.sira.people;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Whether the current reader may see a person: the one place that decides it. A protected person
 * (a trafficking victim, an unaccompanied minor, a record marked protected) exists only for roles
 * holding {@link Permission#PERSON_RESTRICTED_READ}; for every other role she is not there at all,
 * in a record of her own or in anything that names her (a candidate, a merge, a return, a row of a
 * report). Every query that returns persons, or records naming them, filters with this policy:
 * in SQL with {@link #visiblePerson} or {@link #visiblePersonId}, in Java with {@link #visible}.
 * Decisions the system takes for everybody (is she already registered?) do not ask it.
 */
@Component
public class PersonVisibility {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    PersonVisibility(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Whether the reader sees protected persons too. */
    public boolean seesProtected() {
        return CurrentUser.may(Permission.PERSON_RESTRICTED_READ);
    }

    /** Whether the reader may see a person who is, or is not, protected. */
    public boolean maySee(boolean protectedPerson) {
        return !protectedPerson || seesProtected();
    }

    /**
     * A SQL condition, true for the rows of {@code person} (under {@code alias}) the reader may
     * see; {@code TRUE} for readers who see everybody. Holds no parameter and no user input.
     */
    public String visiblePerson(String alias) {
        return seesProtected() ? "1 = 1" : alias + ".restricted = FALSE";
    }

    /**
     * A SQL condition, true when the person whose id is in {@code column} is one the reader may
     * see (or the column is empty). For records that name a person without joining her.
     */
    public String visiblePersonId(String column) {
        return seesProtected() ? "1 = 1"
                : "NOT EXISTS (SELECT 1 FROM person hidden WHERE hidden.id = " + column + " AND hidden.restricted = TRUE)";
    }

    /** Of these persons, those the reader may not see (merged-away records included). */
    public Set<UUID> hiddenAmong(Collection<UUID> personIds) {
        Set<UUID> hidden = new HashSet<>();
        List<UUID> ids = personIds.stream().filter(id -> id != null).distinct().toList();
        if (seesProtected() || ids.isEmpty()) {
            return hidden;
        }
        jdbc.sql("SELECT id FROM person WHERE restricted = TRUE AND id IN (:ids)").param("ids", ids)
                .query(rs -> {
                    hidden.add(rs.getObject(1, UUID.class));
                });
        return hidden;
    }

    /** Whether the reader may see the person with this id; an id nobody has is not hidden (it is simply not found). */
    public boolean maySee(UUID personId) {
        return personId == null || hiddenAmong(List.of(personId)).isEmpty();
    }

    /**
     * Notes in the audit log that the reader was shown these persons (in a list, as candidates, in a
     * report): every read of a protected person is audited, not only the opening of her record.
     */
    public void recordReads(Collection<UUID> shownPersonIds) {
        List<UUID> ids = shownPersonIds.stream().filter(id -> id != null).distinct().toList();
        if (ids.isEmpty() || !seesProtected()) {
            return;
        }
        List<UUID> protectedOnes = jdbc.sql("SELECT id FROM person WHERE restricted = TRUE AND id IN (:ids)").param("ids", ids)
                .query(UUID.class).list();
        protectedOnes.forEach(this::recordRead);
    }

    /**
     * Notes in the audit log that the reader was shown this protected person. Inside a change (a
     * staged manifest, a decision) the change's own transaction may already hold the log's head: the
     * read is written in it; a plain read writes it in a transaction of its own.
     */
    public void recordRead(UUID protectedPersonId) {
        boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        if (writing) {
            audit.record("READ", "PERSON", protectedPersonId.toString(), null, null);
        } else {
            audit.recordAlone(CurrentUser.name(), "READ", "PERSON", protectedPersonId.toString());
        }
    }

    /** The items that name only persons the reader may see, in their order. */
    public <T> List<T> visible(List<T> items, Function<T, UUID> personId) {
        Set<UUID> hidden = hiddenAmong(items.stream().map(personId).toList());
        return hidden.isEmpty() ? items : items.stream().filter(item -> !hidden.contains(personId.apply(item))).toList();
    }
}
