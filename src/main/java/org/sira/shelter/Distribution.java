package org.sira.shelter;

import java.util.List;
import java.util.UUID;

/** An item given to persons in one action: who got it, who did not for lack of stock, and the balance left. */
public record Distribution(UUID id, UUID centreId, String item, int quantityEach, List<UUID> given, List<UUID> shortfall,
                           long balance) {
}
