package org.sira.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.reference.ReferenceData;
import org.sira.security.AuditLog;
import org.sira.support.WholeSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people module alone (its beans, the database, nothing of the other modules but mocks of
 * their beans at the edge): rules tested until now only through HTTP.
 */
@ApplicationModuleTest(extraIncludes = "shared")
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:people-module;DB_CLOSE_DELAY=-1")
@Import(WholeSchema.class)
@WithMockUser(username = "lead", authorities = {"PERSON_READ", "PERSON_WRITE", "PERSON_MERGE"})
class PeopleModuleTest {

    @MockitoBean
    AuditLog audit;
    @MockitoBean
    ReferenceData reference;

    @Autowired
    PersonRegistry registry;
    @Autowired
    PersonMerge merges;

    private UUID registered(String family, String given, String phone, String born) {
        PersonInput input = new PersonInput(family, given, null, "F", born, null, null, null, null, null, null, phone, null,
                null, null, List.of(), List.of(), null, null, List.of(), null, false, null);
        return registry.register(input, Optional.empty()).person().id();
    }

    private static PersonInput tonight(String phone, String born) {
        return new PersonInput("Coulibaly", "Fatoumata", null, null, born, null, "Drissa", null, null, null, null, phone,
                null, null, null, List.of(), List.of(), null, null, List.of(), null, false, null);
    }

    @Test
    void aPersonFoundOnTonightsListIsCompletedAndAnEmptyCellErasesNothing() {
        UUID id = registered("Coulibaly", "Fatoumata", "+22376112244", "1990");

        Person completed = registry.completeWith(id, tonight("+22366554433", null), "manifest-row-test");

        assertThat(completed.details().phones()).extracting(PhoneNumber::e164).containsExactly("+22366554433", "+22376112244");
        assertThat(completed.details().birthDate()).isNotNull();
        assertThat(completed.details().fatherGivenName()).isEqualTo("Drissa");
        assertThat(registry.find(id).version()).isEqualTo(completed.version());
    }

    @Test
    void aListThatAddsNothingLeavesThePersonAsTheyWere() {
        UUID id = registered("Coulibaly", "Fatoumata", "+22376112244", "1990");
        Person before = registry.find(id);

        Person after = registry.completeWith(id, new PersonInput(null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, List.of(), List.of(), null, null, List.of(), null, false, null), "manifest-row-test");

        assertThat(after).isEqualTo(before);
    }

    @Test
    void aMergeAsksEveryModuleToMoveItsRowsByAnEventAndItsUndoByAnother(PublishedEvents events) {
        UUID kept = registered("Fofana", "Bakary", null, "1980");
        UUID merged = registered("Fofanah", "Bakari", null, null);

        PersonMerge.Merge merge = merges.merge(kept, merged);
        merges.undo(merge.id());

        assertThat(events.ofType(PersonsMerged.class)
                .matching(e -> e.mergeId().equals(merge.id()) && e.keptId().equals(kept) && e.mergedId().equals(merged)))
                .hasSize(1);
        assertThat(events.ofType(PersonsUnmerged.class).matching(e -> e.mergeId().equals(merge.id()))).hasSize(1);
    }
}
