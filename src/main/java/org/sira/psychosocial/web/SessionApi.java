package org.sira.psychosocial.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.sira.psychosocial.CounsellingSession;
import org.sira.psychosocial.CounsellingSessions;
import org.sira.psychosocial.PsychosocialFollowUp;
import org.sira.psychosocial.SessionInput;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Counselling sessions of a person (the counsellor role alone), and the little others may know:
 * whether there is a psychosocial follow-up and when the next session is.
 */
@RestController
class SessionApi {

    private final CounsellingSessions sessions;

    SessionApi(CounsellingSessions sessions) {
        this.sessions = sessions;
    }

    @PostMapping(path = "/api/v1/persons/{id}/psychosocial-sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "the session, with its address in Location")
    ResponseEntity<CounsellingSession> record(@PathVariable UUID id, @Valid @RequestBody SessionInput input,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        CounsellingSession session = sessions.record(id, input, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/psychosocial-sessions/" + session.id())).body(session);
    }

    @GetMapping("/api/v1/persons/{id}/psychosocial-sessions")
    PageOf<CounsellingSession> of(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size) {
        return sessions.of(id, new Paging(page, size));
    }

    @GetMapping("/api/v1/persons/{id}/psychosocial-sessions/{sessionId}")
    CounsellingSession one(@PathVariable UUID id, @PathVariable UUID sessionId) {
        return sessions.find(id, sessionId);
    }

    @GetMapping("/api/v1/persons/{id}/psychosocial-follow-up")
    PsychosocialFollowUp followUp(@PathVariable UUID id) {
        return sessions.followUp(id);
    }
}
