package org.sira.psychosocial;

/** Who sat in a counselling session besides the counsellor. */
public enum SessionKind {
    INDIVIDUAL, FAMILY, GROUP
}
