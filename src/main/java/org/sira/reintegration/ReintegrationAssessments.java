package org.sira.reintegration;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.sira.people.PersonRegistry;
import org.sira.reintegration.internal.AssessmentStore;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reintegration assessments of a person: scored by the method in force, stored with their raw
 * answers and that method's version; when another version comes into force, every assessment
 * is scored again from its answers at start.
 */
@Service
public class ReintegrationAssessments {

    private static final Logger log = LoggerFactory.getLogger(ReintegrationAssessments.class);
    private static final LocalDate EARLIEST = LocalDate.of(1960, 1, 1);
    private static final int RESCORE_BATCH = 1000;

    private final AssessmentStore store;
    private final ReintegrationMethods methods;
    private final PersonRegistry persons;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReintegrationAssessments(AssessmentStore store, ReintegrationMethods methods, PersonRegistry persons, AuditLog audit,
                             TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.methods = methods;
        this.persons = persons;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('REINTEGRATION_ASSESS')")
    public Assessment record(UUID personId, AssessmentInput input) {
        persons.find(personId);
        ReintegrationMethod method = methods.inForce();
        List<FieldError> errors = new ArrayList<>();
        LocalDate date = date(input.date(), errors);
        Map<String, String> answers = new LinkedHashMap<>();
        if (input.answers() != null) {
            input.answers().forEach((code, value) -> {
                if (value != null) {
                    answers.put(code, value);
                }
            });
        }
        errors.addAll(method.check(answers));
        if (answers.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("answers", "error.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Assessment assessment = new Assessment(Ids.newId(), personId, date, method.version(), answers, method.score(answers));
        store.insert(assessment, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                CurrentUser.name());
        audit.record("CREATE", "REINTEGRATION_ASSESSMENT", assessment.id().toString(), null,
                "person " + personId + ", " + date + ", method " + method.version() + ", " + assessment.scores());
        return assessment;
    }

    /** A person's assessments, oldest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public List<Assessment> of(UUID personId) {
        persons.find(personId);
        return store.ofPerson(personId);
    }

    @EventListener(ApplicationReadyEvent.class)
    void scoreUnderTheMethodInForce() {
        int rescored = rescoreAll(methods.inForce());
        if (rescored > 0) {
            log.info("{} reintegration assessments scored again under method {}", rescored, methods.inForce().version());
        }
    }

    /** Scores again, from their raw answers, every assessment scored under another version than {@code method}'s. */
    int rescoreAll(ReintegrationMethod method) {
        int total = 0;
        while (true) {
            Integer done = transaction.execute(status -> {
                List<Assessment> batch = store.scoredUnderAnother(method.version(), RESCORE_BATCH);
                batch.forEach(a -> store.rescored(a.id(), method.version(), method.score(a.answers())));
                return batch.size();
            });
            total += done == null ? 0 : done;
            if (done == null || done < RESCORE_BATCH) {
                return total;
            }
        }
    }

    private LocalDate date(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("date", "error.required"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isAfter(LocalDate.now(clock))) {
                errors.add(new FieldError("date", "return.date.future"));
            } else if (date.isBefore(EARLIEST)) {
                errors.add(new FieldError("date", "return.date.too-old"));
            }
            return date;
        } catch (DateTimeException e) {
            errors.add(new FieldError("date", "error.expected-date"));
            return null;
        }
    }
}
