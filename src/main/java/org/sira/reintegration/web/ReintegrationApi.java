package org.sira.reintegration.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.sira.reintegration.Assessment;
import org.sira.reintegration.AssessmentInput;
import org.sira.reintegration.ReintegrationAssessments;
import org.sira.reintegration.ReintegrationMethod;
import org.sira.reintegration.ReintegrationMethods;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reintegration part of api-v1.md: the method in force, and a person's assessments. */
@RestController
class ReintegrationApi {

    private final ReintegrationMethods methods;
    private final ReintegrationAssessments assessments;

    ReintegrationApi(ReintegrationMethods methods, ReintegrationAssessments assessments) {
        this.methods = methods;
        this.assessments = assessments;
    }

    @GetMapping("/api/v1/reintegration/method")
    @Operation(summary = "the scoring method in force (any signed-in role)")
    ReintegrationMethod method() {
        return methods.inForce();
    }

    @PostMapping(path = "/api/v1/persons/{id}/reintegration-assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "the assessment with methodVersion and scores (4 decimals)")
    ResponseEntity<Assessment> record(@PathVariable UUID id, @RequestBody AssessmentInput input) {
        Assessment assessment = assessments.record(id, input);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id + "/reintegration-assessments/" + assessment.id()))
                .body(assessment);
    }

    @GetMapping("/api/v1/persons/{id}/reintegration-assessments")
    @Operation(summary = "a person's assessments, oldest first, each with its scores")
    PageOf<Assessment> of(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        Paging paging = new Paging(page, size);
        List<Assessment> all = assessments.of(id);
        return new PageOf<>(all.stream().skip(paging.offset()).limit(paging.size()).toList(), all.size(), paging.page(),
                paging.size());
    }
}
