package org.sira.imports;

import org.sira.imports.internal.SpreadsheetImport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

abstract class ImportApiContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private ResultActions upload(String path, String name, byte[] content, String mode, String language) throws Exception {
        var request = multipart(path).file(new MockMultipartFile("file", name, "text/csv", content)).with(users.as(Role.COORDINATOR));
        if (mode != null) {
            request.param("mode", mode);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return mvc.perform(request);
    }

    private JsonNode importOk(String path, String csv, String mode) throws Exception {
        return json.readTree(upload(path, "file.csv", csv.getBytes(StandardCharsets.UTF_8), mode, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private long persons(String familyName) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE family_name = :n").param("n", familyName).query(Long.class).single();
    }

    @Test
    void theSameFileSentThreeTimesAtOnceCreatesItsPersonsOnce() throws Exception {
        StringBuilder csv = new StringBuilder("reference_externe;nom;prenoms;type_retour;pays_provenance;date_arrivee\n");
        for (int i = 0; i < 300; i++) {
            csv.append("conc-").append(i).append(";Concurrent;Awa").append(i).append(";expulsion;DZ;2021-05-0").append(1 + i % 9).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
            for (int c = 0; c < 3; c++) {
                answers.add(callers.submit(() -> {
                    start.await();
                    return upload("/api/v1/imports/returns", "same.csv", file, null, null)
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                }));
            }
            start.countDown();
            int created = 0;
            for (var answer : answers) {
                JsonNode report = json.readTree(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
                assertThat(report.get("imported").asInt()).isEqualTo(300);
                created += report.get("created").asInt();
            }
            assertThat(created).isEqualTo(300);
        } finally {
            callers.shutdownNow();
        }
        assertThat(persons("Concurrent")).isEqualTo(300);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_return r JOIN person p ON p.id = r.person_id WHERE p.family_name = 'Concurrent'")
                .query(Long.class).single()).isEqualTo(300);
    }

    @Test
    void importsPersonsWithFrenchHeadersWrittenAnyWayAndEveryValueForm() throws Exception {
        String csv = """
                NOM;Prénoms;SEXE;Date de naissance;prenom_pere;nom_mere;Commune d'origine;REGION_ORIGINE;Téléphone;numero_piece;reference externe
                Imfrench;Awa;F;14/03/1990;Bakary;Fanta;Markala;Ségou;76 12 34 56;N1;imp-fr-1
                Imfrench;Moussa;H;1985-07-02;;;;;+22376123457;;imp-fr-2
                Imfrench;Oumar;masculin;03/1992;;;;kayes;0022376123458;;imp-fr-3
                Imfrench;Aminata;féminin;1988;;;;;;;imp-fr-4
                Imfrench;Seydou;male;vers 1975;;;;;;;imp-fr-5
                Imfrench;Kadia;female;about 1980;;;;;;;imp-fr-6
                """;
        JsonNode report = importOk("/api/v1/imports/persons", csv, null);
        assertThat(report.get("imported").asInt()).isEqualTo(6);
        assertThat(report.get("rejected").asInt()).isZero();
        assertThat(persons("Imfrench")).isEqualTo(6);
        String awa = report.get("rows").get(0).get("personId").asString();
        mvc.perform(get("/api/v1/persons/" + awa).with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.birthDate").value("1990-03-14"))
                .andExpect(jsonPath("$.birthDatePrecision").value("DAY"))
                .andExpect(jsonPath("$.phone").value("+22376123456"))
                .andExpect(jsonPath("$.originRegion").value("Ségou"))
                .andExpect(jsonPath("$.externalRef").value("imp-fr-1"));
        assertThat(jdbc.sql("SELECT birth_date_precision FROM person WHERE external_ref = 'imp-fr-3'").query(String.class).single()).isEqualTo("MONTH");
        assertThat(jdbc.sql("SELECT birth_date_precision FROM person WHERE external_ref = 'imp-fr-4'").query(String.class).single()).isEqualTo("YEAR");
        assertThat(jdbc.sql("SELECT birth_date_precision FROM person WHERE external_ref = 'imp-fr-5'").query(String.class).single()).isEqualTo("ESTIMATED");
        assertThat(jdbc.sql("SELECT sex FROM person WHERE external_ref = 'imp-fr-2'").query(String.class).single()).isEqualTo("M");
    }

    @Test
    void importsEnglishHeadersFromALatin1FileWithABomlessCommaSeparator() throws Exception {
        String csv = "family_name,given_names,sex,birth_date,external_ref\nImlatin,Sékou,M,1990,imp-lat-1\n";
        upload("/api/v1/imports/persons", "latin.csv", csv.getBytes(Charset.forName("windows-1252")), null, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(1));
        assertThat(jdbc.sql("SELECT given_names FROM person WHERE external_ref = 'imp-lat-1'").query(String.class).single()).isEqualTo("Sékou");
    }

    @Tag("asvs-2.3.3")
    @Test
    void aFileWithAnInvalidRowChangesNothingByDefaultAndReportsEachRowInTheCallersLanguage() throws Exception {
        String csv = """
                nom,prenoms,sexe,date_naissance,reference_externe
                Imstrict,Awa,F,31/02/2019,imp-s-1
                Imstrict,Moussa,X,1990,imp-s-2
                Imstrict,Issa,M,1990,imp-s-3
                """;
        upload("/api/v1/imports/persons", "strict.csv", csv.getBytes(StandardCharsets.UTF_8), null, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.rows[0].row").value(2))
                .andExpect(jsonPath("$.rows[0].status").value("REJECTED"))
                .andExpect(jsonPath("$.rows[0].errors[0].field").value("birth_date"))
                .andExpect(jsonPath("$.rows[0].errors[0].message", startsWith("La date « 31/02/2019 » n’existe pas")))
                .andExpect(jsonPath("$.rows[1].row").value(3));
        assertThat(persons("Imstrict")).isZero();
        upload("/api/v1/imports/persons", "strict.csv", csv.getBytes(StandardCharsets.UTF_8), null, "en")
                .andExpect(jsonPath("$.rows[0].errors[0].message", startsWith("The date")));
    }

    /** Rows are written as they are read: a refusal after whole batches were written must undo them all. */
    @Tag("asvs-2.3.3")
    @Test
    void aRefusedRowAfterThousandsOfGoodOnesLeavesNothingWritten() throws Exception {
        StringBuilder csv = new StringBuilder("nom,prenoms,date_naissance,reference_externe\n");
        for (int i = 0; i < 2_500; i++) {
            csv.append("Imlate,Awa").append(i).append(",1990,imp-late-").append(i).append('\n');
        }
        csv.append("Imlate,Moussa,31/02/2019,imp-late-bad\n");
        upload("/api/v1/imports/persons", "late.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.validNotImported").value(2_500))
                .andExpect(jsonPath("$.rows[0].row").value(2_502));
        assertThat(persons("Imlate")).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_name_key k JOIN person p ON p.id = k.person_id WHERE p.family_name = 'Imlate'")
                .query(Long.class).single()).isZero();
    }

    /** A long file's report counts its rows but lists only the refused ones: a million outcomes would not fit. */
    @Test
    void aLongFileListsOnlyItsRefusedRows() throws Exception {
        StringBuilder csv = new StringBuilder("nom,prenoms,date_naissance,reference_externe\n");
        for (int i = 0; i < 10_050; i++) {
            csv.append("Imlong,Awa").append(i).append(i == 7 ? ",31/02/2019" : ",1990").append(",imp-long-").append(i).append('\n');
        }
        JsonNode report = json.readTree(upload("/api/v1/imports/persons", "long.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                "valid-rows", null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.get("imported").asInt()).isEqualTo(10_049);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("rows")).hasSize(1);
        assertThat(report.get("rows").get(0).get("row").asInt()).isEqualTo(9);
        assertThat(persons("Imlong")).isEqualTo(10_049);
    }

    @Test
    void aWholeNameInOneColumnIsCutIntoFamilyAndGivenNames() throws Exception {
        String csv = "Nom et prénoms;Sexe;reference_externe\nFULLNAME Awa Oumou;F;imp-full-1\nMoussa Fullnamé;M;imp-full-2\n";
        assertThat(importOk("/api/v1/imports/persons", csv, null).get("imported").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT family_name || '/' || given_names FROM person WHERE external_ref IN ('imp-full-1', 'imp-full-2')"
                + " ORDER BY external_ref").query(String.class).list()).containsExactly("FULLNAME/Awa Oumou", "Fullnamé/Moussa");
    }

    @Test
    void validRowsModeKeepsTheGoodRowsAndTheRefusedOnesCanBeDownloadedFixedAndReimported() throws Exception {
        String csv = """
                nom,prenoms,sexe,reference_externe
                Imvalid,Awa,F,imp-v-1
                Imvalid,Moussa,Q,imp-v-2
                =HYPERLINK("http://evil"),Issa,M,imp-v-3
                """;
        JsonNode report = importOk("/api/v1/imports/persons", csv, "valid-rows");
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(persons("Imvalid")).isEqualTo(1);
        String refused = mvc.perform(get(report.get("refusedRows").asString()).with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Imvalid", "imp-v-2", "erreurs");
        String fixed = refused.replace("\uFEFF", "").lines()
                .map(line -> line.replace(";Q;", ";M;"))
                .map(line -> line.substring(0, line.lastIndexOf(';')))
                .reduce("", (a, b) -> a + b + "\n");
        JsonNode second = json.readTree(upload("/api/v1/imports/persons", "fixed.csv", fixed.getBytes(StandardCharsets.UTF_8), null, null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(second.get("imported").asInt()).isEqualTo(1);
        assertThat(persons("Imvalid")).isEqualTo(2);
        // The formula-like name was stored as text, and is neutralised when exported back.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE external_ref = 'imp-v-3'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void reimportingTheSameFileCreatesNoDuplicateAndSaysWhatItDid() throws Exception {
        String csv = """
                nom,prenoms,sexe,date_naissance,reference_externe
                Imagain,Awa,F,1990,imp-a-1
                Imagain,Fanta,F,1991,
                """;
        JsonNode first = importOk("/api/v1/imports/persons", csv, null);
        assertThat(first.get("created").asInt()).isEqualTo(2);
        JsonNode second = importOk("/api/v1/imports/persons", csv, null);
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(2);
        assertThat(second.get("rows").get(0).get("action").asString()).isEqualTo("UNCHANGED");
        assertThat(persons("Imagain")).isEqualTo(2);
        JsonNode third = importOk("/api/v1/imports/persons", csv.replace("Awa,F,1990", "Awa,F,1989"), null);
        assertThat(third.get("updated").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT EXTRACT(YEAR FROM birth_date) FROM person WHERE external_ref = 'imp-a-1'").query(Integer.class).single()).isEqualTo(1989);
    }

    @Test
    void aLineBreakInsideAQuotedCellSeparatesWordsAndInvisibleCharactersGo() throws Exception {
        JsonNode report = importOk("/api/v1/imports/persons", "nom,prenoms\r\n\"Imnewline\",\"Awa\r\nMarie\"\r\nImnewline,\"Fa\u200Bnta\n\"\r\n", null);
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("rows").findValuesAsString("row")).containsExactly("2", "3");
        assertThat(jdbc.sql("SELECT given_names FROM person WHERE family_name = 'Imnewline' ORDER BY given_names")
                .query(String.class).list()).containsExactly("Awa Marie", "Fanta");
    }

    @Test
    void returnColumnsInAPersonsImportAreSaidToBeIgnored() throws Exception {
        JsonNode report = json.readTree(upload("/api/v1/imports/persons", "p.csv",
                "nom,prenoms,type_retour,date_arrivee\nImwrongkind,Awa,expulsion,2020-01-01\n".getBytes(StandardCharsets.UTF_8),
                null, "en").andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("fileErrors").findValuesAsString("code"))
                .containsExactly("import.header.returnColumn", "import.header.returnColumn");
        assertThat(report.get("fileErrors").get(0).get("message").asString()).contains("type_retour").contains("returns file");
    }

    @Test
    void valuesRightOfTheLastHeadingAreSaidToBeIgnored() throws Exception {
        JsonNode report = json.readTree(upload("/api/v1/imports/persons", "p.csv",
                "nom,prenoms\nImragged,Awa\nImragged,Fanta,,Ségou\n".getBytes(StandardCharsets.UTF_8), null, "en")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("fileErrors").findValuesAsString("code")).containsExactly("import.row.cellsPastHeader");
        assertThat(report.get("fileErrors").get(0).get("message").asString()).contains("row 3, column D");
    }

    @Test
    void aPersonWrittenTwiceInOneFileKeepsWhatTheLaterRowSays() throws Exception {
        String csv = """
                nom,prenoms,sexe,telephone,reference_externe
                Imtwice,Awa,F,76 12 34 56,imp-t-1
                Imtwice,Awa,F,76 12 34 56,imp-t-1
                Imtwice,Awa Nana,F,66 00 11 22,imp-t-1
                """;
        JsonNode report = importOk("/api/v1/imports/persons", csv, null);
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        assertThat(report.get("rows").findValuesAsString("action")).containsExactly("CREATED", "SAME_AS_EARLIER_ROW", "UPDATED");
        assertThat(persons("Imtwice")).isEqualTo(1);
        UUID id = jdbc.sql("SELECT id FROM person WHERE external_ref = 'imp-t-1'").query(UUID.class).single();
        mvc.perform(get("/api/v1/persons/" + id).with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.givenNames").value("Awa Nana"))
                .andExpect(jsonPath("$.phone").value("+22366001122"))
                // Numbers change often: the earlier one stays, second.
                .andExpect(jsonPath("$.phones[1]").value("+22376123456"))
                .andExpect(jsonPath("$.version").value(1));
        // The same rows again: they leave the person as they are, so nobody is changed and the report says so.
        JsonNode again = importOk("/api/v1/imports/persons", csv, null);
        assertThat(again.get("rows").findValuesAsString("action")).containsExactly("UNCHANGED", "SAME_AS_EARLIER_ROW", "UNCHANGED");
        assertThat(again.get("updated").asInt()).isZero();
        mvc.perform(get("/api/v1/persons/" + id).with(users.as(Role.COORDINATOR))).andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void anEmptyCellInAPersonsFileErasesNothing() throws Exception {
        String header = "reference_externe;nom;prenoms;sexe;date_naissance;region_origine;numero_piece\n";
        importOk("/api/v1/imports/persons", header + "blank-1;Imblank;Awa;F;1990;Kayes;DOC1\n", null);
        JsonNode later = importOk("/api/v1/imports/persons", header
                + "blank-1;Imblank;Awa;;;;\n"
                + "blank-1;Imblank;Awa;F;;Kayes;\n", null);
        assertThat(later.get("rows").findValuesAsString("action")).containsExactly("UNCHANGED", "SAME_AS_EARLIER_ROW");
        UUID id = jdbc.sql("SELECT id FROM person WHERE external_ref = 'blank-1'").query(UUID.class).single();
        mvc.perform(get("/api/v1/persons/" + id).with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.sex").value("F"))
                .andExpect(jsonPath("$.birthDate").value("1990-01-01"))
                .andExpect(jsonPath("$.originRegion").value("Kayes"))
                .andExpect(jsonPath("$.documentNumber").value("DOC1"))
                .andExpect(jsonPath("$.version").value(0));
    }

    /** api-v1: the same reference is the same person. When the rows disagree on who that is, the user is told. */
    @Test
    void aReferenceThatSeemsToNameTwoPersonsIsOnePersonAndSaidToBeChecked() throws Exception {
        String csv = """
                reference_externe,nom,prenoms,sexe,type_retour,pays_provenance,date_arrivee
                imp-c-1,Imconflict,Awa,F,expulsion,LY,2019-03-01
                imp-c-1,Imconflict,Oumar,M,expulsion,LY,2019-04-01
                imp-c-2,Imconflict,Fanta,F,expulsion,LY,2019-03-01
                imp-c-2,Imconflict,Fanta Nana,F,refoulement,DZ,2020-04-02
                imp-c-3,Imconflict,Mamadou,M,expulsion,LY,2019-03-01
                imp-c-3,Imkonflikt,Mahamadou,M,refoulement,DZ,2020-04-02
                """;
        JsonNode report = json.readTree(upload("/api/v1/imports/returns", "r.csv", csv.getBytes(StandardCharsets.UTF_8), null, "en")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.get("imported").asInt()).isEqualTo(6);
        assertThat(report.get("rejected").asInt()).isZero();
        // Only Oumar is pointed out: "Kulibali"-like spellings of one name (Mahamadou, Imkonflikt) are not.
        assertThat(report.get("fileErrors").findValuesAsString("code")).containsExactly("import.reference.otherPerson");
        assertThat(report.get("fileErrors").get(0).get("message").asString()).startsWith("Row 3:").contains("imp-c-1").contains("row 2");
        assertThat(jdbc.sql("SELECT given_names FROM person WHERE family_name = 'Imconflict' ORDER BY given_names")
                .query(String.class).list()).containsExactly("Awa", "Fanta", "Mamadou");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_return r JOIN person p ON p.id = r.person_id WHERE p.external_ref = 'imp-c-1'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void aReferenceThatSeemsToNameTwoPersonsIsFoundBatchesApartAndTheLaterRowsStillApply() throws Exception {
        StringBuilder csv = new StringBuilder("nom,prenoms,reference_externe\nCoulibaly,Awa,imp-f-0\n");
        for (int i = 1; i <= SpreadsheetImport.BATCH + 200; i++) {
            csv.append("Imfar,Awa").append(i).append(",imp-f-").append(i).append('\n');
        }
        // Seemingly another person under the reference; then the first one, written the other usual way.
        csv.append("Otherfar,Fanta,imp-f-0\n").append("Kulibali,Aoua,imp-f-0\n");
        JsonNode report = importOk("/api/v1/imports/persons", csv.toString(), null);
        assertThat(report.get("rejected").asInt()).isZero();
        assertThat(report.get("fileErrors").findValuesAsString("code")).containsExactly("import.reference.otherPerson");
        assertThat(report.get("fileErrors").get(0).get("message").asString())
                .startsWith("Ligne " + (SpreadsheetImport.BATCH + 203) + " ");
        assertThat(jdbc.sql("SELECT family_name || ' ' || given_names FROM person WHERE external_ref = 'imp-f-0'")
                .query(String.class).single()).isEqualTo("Kulibali Aoua");
    }

    @Test
    void importsReturnsWhereTheSameExternalRefIsTheSamePersonAndReimportAddsNothing() throws Exception {
        String csv = """
                reference_externe;nom;prenoms;sexe;type_retour;pays_provenance;date_arrivee;lieu_arrivee
                imp-r-1;Imreturn;Adama;M;expulsion;France;15/01/2012;Bamako-Sénou
                imp-r-1;Imreturn;Adama;M;refoulement;DZA;2019-06-30;Gao
                imp-r-1;Imreturn;Adama;M;retour volontaire assisté;LY;16/01/2020;Bamako-Sénou
                imp-r-2;Imreturn;Bintou;F;SPONTANEOUS_VOLUNTARY;Côte d'Ivoire;02/02/2021;Sikasso
                """;
        JsonNode first = importOk("/api/v1/imports/returns", csv, null);
        assertThat(first.get("imported").asInt()).isEqualTo(4);
        assertThat(persons("Imreturn")).isEqualTo(2);
        UUID adama = jdbc.sql("SELECT id FROM person WHERE external_ref = 'imp-r-1'").query(UUID.class).single();
        mvc.perform(get("/api/v1/persons/" + adama).with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.returns.length()").value(3))
                .andExpect(jsonPath("$.returns[0].countryFrom").value("FR"))
                .andExpect(jsonPath("$.returns[1].returnKind").value("BORDER_REJECTION"))
                .andExpect(jsonPath("$.returns[2].returnKind").value("ASSISTED_VOLUNTARY"));
        JsonNode again = importOk("/api/v1/imports/returns", csv, null);
        assertThat(again.get("unchanged").asInt()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_return WHERE person_id = :p").param("p", adama).query(Long.class).single()).isEqualTo(3);
        // Returns carry their person's sex for the statistics, whether the person was created in the row's batch or before.
        assertThat(jdbc.sql("SELECT person_sex FROM person_return WHERE person_id = :p").param("p", adama).query(String.class).list())
                .containsExactly("M", "M", "M");
        String more = "reference_externe;nom;prenoms;type_retour;pays_provenance;date_arrivee\nimp-r-2;Imreturn;Bintou;expulsion;LY;03/03/2022\n";
        assertThat(importOk("/api/v1/imports/returns", more, null).get("imported").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT person_sex FROM person_return r JOIN person p ON p.id = r.person_id WHERE p.external_ref = 'imp-r-2'")
                .query(String.class).list()).containsExactly("F", "F");
    }

    @Test
    void refusesReturnsWithUnknownCountriesKindsAndDatesWithoutDay() throws Exception {
        String csv = """
                nom,type_retour,pays_provenance,date_arrivee
                Imbadret,teleportation,Atlantide,2019
                """;
        upload("/api/v1/imports/returns", "bad.csv", csv.getBytes(StandardCharsets.UTF_8), null, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.rows[0].errors[*].field", hasItem("return_kind")))
                .andExpect(jsonPath("$.rows[0].errors[*].field", hasItem("country_from")))
                .andExpect(jsonPath("$.rows[0].errors[*].field", hasItem("arrival_date")));
    }

    @Test
    void refusesEmptyFilesImagesAndFilesWithoutTheRequiredColumnsWithA400() throws Exception {
        upload("/api/v1/imports/persons", "empty.csv", new byte[0], null, null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        upload("/api/v1/imports/persons", "photo.csv", png, null, null).andExpect(status().isBadRequest());
        upload("/api/v1/imports/returns", "r.csv", "nom,prenoms\nA,B\n".getBytes(StandardCharsets.UTF_8), null, null)
                .andExpect(status().isBadRequest());
        upload("/api/v1/imports/persons", "p.csv", "nom\nA\n".getBytes(StandardCharsets.UTF_8), "sometimes", null)
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("mode"));
    }

    @Test
    void aStoredReportSpeaksTheLanguageOfWhoeverReadsIt() throws Exception {
        String csv = "nom;prenoms;type_retour;pays_provenance;date_arrivee;colonne_inconnue\n"
                + "Imlanguage;Awa;expulsion;Narnia;2019-03-02;x\n";
        String id = json.readTree(upload("/api/v1/imports/returns", "language.csv", csv.getBytes(StandardCharsets.UTF_8), null, "fr")
                .andExpect(jsonPath("$.rows[0].errors[0].message", startsWith("Pays inconnu : Narnia")))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(get("/api/v1/imports/" + id).with(users.as(Role.COORDINATOR)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.report.rows[0].errors[0].message", startsWith("Unknown country: Narnia")))
                .andExpect(jsonPath("$.report.fileErrors[0].message", org.hamcrest.Matchers.containsString("colonne_inconnue")))
                .andExpect(jsonPath("$.report.fileErrors[0].message", startsWith("Column \"colonne_inconnue\" (column F) is not recognised")));
    }

    @Test
    void twoFilesInOneImportAreRefusedNotHalfRead() throws Exception {
        mvc.perform(multipart("/api/v1/imports/persons")
                        .file(new MockMultipartFile("file", "a.csv", "text/csv", "nom\nImtwofiles\n".getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("file", "b.csv", "text/csv", "nom\nImtwofiles\n".getBytes(StandardCharsets.UTF_8)))
                        .with(users.as(Role.COORDINATOR)).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("An import takes one file; 2 were sent. Import them one after the other."));
        assertThat(persons("Imtwofiles")).isZero();
    }

    @Tag("asvs-2.2.1")
    @Test
    void aNameOfTenThousandCharactersIsARefusedRowNotACrash() throws Exception {
        String csv = "nom,prenoms\n" + "A".repeat(10_000) + ",Awa\nImlong,Awa\n" + "B".repeat(150) + ",Awa\n";
        upload("/api/v1/imports/persons", "long.csv", csv.getBytes(StandardCharsets.UTF_8), "valid-rows", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rejected").value(2))
                .andExpect(jsonPath("$.imported").value(1))
                // One problem for the one cell, named by its field like every other.
                .andExpect(jsonPath("$.rows[0].errors.length()").value(1))
                .andExpect(jsonPath("$.rows[0].errors[0].field").value("family_name"))
                .andExpect(jsonPath("$.rows[0].errors[0].column").value("nom"))
                .andExpect(jsonPath("$.rows[2].errors[0].message").value("At most 100 characters or items."));
        upload("/api/v1/imports/persons", "long.csv", ("nom,prenoms\n" + "A".repeat(10_000) + ",Awa\n").getBytes(StandardCharsets.UTF_8),
                "valid-rows", null)
                .andExpect(jsonPath("$.imported").value(0))
                .andExpect(jsonPath("$.written").value(false));
    }

    @Test
    void aLaterRowOfAPersonFillsInWhatTheyLackedAndTheStatisticsCountItButNeverChangesWhatTheyHave() throws Exception {
        String header = "reference_externe;nom;prenoms;sexe;region_origine;telephone;type_retour;pays_provenance;date_arrivee\n";
        JsonNode first = importOk("/api/v1/imports/returns", header
                + "fill-1;Imfill;Awa;;;;expulsion;DZ;1971-03-01\n"
                + "fill-1;Imfill;Awa;F;Kayes;76 00 00 09;expulsion;LY;1971-03-02\n"
                + "fill-2;Imfill;Oumar;;;;expulsion;DZ;1971-03-03\n", null);
        assertThat(first.get("rows").findValuesAsString("action")).containsExactly("CREATED", "RETURN_ADDED", "CREATED");
        assertThat(first.get("updated").asInt()).isEqualTo(1);
        JsonNode counts = statistics("1971-03-01", "1971-03-31");
        assertThat(counts.get("bySex").get("F").asInt()).isEqualTo(2);
        assertThat(counts.get("byOriginRegion").get("Kayes").asInt()).isEqualTo(2);

        // A later file completes a person it finds in the database, and leaves alone what they have.
        String second = header
                + "fill-1;Imfill;Awa;M;Ségou;;expulsion;LY;1971-03-02\n"
                + "fill-2;Imfill;Oumar;M;Gao;;expulsion;DZ;1971-03-03\n";
        JsonNode completed = importOk("/api/v1/imports/returns", second, null);
        assertThat(completed.get("rows").findValuesAsString("action")).containsExactly("UNCHANGED", "UPDATED");
        // Awa was recorded F: the file's M is not taken, and the user is told to check the reference.
        assertThat(completed.get("fileErrors").findValuesAsString("code")).containsExactly("import.reference.otherSexThanStored");
        assertThat(completed.get("updated").asInt()).isEqualTo(1);
        counts = statistics("1971-03-01", "1971-03-31");
        assertThat(counts.get("bySex").get("F").asInt()).isEqualTo(2);
        assertThat(counts.get("bySex").get("M").asInt()).isEqualTo(1);
        assertThat(counts.get("byOriginRegion").get("Kayes").asInt()).isEqualTo(2);
        assertThat(counts.get("byOriginRegion").get("Gao").asInt()).isEqualTo(1);
        assertThat(counts.get("byOriginRegion").has("Ségou")).isFalse();
        assertThat(jdbc.sql("SELECT sex FROM person WHERE external_ref = 'fill-1'").query(String.class).single()).isEqualTo("F");

        JsonNode again = importOk("/api/v1/imports/returns", second, null);
        assertThat(again.get("rows").findValuesAsString("action")).containsExactly("UNCHANGED", "UNCHANGED");
        assertThat(again.get("updated").asInt()).isZero();
    }

    @Test
    void aReturnAnAdminRemovedIsNotBroughtBackByImportingTheSameRegisterAgain() throws Exception {
        String csv = "reference_externe;nom;prenoms;type_retour;pays_provenance;date_arrivee\n"
                + "removed-1;Imremoved;Awa;expulsion;DZ;1972-04-01\n"
                + "removed-1;Imremoved;Awa;refoulement;LY;1972-04-02\n";
        String person = importOk("/api/v1/imports/returns", csv, null).get("rows").get(0).get("personId").asString();
        String mistaken = jdbc.sql("SELECT id FROM person_return WHERE person_id = :p AND arrival_date = DATE '1972-04-02'")
                .param("p", UUID.fromString(person)).query(String.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/returns/" + mistaken)
                .param("version", "0").with(users.as(Role.ADMIN))).andExpect(status().isNoContent());

        JsonNode again = importOk("/api/v1/imports/returns", csv, null);
        assertThat(again.get("rows").findValuesAsString("action")).containsExactly("UNCHANGED", "RETURN_REMOVED_EARLIER");
        assertThat(statistics("1972-04-01", "1972-04-30").get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aSexContradictingTheFirstRowThatGaveOneIsPointedOutEvenWhenTheFirstRowGaveNone() throws Exception {
        JsonNode report = importOk("/api/v1/imports/returns", "reference_externe;nom;prenoms;sexe;type_retour;pays_provenance;date_arrivee\n"
                + "contra-1;Imcontra;Awa;;expulsion;DZ;1973-01-01\n"
                + "contra-1;Imcontra;Awa;F;expulsion;DZ;1973-01-02\n"
                + "contra-1;Imcontra;Awa;M;expulsion;DZ;1973-01-03\n", null);
        assertThat(report.get("fileErrors").findValuesAsString("code")).containsExactly("import.reference.otherPerson");
        assertThat(report.get("fileErrors").get(0).get("arguments").get(0).asString()).isEqualTo("4");
        assertThat(report.get("fileErrors").get(0).get("arguments").get(2).asString()).isEqualTo("3");
        assertThat(statistics("1973-01-01", "1973-01-31").get("bySex").get("F").asInt()).isEqualTo(3);
    }

    private JsonNode statistics(String from, String to) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/reports/returns").param("from", from).param("to", to)
                .with(users.as(Role.COORDINATOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aFormulaThatFailedIsNoValueAndNeverMakesRowsOnePerson() throws Exception {
        String csv = "reference_externe;nom;prenoms;sexe;type_retour;pays_provenance;date_arrivee\n"
                + "#N/A;Imfailed;Aminata;F;expulsion;DZ;2019-05-01\n"
                + "#N/A;Imfailed;Boubacar;M;expulsion;#DIV/0!;2019-05-02\n"
                + "fail-3;Imfailed;Cheick;M;expulsion;DZ;2019-05-03\n"
                // Invisible characters around it, and Spanish or Italian Excel's "not available".
                + "\u00A0#N/A\u200B;Imfailed;Djeneba;F;expulsion;DZ;2019-05-04\n"
                + "#N/D;Imfailed;Emma;F;expulsion;DZ;2019-05-05\n";
        upload("/api/v1/imports/returns", "failed.csv", csv.getBytes(StandardCharsets.UTF_8), "valid-rows", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rejected").value(4))
                .andExpect(jsonPath("$.rows[0].errors[0].field").value("external_ref"))
                .andExpect(jsonPath("$.rows[0].errors[0].message").value(
                        "This cell shows \"#N/A\": its formula failed in the spreadsheet. Correct the formula or empty the cell."))
                // The failed cells are all that is said of them: no "unknown country: #DIV/0!".
                .andExpect(jsonPath("$.rows[1].errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("external_ref", "country_from")));
        assertThat(persons("Imfailed")).isEqualTo(1);
    }

    @Test
    void aReferenceThatSaysThereIsNoneIsNoReference() throws Exception {
        String csv = "reference_externe;nom;prenoms;sexe;type_retour;pays_provenance;date_arrivee\n"
                + "N/A;Imnoref;Aminata;F;expulsion;DZ;2019-06-01\n"
                + "-;Imnoref;Boubacar;M;expulsion;DZ;2019-06-02\n"
                + "néant;Imnoref;Boubacar;M;refoulement;LY;2019-06-03\n";
        JsonNode report = json.readTree(upload("/api/v1/imports/returns", "noref.csv", csv.getBytes(StandardCharsets.UTF_8), null, "en")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.get("imported").asInt()).isEqualTo(3);
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("fileErrors").findValuesAsString("message"))
                .anySatisfy(message -> assertThat(message).startsWith("3 row(s) give as reference a value saying there is none"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE family_name = 'Imnoref' AND external_ref IS NULL").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void nobodyArrivesBeforeBeingBorn() throws Exception {
        String csv = "nom;prenoms;date_naissance;type_retour;pays_provenance;date_arrivee\n"
                + "Imunborn;Awa;2015;expulsion;DZ;2014-05-04\n"
                + "Imunborn;Fanta;2014;expulsion;DZ;2014-05-04\n";
        upload("/api/v1/imports/returns", "unborn.csv", csv.getBytes(StandardCharsets.UTF_8), "valid-rows", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rows[0].errors[0].field").value("birth_date"))
                .andExpect(jsonPath("$.rows[0].errors[0].message")
                        .value("The birth (\"2015\") comes after the arrival (\"2014-05-04\"): one of the two dates is wrong."));
    }

    @Test
    void invisibleCharactersAroundValuesAreNotWhatTheRowIsJudgedOn() throws Exception {
        String csv = "nom;prenoms;date_naissance;type_retour;pays_provenance;date_arrivee\n"
                + "Iminvisible;Awa;\u200B1980;expulsion;DZ;2019-05-04\u00A0\n";
        upload("/api/v1/imports/returns", "invisible.csv", csv.getBytes(StandardCharsets.UTF_8), null, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1));
        assertThat(jdbc.sql("SELECT r.arrival_date FROM person_return r JOIN person p ON p.id = r.person_id WHERE p.family_name = 'Iminvisible'")
                .query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2019, 5, 4));
    }

    @Test
    void valuesBeyondTheLastColumnReadAreIgnoredAndSaidOnceNotARefusal() throws Exception {
        StringBuilder header = new StringBuilder("nom;prenoms;type_retour;pays_provenance;date_arrivee");
        StringBuilder row = new StringBuilder("Imwide;Awa;expulsion;DZ;2019-05-05");
        for (int i = 0; i < 200; i++) {
            header.append(";extra").append(i);
            row.append(";x");
        }
        upload("/api/v1/imports/returns", "wide.csv", (header + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8), null, "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.fileErrors[*].code", hasItem("import.row.pastLastColumn")));
        assertThat(persons("Imwide")).isEqualTo(1);
    }

    @Test
    void anArrivalPointTooLongForItsColumnIsARefusedRowNotACrash() throws Exception {
        String csv = "nom;prenoms;type_retour;pays_provenance;date_arrivee;lieu_arrivee\n"
                + "Imlongpoint;Awa;expulsion;DZ;2019-03-02;" + "y".repeat(101) + "\n"
                + "Imlongpoint;Oumar;expulsion;DZ;2019-03-02;Aéroport de Bamako-Sénou\n";
        upload("/api/v1/imports/returns", "long-point.csv", csv.getBytes(StandardCharsets.UTF_8), "valid-rows", "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.rows[0].row").value(2))
                .andExpect(jsonPath("$.rows[0].errors[0].field").value("arrival_point"))
                .andExpect(jsonPath("$.rows[0].errors[0].message").value("At most 100 characters or items."));
        assertThat(persons("Imlongpoint")).isEqualTo(1);
    }

    @Test
    void importsAnXlsxWorkbookWithDateCellsAndNeverEvaluatesItsFormulas() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet("retours");
            var header = sheet.createRow(0);
            String[] columns = {"reference_externe", "nom", "prenoms", "sexe", "type_retour", "pays_provenance", "date_arrivee"};
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("xlsx-1");
            row.createCell(1).setCellFormula("\"Im\"&\"xlsx\"");
            row.createCell(2).setCellValue("Moussa");
            row.createCell(3).setCellValue("H");
            row.createCell(4).setCellValue("expulsion");
            row.createCell(5).setCellValue("MAR");
            var date = row.createCell(6);
            date.setCellValue(java.time.LocalDate.of(2016, 5, 4));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            var plain = sheet.createRow(2);
            String[] values = {"xlsx-2", "Imxlsx", "Awa", "F", "refoulement", "DZ"};
            for (int i = 0; i < values.length; i++) {
                plain.createCell(i).setCellValue(values[i]);
            }
            var plainDate = plain.createCell(6);
            plainDate.setCellValue(java.time.LocalDate.of(2017, 8, 9));
            plainDate.setCellStyle(style);
            workbook.write(bytes);
        }
        var request = multipart("/api/v1/imports/returns").file(new MockMultipartFile("file", "retours.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes.toByteArray()))
                .param("mode", "valid-rows").with(users.as(Role.COORDINATOR));
        String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode report = json.readTree(body);
        // The formula was written by POI without a cached value: the row is refused, never computed.
        assertThat(report.get("rejected").asInt()).isEqualTo(1);
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(persons("Imxlsx")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT r.arrival_date FROM person_return r JOIN person p ON p.id = r.person_id WHERE p.external_ref = 'xlsx-2'")
                .query(java.time.LocalDate.class).single()).isEqualTo(java.time.LocalDate.of(2017, 8, 9));
    }

    @Tag("asvs-8.2.1")
    @Test
    void onlyRolesThatMayImportCanImport() throws Exception {
        mvc.perform(multipart("/api/v1/imports/persons").file(new MockMultipartFile("file", "f.csv", "text/csv",
                        "nom\nImnope\n".getBytes(StandardCharsets.UTF_8))).with(users.as(Role.RECEPTION)))
                .andExpect(status().isForbidden());
        assertThat(persons("Imnope")).isZero();
    }
}
