package org.sira.security;

import java.util.EnumSet;
import java.util.Set;

import static org.sira.security.Permission.*;

/**
 * The permission matrix, in one place. The README's table is written from it and
 * {@code PermissionMatrixTest} keeps the two honest.
 */
public enum Role {
    ADMIN(PERSON_READ, PERSON_WRITE, PERSON_RESTRICTED_READ, PERSON_MERGE, RETURN_REMOVE, IMPORT, STATISTICS_READ, USER_MANAGE, AUDIT_READ, REFERENCE_EDIT, CENTRE_MANAGE),
    COORDINATOR(PERSON_READ, PERSON_WRITE, PERSON_RESTRICTED_READ, PERSON_MERGE, IMPORT, STATISTICS_READ, AUDIT_READ, CASEWORK, CASE_CLOSE_APPROVE,
            CENTRE_MANAGE, SHELTER_MANAGE, PROGRAMME_MANAGE, MATCH_DETAILS_READ),
    RECEPTION(PERSON_READ, PERSON_WRITE),
    SHELTER(PERSON_READ, SHELTER_MANAGE),
    CASEWORKER(PERSON_READ, PERSON_WRITE, PERSON_RESTRICTED_READ, PERSON_MERGE, CASEWORK, REINTEGRATION_ASSESS),
    COUNSELLOR(PERSON_READ, PERSON_RESTRICTED_READ, PSYCHOSOCIAL_NOTES),
    VIEWER(STATISTICS_READ);

    private final Set<Permission> permissions;

    Role(Permission... permissions) {
        this.permissions = EnumSet.noneOf(Permission.class);
        this.permissions.addAll(Set.of(permissions));
    }

    public Set<Permission> permissions() {
        return EnumSet.copyOf(permissions);
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /**
     * Separation of duties: whoever manages accounts must not also read the psychosocial notes,
     * or an administrator could give themselves the counsellor's role and read every note. So no
     * account holds a role with {@link Permission#PSYCHOSOCIAL_NOTES} beside one with
     * {@link Permission#USER_MANAGE}.
     */
    public static boolean incompatible(Set<Role> roles) {
        return roles.stream().anyMatch(role -> role.may(PSYCHOSOCIAL_NOTES))
                && roles.stream().anyMatch(role -> role.may(USER_MANAGE));
    }
}
