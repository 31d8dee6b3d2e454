package org.sira.casework.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.sira.casework.CaseInput;
import org.sira.casework.CaseView;
import org.sira.casework.Cases;
import org.sira.casework.ClosureInput;
import org.sira.casework.NeedsInput;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A person's cases: opened, put on hold, assessed, closed with a coordinator's approval. */
@RestController
class CaseApi {

    private final Cases cases;

    CaseApi(Cases cases) {
        this.cases = cases;
    }

    @PostMapping(path = "/api/v1/persons/{id}/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "the case, OPEN; 422 when the person has one not closed")
    ResponseEntity<CaseView> open(@PathVariable UUID id, @RequestBody CaseInput input) {
        CaseView opened = cases.open(id, input);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + opened.id())).body(opened);
    }

    @GetMapping("/api/v1/persons/{id}/cases")
    List<CaseView> ofPerson(@PathVariable UUID id) {
        return cases.of(id);
    }

    @GetMapping("/api/v1/cases/{id}")
    CaseView one(@PathVariable UUID id) {
        return cases.find(id);
    }

    @PostMapping("/api/v1/cases/{id}/hold")
    CaseView hold(@PathVariable UUID id) {
        return cases.hold(id);
    }

    @PostMapping("/api/v1/cases/{id}/resume")
    CaseView resume(@PathVariable UUID id) {
        return cases.resume(id);
    }

    @PutMapping(path = "/api/v1/cases/{id}/needs", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "the needs assessment, replacing the one before: needs [{need, priority HIGH|MEDIUM|LOW, note}]")
    CaseView needs(@PathVariable UUID id, @RequestBody NeedsInput input) {
        return cases.assessNeeds(id, input);
    }

    @PostMapping(path = "/api/v1/cases/{id}/closure-request", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "asks for the case to be closed, with a reason; it stays as it is until a coordinator approves")
    CaseView requestClosure(@PathVariable UUID id, @RequestBody ClosureInput input) {
        return cases.requestClosure(id, input);
    }

    @PostMapping("/api/v1/cases/{id}/closure-approval")
    @Operation(summary = "closes the case whose closure was asked for (COORDINATOR); 422 for anyone else or without a request")
    CaseView approveClosure(@PathVariable UUID id) {
        return cases.approveClosure(id);
    }
}
