package org.sira.casework;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A referral as the API shows it, with what happened to it since, oldest first.
 * {@code overrideReason}: why data was shared without the person's consent, when it was.
 */
public record ReferralView(UUID id, UUID personId, String partner, String service, boolean sharesData,
                           boolean consentOverridden, String overrideReason, ReferralStatus status,
                           OffsetDateTime createdAt, String createdBy, int version, List<Update> updates) {

    public ReferralView {
        updates = List.copyOf(updates);
    }

    /** One addition: a new status, the partner's feedback, or both. */
    public record Update(ReferralStatus status, String feedback, OffsetDateTime at, String by) {
    }
}
