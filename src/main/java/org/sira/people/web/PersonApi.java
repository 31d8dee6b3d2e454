package org.sira.people.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import jakarta.validation.Valid;

import org.sira.people.PersonInput;
import org.sira.people.PersonMatching;
import org.sira.people.PersonRegistry;
import org.sira.people.PersonView;
import org.sira.shared.InvalidInputException;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The {@code persons} endpoints of api-v1.md, plus update with optimistic locking. */
@RestController
@RequestMapping("/api/v1/persons")
class PersonApi {

    private final PersonRegistry registry;
    private final PersonMatching matching;

    PersonApi(PersonRegistry registry, PersonMatching matching) {
        this.registry = registry;
        this.matching = matching;
    }

    /** The answer to a registration: the person, and the known persons they may be (never blocking). */
    record RegisteredPerson(@JsonUnwrapped PersonView person, List<PossibleDuplicate> possibleDuplicates) {
    }

    record PossibleDuplicate(UUID personId, String fileNumber, double score) {
    }

    /** A retried call with the same {@code Idempotency-Key} returns the first person (200) instead of a second one. */
    @PostMapping
    ResponseEntity<RegisteredPerson> register(@Valid @RequestBody PersonInput input,
                                              @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        PersonRegistry.Registration registration = registry.register(input, Optional.ofNullable(idempotencyKey));
        PersonView person = registration.person();
        List<PossibleDuplicate> duplicates = matching.possibleDuplicates(registry.find(person.id())).stream()
                .map(c -> new PossibleDuplicate(c.personId(), c.fileNumber(), c.score())).toList();
        return ResponseEntity.status(registration.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/persons/" + person.id()))
                .body(new RegisteredPerson(person, duplicates));
    }

    @GetMapping("/{id}")
    PersonView find(@PathVariable UUID id) {
        return registry.findView(id);
    }

    @GetMapping
    PageOf<PersonView> search(@RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        if (q != null && q.length() > 200) {
            throw InvalidInputException.of("q", "validation.Size", 200, 0);
        }
        return registry.search(q, new Paging(page, size));
    }

    /** The body carries the {@code version} it was based on; a stale one gets 409 with the current person. */
    @PutMapping("/{id}")
    PersonView update(@PathVariable UUID id, @Valid @RequestBody PersonInput input) {
        if (input.version() == null) {
            throw InvalidInputException.of("version", "error.required");
        }
        return registry.update(id, input.version(), input);
    }
}
