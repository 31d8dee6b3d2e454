package org.sira.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sira.arrivals.ReturnInputReader;
import org.sira.arrivals.Returns;
import org.sira.people.PersonInputReader;
import org.sira.people.SomeoneSavesFirst;
import org.sira.shared.web.ProblemFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** An import that meets a person someone else saved after the import read them is undone whole. */
abstract class PersonChangedDuringImportContract {

    @Autowired ApplicationContext context;
    @Autowired SpreadsheetImport imports;
    @Autowired JdbcClient jdbc;
    @TempDir Path dir;

    private static final String HEADER = "reference_externe;nom;prenoms\n";

    private SpreadsheetImport importWhereSomeoneSavesFirst() {
        return new SpreadsheetImport(context.getBean(PersonInputReader.class), context.getBean(ReturnInputReader.class),
                new SomeoneSavesFirst(context), context.getBean(Returns.class), context.getBean(ProblemFactory.class),
                context.getBean(TransactionTemplate.class), context.getBean(Clock.class), jdbc,
                context.getBean(DataSource.class), 100);
    }

    private ImportReport run(SpreadsheetImport spreadsheetImport, String name, String csv) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return spreadsheetImport.run(file, ImportKind.PERSONS, ImportMode.ALL_OR_NOTHING, null, progress -> { });
    }

    @Test
    void anImportThatFindsAPersonSavedMeanwhileWritesNothingAndSaysWhy() throws IOException {
        ImportReport first = run(imports, "first.csv", HEADER + "meanwhile-1;Meanwhile;Awa\n");
        assertThat(first.written()).isTrue();

        ImportReport second = run(importWhereSomeoneSavesFirst(), "second.csv", HEADER
                + "meanwhile-2;Meanwhile;Oumar\n"
                + "meanwhile-1;Meanwhile;Awa Marie\n");

        assertThat(second.written()).isFalse();
        assertThat(second.fileErrors()).extracting(ImportReport.FileProblem::code).containsExactly("import.person.changedMeanwhile");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE external_ref = 'meanwhile-2'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT given_names FROM person WHERE external_ref = 'meanwhile-1'").query(String.class).single())
                .isEqualTo(SomeoneSavesFirst.THEIR_GIVEN_NAMES);
    }
}
