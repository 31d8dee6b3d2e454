package org.sira.reintegration.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.sira.reintegration.MediationClosureInput;
import org.sira.reintegration.MediationInput;
import org.sira.reintegration.MediationSessionInput;
import org.sira.reintegration.MediationView;
import org.sira.reintegration.Mediations;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Family and community mediations (CASEWORKER, COORDINATOR; every reading audited). Added to api-v1, not part of its contract. */
@RestController
class MediationApi {

    private final Mediations mediations;

    MediationApi(Mediations mediations) {
        this.mediations = mediations;
    }

    @PostMapping(path = "/api/v1/persons/{id}/mediations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "the case, OPEN; the same Idempotency-Key again gives the first one (200)")
    ResponseEntity<MediationView> open(@PathVariable UUID id, @RequestBody MediationInput input,
                                       @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Mediations.Opened opened = mediations.open(id, input, key);
        URI location = URI.create("/api/v1/mediations/" + opened.mediation().id());
        return opened.repeated() ? ResponseEntity.ok().location(location).body(opened.mediation())
                : ResponseEntity.created(location).body(opened.mediation());
    }

    @GetMapping("/api/v1/persons/{id}/mediations")
    @Operation(summary = "a person's mediations, the latest opened first, with parties and sessions")
    PageOf<MediationView> ofPerson(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                                   @RequestParam(defaultValue = "50") int size) {
        Paging paging = new Paging(page, size);
        List<MediationView> all = mediations.of(id);
        return new PageOf<>(all.stream().skip(paging.offset()).limit(paging.size()).toList(), all.size(), paging.page(),
                paging.size());
    }

    @GetMapping("/api/v1/mediations/{id}")
    MediationView one(@PathVariable UUID id) {
        return mediations.find(id);
    }

    @PostMapping(path = "/api/v1/mediations/{id}/parties", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "adds a party (name, relation, village) to an open mediation")
    @ResponseStatus(HttpStatus.CREATED)
    MediationView party(@PathVariable UUID id, @RequestBody MediationInput.Party input) {
        return mediations.addParty(id, input);
    }

    @PostMapping(path = "/api/v1/mediations/{id}/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "records a session (date, mediator user name, summary); 422 once the mediation is closed")
    ResponseEntity<MediationView> session(@PathVariable UUID id, @RequestBody MediationSessionInput input,
                                          @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return ResponseEntity.status(HttpStatus.CREATED).body(mediations.addSession(id, input, key));
    }

    @PostMapping(path = "/api/v1/mediations/{id}/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "closes it: outcome RECONCILED|PARTIAL|FAILED, closedOn, version (409 when stale)")
    MediationView close(@PathVariable UUID id, @RequestBody MediationClosureInput input) {
        return mediations.close(id, input);
    }
}
