package org.sira.shelter.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.sira.shelter.AdjustmentInput;
import org.sira.shelter.StockAdjusted;
import org.sira.shelter.StockCard;
import org.sira.shelter.internal.Centre;
import org.sira.shelter.Centres;
import org.sira.shelter.Occupancy;
import org.sira.shelter.ReceiptInput;
import org.sira.shelter.internal.Room;
import org.sira.shelter.RoomKind;
import org.sira.shelter.StockKeeping;
import org.sira.shelter.internal.StockLine;
import org.sira.shelter.StockReceipt;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The host centre endpoints of api-v1.md: centres, rooms, occupancy and stock. */
@RestController
@RequestMapping("/api/v1/centres")
class CentreApi {

    record CentreInput(@NotBlank @Size(max = 100) String name) {
    }

    record RoomInput(@NotBlank @Size(max = 100) String name, @NotNull RoomKind kind,
                     @NotNull @PositiveOrZero @Max(Centres.MAX_BEDS_PER_ROOM) Integer beds) {
    }

    record ThresholdInput(@NotNull @PositiveOrZero @Max(10_000_000) Integer lowThreshold) {
    }

    private final Centres centres;
    private final StockKeeping stock;

    CentreApi(Centres centres, StockKeeping stock) {
        this.centres = centres;
        this.stock = stock;
    }

    @PostMapping
    ResponseEntity<Centre> open(@Valid @RequestBody CentreInput input) {
        Centre centre = centres.open(input.name());
        return ResponseEntity.created(URI.create("/api/v1/centres/" + centre.id())).body(centre);
    }

    @GetMapping
    PageOf<Centre> all() {
        List<Centre> all = centres.all();
        return new PageOf<>(all, all.size(), 0, all.size());
    }

    @GetMapping("/{id}")
    Centre find(@PathVariable UUID id) {
        return centres.find(id);
    }

    @PostMapping("/{id}/rooms")
    ResponseEntity<Room> addRoom(@PathVariable UUID id, @Valid @RequestBody RoomInput input) {
        Room room = centres.addRoom(id, input.name(), input.kind(), input.beds());
        return ResponseEntity.created(URI.create("/api/v1/centres/" + id + "/rooms/" + room.id())).body(room);
    }

    @GetMapping("/{id}/occupancy")
    Occupancy occupancy(@PathVariable UUID id) {
        return centres.occupancy(id);
    }

    @PostMapping("/{id}/stock/receipts")
    ResponseEntity<StockReceipt> receive(@PathVariable UUID id, @Valid @RequestBody ReceiptInput input) {
        StockReceipt receipt = stock.receive(id, input);
        return ResponseEntity.created(URI.create("/api/v1/centres/" + id + "/stock")).body(receipt);
    }

    @GetMapping("/{id}/stock")
    Map<String, List<StockLine>> stock(@PathVariable UUID id) {
        return Map.of("items", stock.balances(id));
    }

    /** An addition to api-v1: a loss, expiry, damage or count, with its reason; retried with the same Idempotency-Key, done once (200). */
    @PostMapping("/{id}/stock/adjustments")
    ResponseEntity<StockAdjusted> adjust(@PathVariable UUID id, @Valid @RequestBody AdjustmentInput input,
                                         @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        StockAdjusted adjusted = stock.adjust(id, input, key);
        return adjusted.repeated() ? ResponseEntity.ok(adjusted)
                : ResponseEntity.created(URI.create("/api/v1/centres/" + id + "/stock/" + adjusted.item() + "/card")).body(adjusted);
    }

    /** An addition to api-v1: every receipt, issue and adjustment of the item, oldest first, with the running balance. */
    @GetMapping("/{id}/stock/{item}/card")
    StockCard card(@PathVariable UUID id, @PathVariable String item, @RequestParam(defaultValue = "0") int page,
                   @RequestParam(defaultValue = "50") int size) {
        return stock.card(id, item, new Paging(page, size));
    }

    @PutMapping("/{id}/stock/{item}/threshold")
    Map<String, List<StockLine>> threshold(@PathVariable UUID id, @PathVariable String item, @Valid @RequestBody ThresholdInput input) {
        stock.setLowThreshold(id, item, input.lowThreshold());
        return Map.of("items", stock.balances(id));
    }
}
