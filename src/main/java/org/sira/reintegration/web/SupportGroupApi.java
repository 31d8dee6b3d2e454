package org.sira.reintegration.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.sira.reintegration.AttendanceInput;
import org.sira.reintegration.GroupSessionInput;
import org.sira.reintegration.GroupSessionView;
import org.sira.reintegration.GroupSessions;
import org.sira.reintegration.LeaveInput;
import org.sira.reintegration.MemberInput;
import org.sira.reintegration.Membership;
import org.sira.reintegration.SupportGroupInput;
import org.sira.reintegration.SupportGroupSummary;
import org.sira.reintegration.SupportGroupView;
import org.sira.reintegration.SupportGroups;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Mutual support groups, their members, sessions and attendance (CASEWORKER, COORDINATOR). Added to api-v1. */
@RestController
class SupportGroupApi {

    private static final String GROUPS = "/api/v1/support-groups/";

    private final SupportGroups groups;
    private final GroupSessions sessions;

    SupportGroupApi(SupportGroups groups, GroupSessions sessions) {
        this.groups = groups;
        this.sessions = sessions;
    }

    @PostMapping(path = "/api/v1/support-groups", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "the group; the same Idempotency-Key again gives the first one (200)")
    ResponseEntity<SupportGroupView> create(@RequestBody SupportGroupInput input,
                                            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        SupportGroups.Created created = groups.create(input, key);
        URI location = URI.create(GROUPS + created.group().id());
        return created.repeated() ? ResponseEntity.ok().location(location).body(created.group())
                : ResponseEntity.created(location).body(created.group());
    }

    @GetMapping("/api/v1/support-groups")
    @Operation(summary = "groups, those still meeting first; ?active=true|false to keep one kind")
    PageOf<SupportGroupSummary> list(@RequestParam(required = false) Boolean active, @RequestParam(defaultValue = "0") int page,
                                     @RequestParam(defaultValue = "50") int size) {
        return groups.list(active, new Paging(page, size));
    }

    @GetMapping(GROUPS + "{id}")
    SupportGroupView one(@PathVariable UUID id) {
        return groups.find(id);
    }

    @PutMapping(path = GROUPS + "{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "changes name, facilitator, place, startedOn, active; version required (409 when stale)")
    SupportGroupView update(@PathVariable UUID id, @RequestBody SupportGroupInput input) {
        return groups.update(id, input);
    }

    @PostMapping(path = GROUPS + "{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "a person joins: personId, joinedOn; 422 when already a member or the group no longer meets")
    @ResponseStatus(HttpStatus.CREATED)
    SupportGroupView join(@PathVariable UUID id, @RequestBody MemberInput input) {
        return groups.join(id, new MemberInput(input.personId(), null, input.joinedOn()));
    }

    @PostMapping(path = GROUPS + "{id}/members/{memberId}/leave", consumes = MediaType.APPLICATION_JSON_VALUE)
    SupportGroupView leave(@PathVariable UUID id, @PathVariable UUID memberId, @RequestBody LeaveInput input) {
        return groups.leave(id, memberId, input);
    }

    @PostMapping(path = GROUPS + "{id}/sessions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiResponse(responseCode = "201", description = "the session (date, theme) with the members of its day, none present yet")
    ResponseEntity<GroupSessionView> session(@PathVariable UUID id, @RequestBody GroupSessionInput input,
                                             @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        GroupSessions.Added added = sessions.add(id, input, key);
        URI location = URI.create(GROUPS + id + "/sessions/" + added.session().id());
        return added.repeated() ? ResponseEntity.ok().location(location).body(added.session())
                : ResponseEntity.created(location).body(added.session());
    }

    @GetMapping(GROUPS + "{id}/sessions/{sessionId}")
    GroupSessionView oneSession(@PathVariable UUID id, @PathVariable UUID sessionId) {
        return sessions.find(id, sessionId);
    }

    @PutMapping(path = GROUPS + "{id}/sessions/{sessionId}/attendance", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "who was present: present = person ids of members of that day (the others were absent), version")
    GroupSessionView attendance(@PathVariable UUID id, @PathVariable UUID sessionId, @RequestBody AttendanceInput input) {
        return sessions.recordAttendance(id, sessionId, input);
    }

    @GetMapping("/api/v1/persons/{id}/support-groups")
    @Operation(summary = "the groups a person belongs or belonged to, current ones first")
    PageOf<Membership> ofPerson(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "50") int size) {
        Paging paging = new Paging(page, size);
        List<Membership> all = groups.of(id);
        return new PageOf<>(all.stream().skip(paging.offset()).limit(paging.size()).toList(), all.size(), paging.page(),
                paging.size());
    }
}
