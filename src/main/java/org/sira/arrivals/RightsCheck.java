package org.sira.arrivals;

import jakarta.validation.constraints.Size;

/**
 * The checklist asked of each person at arrival: whether their rights were respected, what they
 * need tonight. Yes/no answers (null = not asked) so the statistics can count them; free text
 * stays short.
 */
public record RightsCheck(Boolean informedOfRights, Boolean detained, Integer detentionDays, Boolean violence,
                          Boolean belongingsWithheld, Boolean wagesUnpaid, Boolean familySeparated,
                          Boolean consularAccess, Boolean medicalNeeds, Boolean medicalUrgent, Boolean minorAlone,
                          Boolean needsBedTonight, @Size(max = 500) String notes, Integer version) {

    public static RightsCheck empty() {
        return new RightsCheck(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
