package org.sira.reintegration.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;

import org.sira.reintegration.BusinessPlan;
import org.sira.reintegration.BusinessPlanInput;
import org.sira.reintegration.BusinessStatusInput;
import org.sira.reintegration.BusinessSupport;
import org.sira.reintegration.Created;
import org.sira.reintegration.GrantInput;
import org.sira.reintegration.OutcomeComparison;
import org.sira.reintegration.ReintegrationOutcomes;
import org.sira.reintegration.Training;
import org.sira.reintegration.TrainingInput;
import org.sira.reintegration.TrainingUpdateInput;
import org.sira.reintegration.Trainings;
import org.sira.reintegration.WorkExperience;
import org.sira.reintegration.WorkExperienceInput;
import org.sira.reintegration.WorkHistory;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Additions to api-v1 for economic reintegration (see docs/api-reintegration-economic.md): work
 * history, trainings, business support, and the outcome comparison. A create sent again with the same
 * {@code requestId} answers 200 with the first record instead of 201 with a second one.
 */
@RestController
class EconomicApi {

    private final WorkHistory work;
    private final Trainings trainings;
    private final BusinessSupport business;
    private final ReintegrationOutcomes outcomes;

    EconomicApi(WorkHistory work, Trainings trainings, BusinessSupport business, ReintegrationOutcomes outcomes) {
        this.work = work;
        this.trainings = trainings;
        this.business = business;
        this.outcomes = outcomes;
    }

    @PostMapping("/api/v1/persons/{id}/work-history")
    ResponseEntity<WorkExperience> addWork(@PathVariable UUID id, @RequestBody WorkExperienceInput input) {
        Created<WorkExperience> created = work.add(id, input);
        return answer(created, "/api/v1/persons/" + id + "/work-history/" + created.record().id());
    }

    @GetMapping("/api/v1/persons/{id}/work-history")
    PageOf<WorkExperience> work(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        return page(work.of(id), page, size);
    }

    @PostMapping("/api/v1/persons/{id}/trainings")
    ResponseEntity<Training> addTraining(@PathVariable UUID id, @RequestBody TrainingInput input) {
        Created<Training> created = trainings.record(id, input);
        return answer(created, "/api/v1/persons/" + id + "/trainings/" + created.record().id());
    }

    @PostMapping("/api/v1/persons/{id}/trainings/{trainingId}/end")
    @Operation(summary = "an enrolled training completed or dropped out; 409 when it changed since version")
    Training endTraining(@PathVariable UUID id, @PathVariable UUID trainingId, @RequestBody TrainingUpdateInput input) {
        return trainings.end(id, trainingId, input);
    }

    @GetMapping("/api/v1/persons/{id}/trainings")
    PageOf<Training> trainings(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                               @RequestParam(defaultValue = "50") int size) {
        return page(trainings.of(id), page, size);
    }

    @PostMapping("/api/v1/persons/{id}/businesses")
    ResponseEntity<BusinessPlan> addBusiness(@PathVariable UUID id, @RequestBody BusinessPlanInput input) {
        Created<BusinessPlan> created = business.plan(id, input);
        return answer(created, "/api/v1/persons/" + id + "/businesses/" + created.record().id());
    }

    @PostMapping("/api/v1/persons/{id}/businesses/{businessId}/grants")
    @Operation(summary = "a grant in whole XOF charged to a budget line; decimals or another currency → 400")
    ResponseEntity<BusinessPlan> addGrant(@PathVariable UUID id, @PathVariable UUID businessId, @RequestBody GrantInput input) {
        return answer(business.grant(id, businessId, input), "/api/v1/persons/" + id + "/businesses/" + businessId);
    }

    @PostMapping("/api/v1/persons/{id}/businesses/{businessId}/statuses")
    @Operation(summary = "the business's status on a day (ACTIVE, STRUGGLING, CLOSED), optionally at a follow-up of the person")
    ResponseEntity<BusinessPlan> addStatus(@PathVariable UUID id, @PathVariable UUID businessId, @RequestBody BusinessStatusInput input) {
        return answer(business.noteStatus(id, businessId, input), "/api/v1/persons/" + id + "/businesses/" + businessId);
    }

    @GetMapping("/api/v1/persons/{id}/businesses")
    PageOf<BusinessPlan> businesses(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "50") int size) {
        return page(business.of(id), page, size);
    }

    @GetMapping("/api/v1/persons/{id}/businesses/{businessId}")
    BusinessPlan businessOf(@PathVariable UUID id, @PathVariable UUID businessId) {
        return business.find(id, businessId);
    }

    @GetMapping("/api/v1/reintegration/outcomes")
    @Operation(summary = "mean composite at ~12 months after return by training completed and by kind of return; groups under 5 hidden")
    OutcomeComparison outcomes(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return outcomes.compare(OutcomesPage.day(from, "from", outcomes.defaultFrom()), OutcomesPage.day(to, "to", outcomes.defaultTo()));
    }

    private static <T> ResponseEntity<T> answer(Created<T> created, String location) {
        return ResponseEntity.status(created.repeated() ? HttpStatus.OK : HttpStatus.CREATED).location(URI.create(location))
                .body(created.record());
    }

    private static <T> PageOf<T> page(List<T> all, int page, int size) {
        Paging paging = new Paging(page, size);
        return new PageOf<>(all.stream().skip(paging.offset()).limit(paging.size()).toList(), all.size(), paging.page(), paging.size());
    }
}
