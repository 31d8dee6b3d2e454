package org.sira.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.sira.arrivals.PersonReturn;
import org.sira.arrivals.ReturnKind;
import org.sira.arrivals.Returns;
import org.sira.people.Person;
import org.sira.people.PersonBulkRegistration;
import org.sira.reference.AdminDivision;
import org.sira.reference.ReferenceData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty instance with demo persons and their returns when started with {@code --sira.demo=true}. It never
 * touches a database that already holds persons, and on anything but the embedded database it
 * also needs {@code --sira.demo.allow-server-database=true}: demo data must not end up in
 * production by accident. The instance is then marked, and every page says it holds demo data.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final int BATCH = 1_000;

    private final boolean enabled;
    private final int persons;
    private final long seed;
    private final boolean allowServerDatabase;
    private final PersonBulkRegistration registration;
    private final Returns returns;
    private final ReferenceData reference;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final DataSource dataSource;

    DemoData(@Value("${sira.demo:false}") boolean enabled, @Value("${sira.demo.persons:3000}") int persons,
             @Value("${sira.demo.seed:20200115}") long seed,
             @Value("${sira.demo.allow-server-database:false}") boolean allowServerDatabase,
             PersonBulkRegistration registration, Returns returns, ReferenceData reference, JdbcClient jdbc,
             TransactionTemplate transaction, DataSource dataSource) {
        this.returns = returns;
        this.enabled = enabled;
        this.persons = persons;
        this.seed = seed;
        this.allowServerDatabase = allowServerDatabase;
        this.registration = registration;
        this.reference = reference;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.dataSource = dataSource;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!enabled) {
            return;
        }
        if (jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single() > 0) {
            log.warn("Demo data NOT loaded: this database already holds persons.");
            return;
        }
        String product;
        try (var connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        if (!"H2".equals(product) && !allowServerDatabase) {
            log.warn("Demo data NOT loaded: {} is not the embedded database; add --sira.demo.allow-server-database=true if this is really a test server.", product);
            return;
        }
        load(persons, seed);
    }

    void load(int count, long withSeed) {
        List<AdminDivision> communes = reference.allDivisions().stream()
                .filter(d -> d.level() == AdminDivision.Level.COMMUNE)
                .sorted(java.util.Comparator.comparing(AdminDivision::code)).toList();
        Function<AdminDivision, AdminDivision> parent = d -> reference.parentOf(d).orElse(null);
        DemoPopulation population = new DemoPopulation(withSeed, communes, parent);
        long started = System.nanoTime();
        transaction.executeWithoutResult(status -> jdbc.sql(
                "INSERT INTO instance_setting (name, setting_value) VALUES ('demo', 'true')").update());
        for (int done = 0; done < count; done += BATCH) {
            int size = Math.min(BATCH, count - done);
            transaction.executeWithoutResult(status -> {
                List<Person> persons = registration.registerAll(population.next(size), "demo data");
                List<UUID> personIds = new ArrayList<>();
                List<PersonReturn.ReturnDetails> details = new ArrayList<>();
                for (Person person : persons) {
                    for (DemoPopulation.DemoReturn r : population.returns()) {
                        personIds.add(person.id());
                        details.add(new PersonReturn.ReturnDetails(ReturnKind.valueOf(r.kind()), r.country(), List.of(),
                                null, null, r.arrivalDate(), r.point(), null, null, null, null, null, null));
                    }
                }
                returns.registerAll(personIds, details, "demo data");
            });
            log.info("Demo data: {} / {} persons", Math.min(done + size, count), count);
        }
        log.info("Demo data: {} persons loaded in {} ms (seed {})", count, (System.nanoTime() - started) / 1_000_000, withSeed);
    }
}
