package org.sira.casework.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.sira.casework.CasePlans;
import org.sira.casework.CaseServices;
import org.sira.casework.PlanItemChange;
import org.sira.casework.PlanItemInput;
import org.sira.casework.PlanItemView;
import org.sira.casework.Recorded;
import org.sira.casework.ServiceInput;
import org.sira.casework.ServiceView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A case's plan (what was promised, what became of it) and the services given (CASEWORKER, COORDINATOR). */
@RestController
class PlanApi {

    private final CasePlans plans;
    private final CaseServices services;

    PlanApi(CasePlans plans, CaseServices services) {
        this.plans = plans;
        this.services = services;
    }

    @PostMapping(path = "/api/v1/cases/{id}/plan-items", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "the item, PLANNED; the same requestId again gives the first one (200); "
            + "422 on a closed case")
    ResponseEntity<PlanItemView> addItem(@PathVariable UUID id, @RequestBody PlanItemInput input) {
        return created(plans.add(id, input), "/api/v1/plan-items/" );
    }

    @GetMapping("/api/v1/cases/{id}/plan-items")
    @Operation(summary = "the case plan, by date (undated last)")
    List<PlanItemView> items(@PathVariable UUID id) {
        return plans.of(id);
    }

    @GetMapping("/api/v1/plan-items/{id}")
    PlanItemView item(@PathVariable UUID id) {
        return plans.find(id);
    }

    @PatchMapping(path = "/api/v1/plan-items/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "version (required; 409 when stale), status IN_PROGRESS|DONE|DROPPED|PLANNED with a note "
            + "(required to drop), and/or due; 422 for a DONE or DROPPED item or a closed case")
    PlanItemView change(@PathVariable UUID id, @RequestBody PlanItemChange input) {
        return plans.change(id, input);
    }

    @PostMapping(path = "/api/v1/cases/{id}/services", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "the service given: kind, givenOn (default today), givenBy "
            + "(default the caller), note; the same requestId again gives the first one (200)")
    ResponseEntity<ServiceView> addService(@PathVariable UUID id, @RequestBody ServiceInput input) {
        Recorded<ServiceView> recorded = services.record(id, input);
        return recorded.repeated() ? ResponseEntity.ok(recorded.record())
                : ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/services")).body(recorded.record());
    }

    @GetMapping("/api/v1/cases/{id}/services")
    List<ServiceView> services(@PathVariable UUID id) {
        return services.of(id);
    }

    private static ResponseEntity<PlanItemView> created(Recorded<PlanItemView> recorded, String base) {
        return recorded.repeated() ? ResponseEntity.ok(recorded.record())
                : ResponseEntity.created(URI.create(base + recorded.record().id())).body(recorded.record());
    }
}
