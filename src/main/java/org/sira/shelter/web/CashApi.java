package org.sira.shelter.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.sira.shelter.CashAssistance;
import org.sira.shelter.CashHandout;
import org.sira.shelter.CashInput;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Cash assistance (an addition to api-v1): a retried call with the same {@code Idempotency-Key} answers the first handout (200). */
@RestController
class CashApi {

    private final CashAssistance cash;

    CashApi(CashAssistance cash) {
        this.cash = cash;
    }

    @PostMapping("/api/v1/assistance/cash")
    ResponseEntity<CashHandout> give(@Valid @RequestBody CashInput input,
                                     @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        CashHandout given = cash.give(input, key);
        return given.repeated() ? ResponseEntity.ok(given)
                : ResponseEntity.created(URI.create("/api/v1/assistance/cash/" + given.id())).body(given);
    }

    @GetMapping("/api/v1/assistance/cash/{id}")
    CashHandout find(@PathVariable UUID id) {
        return cash.find(id);
    }
}
