package org.sira.security;

/** What a user may do. Which role holds which permission is decided in {@link Role} alone. */
public enum Permission {
    /** See the registry of persons and their ordinary details. */
    PERSON_READ,
    /** Register and update persons. */
    PERSON_WRITE,
    /** See persons marked restricted (protection cases); every such read is audited. */
    PERSON_RESTRICTED_READ,
    /** Merge two records of one person, and undo a merge. */
    PERSON_MERGE,
    /** Remove a return registered by mistake (it is voided and audited, never deleted). */
    RETURN_REMOVE,
    /** Import persons and returns from spreadsheets. */
    IMPORT,
    /** Statistics without any way back to one person. */
    STATISTICS_READ,
    /** Manage user accounts. */
    USER_MANAGE,
    /** Browse the audit log. */
    AUDIT_READ,
    /** Edit reference lists (administrative divisions, languages). */
    REFERENCE_EDIT,
    /** Write and read the notes of psychosocial sessions (the counsellor role alone; every reading is audited). */
    PSYCHOSOCIAL_NOTES,
    /** Casework: referrals to partners, follow-ups and their outcomes, reintegration assessments read. */
    CASEWORK,
    /** Record a reintegration assessment (the caseworker who interviewed the person). */
    REINTEGRATION_ASSESS,
    /** Approve the closure of a case someone asked for. */
    CASE_CLOSE_APPROVE,
    /** Open host centres and lay out their rooms and beds. */
    CENTRE_MANAGE,
    /** Run a host centre: stays, assistance given, stock. */
    SHELTER_MANAGE,
    /** Donors, projects and budget lines; what each project spent and whom it reached, exported for donors without names. */
    PROGRAMME_MANAGE,
    /** See the matching engine's numbers behind a candidate's plain-words reasons (field weights, bits). */
    MATCH_DETAILS_READ
}
