package org.sira.psychosocial.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.sira.psychosocial.NoteInput;
import org.sira.psychosocial.PsychosocialNote;
import org.sira.psychosocial.PsychosocialNotes;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/persons/{id}/psychosocial-notes} of api-v1.md: for the counsellor role alone. */
@RestController
class PsychosocialNoteApi {

    private final PsychosocialNotes notes;

    PsychosocialNoteApi(PsychosocialNotes notes) {
        this.notes = notes;
    }

    /** JSON only: a form another site could post (text/plain) never reaches here. */
    @PostMapping(path = "/api/v1/persons/{id}/psychosocial-notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "the note, with its address in Location")
    ResponseEntity<PsychosocialNote> add(@PathVariable UUID id, @Valid @RequestBody NoteInput input) {
        PsychosocialNote note = notes.add(id, input);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/psychosocial-notes/" + note.id())).body(note);
    }

    @GetMapping("/api/v1/persons/{id}/psychosocial-notes")
    PageOf<PsychosocialNote> of(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        return notes.of(id, new Paging(page, size));
    }

    @GetMapping("/api/v1/persons/{id}/psychosocial-notes/{noteId}")
    PsychosocialNote one(@PathVariable UUID id, @PathVariable UUID noteId) {
        return notes.find(id, noteId);
    }
}
