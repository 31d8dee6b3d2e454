package org.sira.reintegration;

import java.util.List;

/**
 * Opening a mediation: {@code kind} FAMILY or COMMUNITY, the day it was opened ({@code YYYY-MM-DD}),
 * why (optional) and the parties known so far.
 */
public record MediationInput(String kind, String openedOn, String reason, List<Party> parties) {

    /** A party: name, relation to the returnee (FATHER, MOTHER, SPOUSE, SIBLING, UNCLE, COMMUNITY_LEADER, OTHER), village. */
    public record Party(String name, String relation, String village) {
    }
}
