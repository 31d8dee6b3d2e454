package org.sira.demo;

import org.junit.jupiter.api.Test;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class DemoDataTest {

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired DemoData demo;

    @Test
    void demoDataIsNeverAddedToADatabaseThatAlreadyHoldsPersons() throws Exception {
        transaction.executeWithoutResult(s -> jdbc.sql("""
                INSERT INTO person (id, file_number, family_name, created_at, created_by, updated_at, updated_by)
                VALUES (:id, 'SIR-1999-999999', 'Real', CURRENT_TIMESTAMP, 'test', CURRENT_TIMESTAMP, 'test')""")
                .param("id", org.sira.shared.Ids.newId()).update());
        long before = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
        DemoData enabled = new DemoData(true, 100, 1, false, null, null, null, jdbc, transaction, null);
        enabled.run(new DefaultApplicationArguments());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(before);
        assertThat(demo).isNotNull();
    }
}
