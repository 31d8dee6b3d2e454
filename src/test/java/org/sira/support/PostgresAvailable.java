package org.sira.support;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs PostgreSQL tests when a server answers; on CI they always run, so a missing server fails loudly. */
class PostgresAvailable implements ExecutionCondition {

    private static Boolean reachable;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (System.getenv("CI") != null) {
            return ConditionEvaluationResult.enabled("CI: PostgreSQL tests always run");
        }
        if (reachable == null) {
            reachable = tryConnect();
        }
        if (reachable) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers");
        }
        String reason = "SKIPPED: no PostgreSQL answers at the URL of application-postgres.properties; "
                + "start it (see .ci/run) to run the PostgreSQL tests";
        System.out.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    private static boolean tryConnect() {
        Properties settings = new Properties();
        try (InputStream in = PostgresAvailable.class.getResourceAsStream("/application-postgres.properties")) {
            settings.load(in);
        } catch (IOException e) {
            return false;
        }
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(settings.getProperty("spring.datasource.url"),
                settings.getProperty("spring.datasource.username"), settings.getProperty("spring.datasource.password", ""))) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
