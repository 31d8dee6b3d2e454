package org.sira.arrivals.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.sira.arrivals.ArrivalBoard;
import org.sira.arrivals.ArrivalGroup;
import org.sira.arrivals.ArrivalGroups;
import org.sira.arrivals.ArrivalInput;
import org.sira.arrivals.PersonReturn;
import org.sira.arrivals.ReturnInput;
import org.sira.arrivals.Returns;
import org.sira.shared.InvalidInputException;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Arrival groups ({@code POST /api/v1/arrivals} of api-v1.md) and the returns of persons. */
@RestController
class ArrivalApi {

    private final ArrivalGroups groups;
    private final Returns returns;
    private final ArrivalBoard board;

    ArrivalApi(ArrivalGroups groups, Returns returns, ArrivalBoard board) {
        this.groups = groups;
        this.returns = returns;
        this.board = board;
    }

    record GroupReturnRequest(UUID personId) {
    }

    @PostMapping("/api/v1/arrivals")
    ResponseEntity<ArrivalGroup> createGroup(@Valid @RequestBody ArrivalInput input) {
        ArrivalGroup group = groups.create(input);
        return ResponseEntity.created(URI.create("/api/v1/arrivals/" + group.id())).body(group);
    }

    @GetMapping("/api/v1/arrivals/{id}")
    ArrivalGroup group(@PathVariable UUID id) {
        return groups.find(id);
    }

    @GetMapping("/api/v1/arrivals")
    PageOf<ArrivalGroup> groups(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return groups.latest(new Paging(page, size));
    }

    /** The night's board: registered, reviewed, minors, urgent medical needs, beds (see {@code ArrivalBoard}). */
    @GetMapping("/api/v1/arrivals/{id}/board")
    ArrivalBoard.Board board(@PathVariable UUID id) {
        return board.of(id);
    }

    @PostMapping("/api/v1/arrivals/{id}/returns")
    ResponseEntity<ReturnView> registerFromGroup(@PathVariable UUID id, @RequestBody GroupReturnRequest request) {
        if (request.personId() == null) {
            throw InvalidInputException.of("personId", "error.required");
        }
        PersonReturn created = groups.registerReturn(id, request.personId());
        return ResponseEntity.created(URI.create("/api/v1/returns/" + created.id())).body(ReturnView.of(created));
    }

    @PostMapping("/api/v1/persons/{id}/returns")
    ResponseEntity<ReturnView> register(@PathVariable UUID id, @Valid @RequestBody ReturnInput input) {
        PersonReturn created = returns.register(id, input);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/returns/" + created.id()))
                .body(ReturnView.of(created));
    }

    @GetMapping("/api/v1/returns/{id}")
    ReturnView find(@PathVariable UUID id) {
        return ReturnView.of(returns.find(id));
    }

    @PutMapping("/api/v1/returns/{id}")
    ReturnView correct(@PathVariable UUID id, @Valid @RequestBody ReturnInput input) {
        if (input.version() == null) {
            throw InvalidInputException.of("version", "error.required");
        }
        return ReturnView.of(returns.correct(id, input.version(), input));
    }

    @DeleteMapping("/api/v1/returns/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id, @RequestParam int version) {
        returns.remove(id, version);
        return ResponseEntity.noContent().build();
    }
}
