package org.sira.arrivals;

import org.sira.arrivals.internal.ManifestRow;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sira.arrivals.internal.ManifestRowStore;
import org.sira.matching.Verdict;
import org.sira.people.PersonFacts;
import org.sira.people.PersonInputReader;
import org.sira.people.PersonMatching;
import org.sira.people.PersonRegistry;
import org.sira.people.PersonVisibility;
import org.sira.people.PersonWithdrawal;
import org.sira.people.PersonsMerged;
import org.sira.people.PersonsUnmerged;
import org.sira.people.PlainWords;
import org.sira.reference.ReferenceData;
import org.sira.security.AuditLog;
import org.sira.shared.Ids;
import org.sira.support.WholeSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The arrivals module alone: its beans and the database; people, reference and security are mocks
 * of their beans at the edge. The persons a return names exist in the registry's table (a foreign
 * key says so), so they are written there as a fixture.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:arrivals-module;DB_CLOSE_DELAY=-1")
@Import(WholeSchema.class)
@WithMockUser(username = "lead", authorities = {"PERSON_READ", "PERSON_WRITE"})
class ArrivalsModuleTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 3, 1, 22, 0, 0, 0, ZoneOffset.UTC);

    @MockitoBean
    PersonRegistry registry;
    @MockitoBean
    PersonMatching matching;
    @MockitoBean
    PersonVisibility visibility;
    @MockitoBean
    PersonFacts facts;
    @MockitoBean
    PersonInputReader personReader;
    @MockitoBean
    PersonWithdrawal withdrawal;
    @MockitoBean
    PlainWords plainWords;
    @MockitoBean
    ReferenceData reference;
    @MockitoBean
    AuditLog audit;

    @Autowired
    ManifestDecisions decisions;
    @Autowired
    ManifestRowStore rows;
    @Autowired
    ArrivalGroups groups;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    private UUID group;

    @BeforeEach
    void aGroupArrivedTonight() {
        when(facts.of(any())).thenAnswer(call -> {
            Map<UUID, PersonFacts.Facts> known = new HashMap<>();
            for (UUID id : call.<Collection<UUID>>getArgument(0)) {
                known.put(id, new PersonFacts.Facts(id, "SIR-2026-" + id.toString().substring(0, 6), null, null, null, null,
                        null, java.util.Set.of()));
            }
            return known;
        });
        group = Ids.newId();
        jdbc.sql("""
                INSERT INTO arrival_group (id, arrival_date, arrival_point, country_from, return_kind, transport, created_at,
                    created_by, version) VALUES (:id, :date, 'Bamako', 'DZ', 'FORCED_REMOVAL', 'ROAD_CONVOY', :at, 'lead', 0)""")
                .param("id", group).param("date", LocalDate.of(2026, 3, 1)).param("at", NOW).update();
    }

    private UUID personInTheRegistry() {
        UUID id = Ids.newId();
        jdbc.sql("""
                INSERT INTO person (id, file_number, created_at, created_by, updated_at, updated_by)
                VALUES (:id, :number, :at, 'lead', :at, 'lead')""")
                .param("id", id).param("number", "T" + id.toString().substring(18)).param("at", NOW).update();
        return id;
    }

    private ManifestRow staged(int number, ManifestRow.StagedCandidate... candidates) {
        ManifestRow row = ManifestRow.staged(group, number, ManifestRowVerbsTest.AWA, List.of()).withMatches(null, List.of(candidates));
        rows.insert(row, NOW);
        return row;
    }

    private static ManifestRow.StagedCandidate candidate(UUID person, Verdict verdict) {
        return new ManifestRow.StagedCandidate(person, null, null, 0.95, verdict, "why");
    }

    private ManifestRow stored(ManifestRow row) {
        return rows.byId(row.id()).get(0);
    }

    @Test
    void aConfidentRowIsLinkedToItsOnlyMatchWhoIsCompletedByTheRowAndGetsTheGroupsReturn() {
        UUID awa = personInTheRegistry();
        ManifestRow confident = staged(1, candidate(awa, Verdict.MATCH), candidate(personInTheRegistry(), Verdict.POSSIBLE));

        assertThat(decisions.acceptConfident(group)).isEqualTo(1);

        ManifestRow linked = stored(confident);
        assertThat(linked.status()).isEqualTo(ManifestRow.Status.LINKED);
        assertThat(linked.personId()).isEqualTo(awa);
        assertThat(linked.decidedBy()).isEqualTo("lead");
        assertThat(groups.isRegistered(group, awa)).isTrue();
        verify(registry).completeWith(eq(awa), eq(ManifestRowVerbsTest.AWA.input()), anyString());
    }

    @Test
    void aDoubtfulRowIsNotAcceptedInOneGoAndNobodyIsCompleted() {
        ManifestRow twoMatches = staged(1, candidate(personInTheRegistry(), Verdict.MATCH), candidate(personInTheRegistry(), Verdict.MATCH));
        ManifestRow possible = staged(2, candidate(personInTheRegistry(), Verdict.POSSIBLE));

        assertThat(decisions.acceptConfident(group)).isZero();

        assertThat(stored(twoMatches).status()).isEqualTo(ManifestRow.Status.PENDING);
        assertThat(stored(possible).status()).isEqualTo(ManifestRow.Status.PENDING);
        verify(registry, never()).completeWith(any(), any(), anyString());
    }

    @Test
    void aMergeMovesTheMergedPersonsReturnsAndRowsToTheKeptOneAndItsUndoMovesBackExactlyThose() {
        UUID kept = personInTheRegistry();
        UUID merged = personInTheRegistry();
        groups.registerReturn(group, merged);
        ManifestRow row = staged(1, candidate(merged, Verdict.POSSIBLE));
        decisions.sameAs(group, row.id(), 0, merged);
        UUID mergeId = Ids.newId();

        transaction.executeWithoutResult(status -> events.publishEvent(new PersonsMerged(mergeId, kept, merged)));
        assertThat(groups.isRegistered(group, kept)).isTrue();
        assertThat(groups.isRegistered(group, merged)).isFalse();
        assertThat(stored(row).personId()).isEqualTo(kept);

        // A return of the kept person's own, added after the merge, stays with them.
        UUID later = Ids.newId();
        jdbc.sql("""
                INSERT INTO arrival_group (id, arrival_date, arrival_point, country_from, return_kind, transport, created_at,
                    created_by, version) VALUES (:id, :date, 'Gao', 'DZ', 'FORCED_REMOVAL', 'ROAD_CONVOY', :at, 'lead', 0)""")
                .param("id", later).param("date", LocalDate.of(2026, 3, 2)).param("at", NOW).update();
        groups.registerReturn(later, kept);

        transaction.executeWithoutResult(status -> events.publishEvent(new PersonsUnmerged(mergeId, kept, merged)));
        assertThat(groups.isRegistered(group, merged)).isTrue();
        assertThat(groups.isRegistered(group, kept)).isFalse();
        assertThat(groups.isRegistered(later, kept)).isTrue();
        assertThat(stored(row).personId()).isEqualTo(merged);
    }
}
