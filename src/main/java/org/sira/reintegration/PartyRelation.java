package org.sira.reintegration;

/** How a party of a mediation is related to the returnee. */
public enum PartyRelation {
    FATHER, MOTHER, SPOUSE, SIBLING, UNCLE, COMMUNITY_LEADER, OTHER
}
