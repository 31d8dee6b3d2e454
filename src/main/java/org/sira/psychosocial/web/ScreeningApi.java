package org.sira.psychosocial.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;

import org.sira.psychosocial.Instrument;
import org.sira.psychosocial.Instruments;
import org.sira.psychosocial.Screening;
import org.sira.psychosocial.ScreeningInput;
import org.sira.psychosocial.Screenings;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Screenings of a person (PHQ-9, GAD-7...) and the questionnaires in force: for the counsellor role alone. */
@RestController
class ScreeningApi {

    private final Screenings screenings;
    private final Instruments instruments;

    ScreeningApi(Screenings screenings, Instruments instruments) {
        this.screenings = screenings;
        this.instruments = instruments;
    }

    @PostMapping(path = "/api/v1/persons/{id}/psychosocial-screenings", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "the screening with its total, band and risk, its address in Location")
    ResponseEntity<Screening> record(@PathVariable UUID id, @Valid @RequestBody ScreeningInput input,
                                     @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Screening screening = screenings.record(id, input, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/psychosocial-screenings/" + screening.id())).body(screening);
    }

    @GetMapping("/api/v1/persons/{id}/psychosocial-screenings")
    PageOf<Screening> of(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return screenings.of(id, new Paging(page, size));
    }

    @GetMapping("/api/v1/persons/{id}/psychosocial-screenings/{screeningId}")
    Screening one(@PathVariable UUID id, @PathVariable UUID screeningId) {
        return screenings.find(id, screeningId);
    }

    @GetMapping("/api/v1/psychosocial/instruments")
    @PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
    List<Instrument> instruments() {
        return instruments.all();
    }
}
