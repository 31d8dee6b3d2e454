package org.sira.psychosocial.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.sira.psychosocial.NoteInput;
import org.sira.psychosocial.PsychosocialNote;
import org.sira.psychosocial.PsychosocialNotes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/persons/{id}/psychosocial-notes} of api-v1.md: for the counsellor role alone. */
@RestController
class PsychosocialNoteApi {

    private final PsychosocialNotes notes;

    PsychosocialNoteApi(PsychosocialNotes notes) {
        this.notes = notes;
    }

    @PostMapping("/api/v1/persons/{id}/psychosocial-notes")
    ResponseEntity<PsychosocialNote> add(@PathVariable UUID id, @Valid @RequestBody NoteInput input) {
        PsychosocialNote note = notes.add(id, input);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/psychosocial-notes/" + note.id())).body(note);
    }

    @GetMapping("/api/v1/persons/{id}/psychosocial-notes")
    List<PsychosocialNote> of(@PathVariable UUID id) {
        return notes.of(id);
    }
}
