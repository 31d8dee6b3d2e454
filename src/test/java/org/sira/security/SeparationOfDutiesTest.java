package org.sira.security;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whoever manages accounts never reads psychosocial notes, whatever the roles become. */
class SeparationOfDutiesTest {

    @Tag("asvs-8.2.2")
    @Test
    void noSingleRoleBothManagesUsersAndReadsNotes() {
        for (Role role : Role.values()) {
            assertThat(role.may(Permission.USER_MANAGE) && role.may(Permission.PSYCHOSOCIAL_NOTES)).as(role.name()).isFalse();
        }
    }

    @Tag("asvs-8.2.2")
    @Test
    void everyRoleThatManagesUsersIsIncompatibleWithEveryRoleThatReadsNotes() {
        for (Role manager : Role.values()) {
            for (Role reader : Role.values()) {
                boolean expected = manager.may(Permission.USER_MANAGE) && reader.may(Permission.PSYCHOSOCIAL_NOTES);
                if (expected) {
                    assertThat(Role.incompatible(EnumSet.of(manager, reader))).as(manager + "+" + reader).isTrue();
                    assertThat(Role.incompatible(EnumSet.of(manager, reader, Role.VIEWER))).isTrue();
                }
            }
        }
        assertThat(Role.incompatible(Set.of(Role.ADMIN, Role.COUNSELLOR))).isTrue();
        assertThat(Role.incompatible(Set.of(Role.COORDINATOR, Role.COUNSELLOR))).isFalse();
        assertThat(Role.incompatible(Set.of(Role.ADMIN, Role.COORDINATOR))).isFalse();
        assertThat(Role.incompatible(Set.of(Role.COUNSELLOR))).isFalse();
    }

    @Tag("asvs-8.2.2")
    @Test
    void anAccountHoldingBothReadsNoNotesButKeepsItsOtherRights() {
        UserAccounts.UserAccount both = new UserAccounts.UserAccount(null, "both", "Both", EnumSet.of(Role.ADMIN, Role.COUNSELLOR),
                true, 0, null, null, 0, 0, false);
        assertThat(SiraUserDetails.authorities(both)).extracting(Object::toString)
                .contains("ROLE_ADMIN", "USER_MANAGE", "PERSON_RESTRICTED_READ")
                .doesNotContain("PSYCHOSOCIAL_NOTES", "ROLE_COUNSELLOR");
    }
}
