package org.sira.shelter.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.sira.shelter.AssistanceGiving;
import org.sira.shelter.BedMove;
import org.sira.shelter.AssistanceInput;
import org.sira.shelter.CheckOutReason;
import org.sira.shelter.Distribution;
import org.sira.shelter.internal.Stay;
import org.sira.shelter.Stays;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Stays (check-in, check-out) and assistance of api-v1.md. */
@RestController
class StayApi {

    record StayInput(@NotNull UUID personId, @NotNull UUID bedId, Instant checkIn, Boolean ageConfirmedAdult) {
    }

    record MoveInput(@NotNull UUID bedId, Instant at, Boolean ageConfirmedAdult) {
    }

    record CheckOutInput(@NotNull CheckOutReason reason, Instant at) {
    }

    record StayView(UUID id, UUID personId, UUID bedId, UUID centreId, Instant checkIn, Instant checkOut,
                    CheckOutReason reason, boolean ageConfirmedAdult) {

        static StayView of(Stay stay) {
            return new StayView(stay.id(), stay.personId(), stay.bedId(), stay.centreId(), stay.checkIn(), stay.checkOut(),
                    stay.reason(), stay.ageConfirmedAdult());
        }
    }

    private final Stays stays;
    private final AssistanceGiving assistance;

    StayApi(Stays stays, AssistanceGiving assistance) {
        this.stays = stays;
        this.assistance = assistance;
    }

    @PostMapping("/api/v1/stays")
    ResponseEntity<StayView> checkIn(@Valid @RequestBody StayInput input) {
        Stay stay = stays.checkIn(input.personId(), input.bedId(), input.checkIn(), Boolean.TRUE.equals(input.ageConfirmedAdult()));
        return ResponseEntity.created(URI.create("/api/v1/stays/" + stay.id())).body(StayView.of(stay));
    }

    @GetMapping("/api/v1/stays/{id}")
    StayView find(@PathVariable UUID id) {
        return StayView.of(stays.find(id));
    }

    @PostMapping("/api/v1/stays/{id}/check-out")
    StayView checkOut(@PathVariable UUID id, @Valid @RequestBody CheckOutInput input) {
        return StayView.of(stays.checkOut(id, input.reason(), input.at()));
    }

    /** An addition to api-v1: the stay moves to another bed of its centre, under the rules of a check-in. */
    @PostMapping("/api/v1/stays/{id}/move")
    StayView move(@PathVariable UUID id, @Valid @RequestBody MoveInput input) {
        return StayView.of(stays.move(id, input.bedId(), input.at(), Boolean.TRUE.equals(input.ageConfirmedAdult())));
    }

    /** An addition to api-v1: the beds the stay left for another, oldest first. */
    @GetMapping("/api/v1/stays/{id}/moves")
    Map<String, List<BedMove>> moves(@PathVariable UUID id) {
        return Map.of("items", stays.moves(id));
    }

    @PostMapping("/api/v1/assistance")
    ResponseEntity<Distribution> give(@Valid @RequestBody AssistanceInput input) {
        return ResponseEntity.status(HttpStatus.CREATED).body(assistance.give(input));
    }
}
