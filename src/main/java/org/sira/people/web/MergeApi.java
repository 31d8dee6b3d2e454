package org.sira.people.web;

import java.util.List;
import java.util.UUID;

import org.sira.people.PersonMerge;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Merging two records of one person, and undoing it. */
@RestController
class MergeApi {

    private final PersonMerge merges;

    MergeApi(PersonMerge merges) {
        this.merges = merges;
    }

    record MergeRequest(UUID mergedId) {
    }

    @PostMapping("/api/v1/persons/{id}/merge")
    PersonMerge.Merge merge(@PathVariable UUID id, @RequestBody MergeRequest request) {
        return merges.merge(id, request.mergedId());
    }

    @GetMapping("/api/v1/persons/{id}/merges")
    List<PersonMerge.Merge> merges(@PathVariable UUID id) {
        return merges.into(id);
    }

    @PostMapping("/api/v1/merges/{id}/undo")
    PersonMerge.Merge undo(@PathVariable UUID id) {
        return merges.undo(id);
    }
}
