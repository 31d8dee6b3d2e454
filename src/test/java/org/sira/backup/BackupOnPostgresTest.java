package org.sira.backup;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;

import org.sira.backup.internal.DatabaseTarget;
import org.sira.support.PostgresTest;

@PostgresTest
class BackupOnPostgresTest extends BackupContract {

    /** A database of its own on the same server, holding nothing until the restore makes the schema. */
    @Override
    DatabaseTarget freshTarget() throws Exception {
        String url = environment.getRequiredProperty("spring.datasource.url");
        String user = environment.getProperty("spring.datasource.username", "");
        String password = environment.getProperty("spring.datasource.password", "");
        URI uri = URI.create(url.substring("jdbc:".length()));
        String schema = uri.getQuery().replaceAll(".*currentSchema=([^&,]+).*", "$1");
        String database = (schema + "_restored").toLowerCase();
        try (Connection server = DriverManager.getConnection(url, user, password)) {
            server.createStatement().execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            server.createStatement().execute("CREATE DATABASE " + database);
        }
        return new DatabaseTarget("jdbc:postgresql://" + uri.getHost() + ":" + uri.getPort() + "/" + database + "?currentSchema=" + schema,
                user, password);
    }
}
