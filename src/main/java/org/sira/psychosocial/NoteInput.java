package org.sira.psychosocial;

import jakarta.validation.constraints.Size;

/** A note as sent to the API; checked by {@link PsychosocialNotes}. */
public record NoteInput(@Size(max = PsychosocialNotes.MAX_TEXT) String text, @Size(max = 20) String sessionDate) {
}
