package org.sira.psychosocial;

import java.time.LocalDate;

/**
 * All that a caseworker or coordinator learns of a person's psychosocial support: that there is
 * some, and the day of the next session planned (null when none). Nothing of what was said or found.
 */
public record PsychosocialFollowUp(boolean exists, LocalDate nextSession) {
}
