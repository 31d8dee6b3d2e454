package org.sira.casework.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.sira.casework.internal.DueFollowUp;
import org.sira.casework.FollowUpInput;
import org.sira.casework.FollowUpView;
import org.sira.casework.FollowUps;
import org.sira.casework.OutcomeInput;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/follow-ups} of api-v1.md, and a person's follow-ups. */
@RestController
class FollowUpApi {

    private final FollowUps followUps;
    private final Clock clock;

    FollowUpApi(FollowUps followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    @GetMapping("/api/v1/follow-ups")
    @Operation(summary = "open follow-ups due on or before dueBefore (default today), oldest first; kind is MONTH_3, "
            + "MONTH_6, MONTH_12 (one per delay of sira.follow-ups.months) or AD_HOC")
    PageOf<DueFollowUp> due(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return followUps.due(dueBefore == null ? LocalDate.now(clock) : dueBefore, new Paging(page, size));
    }

    @GetMapping("/api/v1/follow-ups/{id}")
    FollowUpView one(@PathVariable UUID id) {
        return followUps.find(id);
    }

    @PostMapping(path = "/api/v1/follow-ups/{id}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "closes the follow-up: outcome REACHED, NOT_REACHABLE, MOVED, RE_MIGRATED or DECEASED, date "
            + "(default today), note; RE_MIGRATED and DECEASED cancel the person's other open follow-ups")
    FollowUpView outcome(@PathVariable UUID id, @RequestBody OutcomeInput input) {
        return followUps.recordOutcome(id, input);
    }

    @GetMapping("/api/v1/persons/{id}/follow-ups")
    List<FollowUpView> ofPerson(@PathVariable UUID id) {
        return followUps.of(id);
    }

    @PostMapping(path = "/api/v1/persons/{id}/follow-ups", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "an ad-hoc follow-up (kind AD_HOC), open")
    ResponseEntity<FollowUpView> add(@PathVariable UUID id, @RequestBody FollowUpInput input) {
        FollowUpView created = followUps.addAdHoc(id, input);
        return ResponseEntity.created(URI.create("/api/v1/follow-ups/" + created.id())).body(created);
    }
}
