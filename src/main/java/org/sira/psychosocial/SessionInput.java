package org.sira.psychosocial;

import jakarta.validation.constraints.Size;

/**
 * A counselling session as sent: its kind ({@link SessionKind}), day, counsellor (the author when
 * blank), the next session planned (optional) and what was said (optional, sealed like the notes).
 */
public record SessionInput(@Size(max = 20) String kind, @Size(max = 20) String sessionDate, @Size(max = 100) String counsellor,
                           @Size(max = 20) String nextSession, @Size(max = PsychosocialNotes.MAX_TEXT) String text) {
}
