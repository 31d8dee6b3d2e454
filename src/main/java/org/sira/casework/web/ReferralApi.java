package org.sira.casework.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.sira.casework.ReferralInput;
import org.sira.casework.ReferralUpdateInput;
import org.sira.casework.ReferralView;
import org.sira.casework.Referrals;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/persons/{id}/referrals} of api-v1.md (CASEWORKER, COORDINATOR). */
@RestController
class ReferralApi {

    private final Referrals referrals;

    ReferralApi(Referrals referrals) {
        this.referrals = referrals;
    }

    @PostMapping(path = "/api/v1/persons/{id}/referrals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "the referral, SENT, with its address in Location")
    @ApiResponse(responseCode = "422", description = "sharesData without the person's consent and without an overrideReason of 20 characters")
    ResponseEntity<ReferralView> send(@PathVariable UUID id, @RequestBody ReferralInput input) {
        ReferralView referral = referrals.send(id, input);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/referrals/" + referral.id())).body(referral);
    }

    @GetMapping("/api/v1/persons/{id}/referrals")
    @Operation(summary = "a person's referrals, oldest first, each with the updates added to it")
    PageOf<ReferralView> of(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size) {
        return referrals.of(id, new Paging(page, size));
    }

    @GetMapping("/api/v1/persons/{id}/referrals/{referralId}")
    ReferralView one(@PathVariable UUID id, @PathVariable UUID referralId) {
        return referrals.find(id, referralId);
    }

    @PatchMapping(path = "/api/v1/persons/{id}/referrals/{referralId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "the partner's answer: status ACCEPTED, REFUSED or DONE, and/or feedback (added, never replacing)")
    ReferralView update(@PathVariable UUID id, @PathVariable UUID referralId, @RequestBody ReferralUpdateInput input) {
        return referrals.update(id, referralId, input);
    }
}
