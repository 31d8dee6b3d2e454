package org.sira.backup.internal;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.env.Environment;

/**
 * The database Sira is configured for ({@code spring.datasource.*}), reached by its own
 * connections: in the running application an embedded H2 of the same address is the same
 * database, and the commands run while the application is stopped.
 */
public record DatabaseTarget(String url, String username, String password) {

    public static DatabaseTarget of(Environment environment) {
        return new DatabaseTarget(environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty("spring.datasource.username", ""), environment.getProperty("spring.datasource.password", ""));
    }

    public boolean isH2() {
        return url.startsWith("jdbc:h2:");
    }

    public boolean isPostgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    public String kind() {
        return isH2() ? "H2" : isPostgres() ? "POSTGRESQL" : "OTHER";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    /** The file of an embedded H2 database without its {@code .mv.db}, or null for an in-memory one. */
    Path h2File() {
        String rest = url.substring("jdbc:h2:".length());
        int options = rest.indexOf(';');
        String name = options < 0 ? rest : rest.substring(0, options);
        if (name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:")) {
            return null;
        }
        return Path.of(name.startsWith("file:") ? name.substring(5) : name).toAbsolutePath().normalize();
    }

    String h2Options() {
        int options = url.indexOf(';');
        return options < 0 ? "" : url.substring(options);
    }

    /** Host, port, database and schema for pg_dump and psql, from the JDBC address. */
    Map<String, String> postgresEnvironment() {
        URI uri = URI.create(url.substring("jdbc:".length()));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PGHOST", uri.getHost() == null ? "localhost" : uri.getHost());
        env.put("PGPORT", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()));
        env.put("PGDATABASE", uri.getPath().substring(1));
        env.put("PGUSER", username);
        // In the environment of the child process, never on its command line (ps shows that).
        env.put("PGPASSWORD", password == null ? "" : password);
        return env;
    }

    String postgresSchema() {
        URI uri = URI.create(url.substring("jdbc:".length()));
        if (uri.getQuery() != null) {
            for (String parameter : uri.getQuery().split("&")) {
                if (parameter.startsWith("currentSchema=")) {
                    return parameter.substring("currentSchema=".length()).split(",")[0];
                }
            }
        }
        return "public";
    }
}
