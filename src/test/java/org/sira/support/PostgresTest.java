package org.sira.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same tests as {@link WebTest}, on the local PostgreSQL (profile {@code postgres}, a schema
 * of its own, wiped and migrated at start). Skipped with a printed reason only where no
 * PostgreSQL answers and {@code CI} is not set; on CI a missing PostgreSQL fails the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({"test", "postgres"})
@Import({TestUsers.class, FreshSchema.class})
public @interface PostgresTest {
}
