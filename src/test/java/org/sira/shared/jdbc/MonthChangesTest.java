package org.sira.shared.jdbc;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A transaction's months are counted once, after its commit and never after a rollback; a count that fails is retried. */
@WebTest
class MonthChangesTest {

    private static final LocalDate FEBRUARY = LocalDate.of(1971, 2, 1);

    @Autowired MonthChanges changes;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void aTransactionsMonthsAreCountedOnceAfterItsCommitAndNeverAfterARollback() {
        long before = changesOf(FEBRUARY);
        transactions.executeWithoutResult(status -> {
            changes.changed("return_month", List.of(FEBRUARY.plusDays(2), FEBRUARY.plusDays(19)));
            changes.changed("return_month", List.of(FEBRUARY.plusDays(5)));
            assertThat(changesOf(FEBRUARY)).as("not before the commit").isEqualTo(before);
        });
        assertThat(changesOf(FEBRUARY)).isEqualTo(before + 1);
        transactions.executeWithoutResult(status -> {
            changes.changed("return_month", List.of(FEBRUARY));
            status.setRollbackOnly();
        });
        assertThat(changesOf(FEBRUARY)).isEqualTo(before + 1);
    }

    @Test
    void anInnerTransactionCountsItsOwnMonthsAtItsOwnCommitWhateverTheOuterOneDoes() {
        LocalDate march = FEBRUARY.plusMonths(1);
        long february = changesOf(FEBRUARY);
        long marchBefore = changesOf(march);
        TransactionTemplate inner = new TransactionTemplate(transactions.getTransactionManager());
        inner.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        transactions.executeWithoutResult(status -> {
            changes.changed("return_month", List.of(FEBRUARY));
            inner.executeWithoutResult(innerStatus -> changes.changed("return_month", List.of(march)));
            assertThat(changesOf(march)).as("counted at the inner commit").isEqualTo(marchBefore + 1);
            status.setRollbackOnly();
        });
        assertThat(changesOf(FEBRUARY)).as("the outer one rolled back").isEqualTo(february);
        assertThat(changesOf(march)).isEqualTo(marchBefore + 1);
    }

    @Test
    void aCountThatFailedKeepsItsMonthsUntrustedUntilARetrySucceeds() {
        LocalDate may = LocalDate.of(1971, 5, 1);
        transactions.executeWithoutResult(status -> changes.changed("test_month_changes", List.of(may.plusDays(4))));
        assertThat(changes.unsettled("test_month_changes")).containsExactly(may);
        assertThatThrownBy(changes::settle).isInstanceOf(RuntimeException.class);
        assertThat(changes.unsettled("test_month_changes")).containsExactly(may);
        jdbc.sql("CREATE TABLE test_month_changes (first_day DATE NOT NULL PRIMARY KEY, changes BIGINT NOT NULL)").update();
        try {
            jdbc.sql("INSERT INTO test_month_changes (first_day, changes) VALUES (:month, 0)").param("month", may).update();
            changes.settle();
            assertThat(changes.unsettled("test_month_changes")).isEmpty();
            assertThat(jdbc.sql("SELECT changes FROM test_month_changes").query(Long.class).single()).isEqualTo(1);
        } finally {
            jdbc.sql("DROP TABLE test_month_changes").update();
        }
    }

    private long changesOf(LocalDate month) {
        return jdbc.sql("SELECT changes FROM return_month WHERE first_day = :month").param("month", month).query(Long.class).single();
    }
}
