package org.sira.imports;

import org.sira.imports.internal.SpreadsheetImport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sira.arrivals.ReturnInputReader;
import org.sira.arrivals.Returns;
import org.sira.people.PersonBulkRegistration;
import org.sira.people.PersonInputReader;
import org.sira.people.SomeoneMergesFirst;
import org.sira.people.SomeoneSavesFirst;
import org.sira.imports.internal.ImportMessages;
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

    private SpreadsheetImport importWith(PersonBulkRegistration persons) {
        return new SpreadsheetImport(context.getBean(PersonInputReader.class), context.getBean(ReturnInputReader.class),
                persons, context.getBean(Returns.class), context.getBean(ImportMessages.class),
                context.getBean(TransactionTemplate.class), context.getBean(Clock.class), jdbc,
                context.getBean(DataSource.class), 100);
    }

    private SpreadsheetImport importWhereSomeoneSavesFirst() {
        return importWith(new SomeoneSavesFirst(context));
    }

    private ImportReport run(SpreadsheetImport spreadsheetImport, String name, String csv) throws IOException {
        return run(spreadsheetImport, name, csv, ImportKind.PERSONS);
    }

    private ImportReport run(SpreadsheetImport spreadsheetImport, String name, String csv, ImportKind kind) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return spreadsheetImport.run(file, kind, ImportMode.ALL_OR_NOTHING, null, progress -> { });
    }

    @Test
    void anImportThatFindsAPersonMergedMeanwhileWritesNothingAndSaysWhy() throws IOException {
        String persons = HEADER.replace("prenoms", "prenoms;sexe");
        String returns = "reference_externe;nom;prenoms;sexe;type_retour;pays_provenance;date_arrivee\n";
        assertThat(run(imports, "merged-first.csv", persons + "merged-1;Merged;Awa;\nmerged-2;Merged;Fanta;\n").written()).isTrue();

        ImportReport ofPersons = run(importWith(new SomeoneMergesFirst(context)), "merged-persons.csv",
                persons + "merged-1;Merged;Awa Marie;F\n");
        ImportReport ofReturns = run(importWith(new SomeoneMergesFirst(context)), "merged-returns.csv",
                returns + "merged-2;Merged;Fanta;F;expulsion;DZ;2021-06-01\n", ImportKind.RETURNS);

        for (ImportReport report : List.of(ofPersons, ofReturns)) {
            assertThat(report.written()).isFalse();
            assertThat(report.fileErrors()).extracting(ImportReport.FileProblem::code).containsExactly("import.person.changedMeanwhile");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_return r JOIN person p ON p.id = r.person_id WHERE p.family_name = 'Merged'")
                .query(Long.class).single()).isZero();
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
