package org.sira.casework;

import org.sira.casework.internal.DueCall;
import org.sira.casework.internal.DueFollowUp;
import org.sira.casework.internal.Fields;
import org.sira.casework.internal.FollowUp;
import org.sira.casework.internal.FollowUpPlanStore;
import org.sira.casework.internal.FollowUpPlanner;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.UUID;

import org.sira.arrivals.ReturnsRecorded;
import org.sira.casework.internal.FollowUpStore;
import org.sira.people.PersonRegistry;
import org.sira.people.PersonVisibility;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.sira.shared.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-ups: planned after each return by {@link FollowUpPlanner}, added by hand, listed when
 * due (only for persons the reader may see), closed by their outcome (audited).
 */
@Service
public class FollowUps {

    static final int MAX_NOTE = 2000;
    /** A phone shows fifty calls well; the rest of a backlog is on the next pages, overdue first. */
    private static final int CALLS_PER_PAGE = 50;
    static final int COUNTED_PAGES = 20;

    private final FollowUpStore store;
    private final FollowUpPlanStore plans;
    private final FollowUpPlanner planner;
    private final PersonRegistry persons;
    private final PersonVisibility visibility;
    private final AuditLog audit;
    private final Clock clock;

    FollowUps(FollowUpStore store, FollowUpPlanStore plans, FollowUpPlanner planner, PersonRegistry persons, PersonVisibility visibility,
              AuditLog audit, Clock clock) {
        this.store = store;
        this.plans = plans;
        this.planner = planner;
        this.persons = persons;
        this.visibility = visibility;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Plans the follow-ups of these returns, one plan per return, all in one bulk write, in the
     * transaction that recorded them; how many follow-ups that plans.
     */
    @Transactional
    public int schedule(List<ReturnsRecorded.Recorded> returns) {
        LocalDate today = LocalDate.now(clock);
        OffsetDateTime now = now();
        String by = CurrentUser.name();
        List<FollowUpPlanStore.Plan> planned = new ArrayList<>();
        int followUps = 0;
        for (ReturnsRecorded.Recorded r : returns) {
            OptionalInt first = planner.firstMonth(r.arrivalDate(), today);
            if (first.isPresent()) {
                FollowUpPlanStore.Plan plan = new FollowUpPlanStore.Plan(FollowUpPlanStore.newPlanId(), r.personId(), r.returnId(),
                        r.arrivalDate(), first.getAsInt(), now, by);
                planned.add(plan);
                followUps += plan.monthsOf(planner.months()).size();
            }
        }
        plans.insertAll(planned, planner.months());
        return followUps;
    }

    /**
     * The follow-ups planned after returns and not yet written as follow-ups, due between {@code from}
     * and {@code to}: a SQL relation of ({@code person_id}, {@code due_date}), for the reports that count
     * follow-ups with those of the table {@code follow_up}. It holds no user input.
     */
    public String plannedDueBetween(LocalDate from, LocalDate to) {
        return planner.months().isEmpty() ? "SELECT person_id, due_date FROM follow_up WHERE 1 = 0"
                : String.join(" UNION ALL ", planner.months().stream().map(m -> FollowUpPlanStore.dueBetween(m, from, to)).toList());
    }

    /** The open follow-ups due on or before {@code dueBefore}, oldest first, of persons the reader may see. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public PageOf<DueFollowUp> due(LocalDate dueBefore, Paging paging) {
        String visible = visibility.visiblePersonId("f.person_id");
        List<DueFollowUp> items = store.due(dueBefore, visible, paging.offset(), paging.size());
        visibility.recordReads(items.stream().map(DueFollowUp::personId).toList());
        return new PageOf<>(items, store.countDue(dueBefore, visible), paging.page(), paging.size());
    }

    /**
     * The calls of the week: open follow-ups due by {@code until} (overdue ones first), with names
     * and phones; {@code mine}: only of persons whose open case is the reader's. The calls behind the
     * pager are counted up to {@value #COUNTED_PAGES} pages past this one's start (at a million persons
     * a week holds 60,000 calls, each to check against the person's protection): past that, "more than".
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public DueCalls calls(LocalDate until, boolean mine, int page) {
        String visible = visibility.visiblePersonId("f.person_id");
        String caseworker = mine ? CurrentUser.name() : null;
        int from = Math.max(page, 0);
        List<DueCall> calls = store.calls(until, visible, caseworker, (long) from * CALLS_PER_PAGE, CALLS_PER_PAGE);
        visibility.recordReads(calls.stream().map(DueCall::personId).toList());
        long counted = (long) (from + COUNTED_PAGES) * CALLS_PER_PAGE;
        long found = store.countCalls(until, visible, caseworker, counted + 1);
        return new DueCalls(new PageOf<>(calls, Math.min(found, counted), from, CALLS_PER_PAGE), found > counted);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public List<FollowUpView> of(UUID personId) {
        persons.find(personId);
        return store.ofPerson(personId);
    }

    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public FollowUpView addAdHoc(UUID personId, FollowUpInput input) {
        persons.find(personId);
        List<FieldError> errors = new ArrayList<>();
        LocalDate due = Fields.date(input.due(), "due", errors);
        String note = Fields.text(input.note());
        FieldError.checkLength("note", note, MAX_NOTE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        store.insertAll(List.of(new FollowUpStore.NewFollowUp(id, personId, null, FollowUpPlanner.AD_HOC, due, note)),
                now(), CurrentUser.name());
        audit.record("CREATE", "FOLLOW_UP", id.toString(), null, "person " + personId + ", due " + due);
        return store.find(id).orElseThrow();
    }

    /** Closes a follow-up with its outcome; a death or a new departure cancels the person's other open ones. */
    @Transactional
    @PreAuthorize("hasAuthority('CASEWORK')")
    public FollowUpView recordOutcome(UUID followUpId, OutcomeInput input) {
        FollowUpView before = find(followUpId);
        List<FieldError> errors = new ArrayList<>();
        FollowUpOutcome outcome = Fields.choice(FollowUpOutcome.class, input.outcome(), "outcome", errors);
        LocalDate on = input.date() == null || input.date().isBlank() ? LocalDate.now(clock) : Fields.date(input.date(), "date", errors);
        String note = Fields.text(input.note());
        FieldError.checkLength("note", note, MAX_NOTE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        FollowUp followUp = FollowUp.of(before);
        followUp.recordOutcome(outcome, on, LocalDate.now(clock));
        OffsetDateTime now = now();
        if (!store.close(followUpId, before.version(), outcome, on, note, now, CurrentUser.name())) {
            throw new StaleRecordException("FOLLOW_UP", followUpId, store.find(followUpId).orElse(before));
        }
        audit.record("UPDATE", "FOLLOW_UP", followUpId.toString(), before.status().name(), outcome + " " + on);
        if (outcome.endsFollowUps()) {
            int cancelled = store.cancelOpen(before.personId(), now, CurrentUser.name());
            if (cancelled > 0) {
                audit.record("CANCEL", "FOLLOW_UP", before.personId().toString(), null, cancelled + " open follow-ups, " + outcome);
            }
        }
        return store.find(followUpId).orElseThrow();
    }

    /** A follow-up whose person the reader may see; any other is not found, as a follow-up. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('CASEWORK')")
    public FollowUpView find(UUID followUpId) {
        FollowUpView found = store.find(followUpId).orElseThrow(() -> new NotFoundException("FOLLOW_UP", followUpId));
        try {
            persons.find(found.personId());
        } catch (NotFoundException hidden) {
            throw new NotFoundException("FOLLOW_UP", followUpId);
        }
        return found;
    }

    /** The kinds a follow-up may have: {@code MONTH_<n>} for each planned delay, and {@code AD_HOC}. */
    public List<String> kinds() {
        return planner.kinds();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
