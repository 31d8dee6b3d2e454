package org.sira.programmes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.sira.programmes.internal.ProgrammeStore;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.RefusedInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Donors and their projects with budget lines; what each line spent and how many people it reached. */
@Service
public class Programmes {

    private final ProgrammeStore store;
    private final AuditLog audit;
    private final Clock clock;

    Programmes(ProgrammeStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('PROGRAMME_MANAGE')")
    public Donor addDonor(String name) {
        Donor donor = new Donor(Ids.newId(), name.strip());
        store.insertDonor(donor, now(), CurrentUser.name());
        audit.record("CREATE", "DONOR", donor.id().toString(), null, donor.name());
        return donor;
    }

    @Transactional
    @PreAuthorize("hasAuthority('PROGRAMME_MANAGE')")
    public Project open(ProjectInput input) {
        Donor donor = store.donor(input.donorId())
                .orElseThrow(() -> RefusedInputException.of("donorId", "programmes.unknown-donor", input.donorId()));
        if (input.to().isBefore(input.from())) {
            throw InvalidInputException.of("to", "programmes.period-reversed");
        }
        Project project = new Project(Ids.newId(), donor.id(), donor.name(), input.name().strip(), input.from(), input.to(),
                input.lines().stream().map(line -> new Project.BudgetLine(Ids.newId(), line.name().strip(), line.budgetXof())).toList());
        store.insertProject(project, now(), CurrentUser.name());
        audit.record("CREATE", "PROJECT", project.id().toString(), null, project.name());
        return project;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PROGRAMME_MANAGE')")
    public Project find(UUID id) {
        return store.projects(id).stream().findFirst().orElseThrow(() -> new NotFoundException("PROJECT", id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PROGRAMME_MANAGE')")
    public List<Project> projects() {
        return store.projects(null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PROGRAMME_MANAGE')")
    public List<Donor> donors() {
        return store.donors();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PROGRAMME_MANAGE')")
    public List<LineSpending> spending(UUID projectId) {
        find(projectId);
        return store.spending(projectId);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PROGRAMME_MANAGE')")
    public long peopleReached(UUID projectId) {
        return store.peopleReached(projectId);
    }

    /**
     * A project's budget, spending and reach for the reports, which those who read statistics may
     * see: no person is in them. The same figures as the project's own page.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('PROGRAMME_MANAGE', 'STATISTICS_READ')")
    public ProjectFigures figures(UUID projectId) {
        return figures(projectId, null, null);
    }

    /** The same for what was given, paid or bought from {@code from} to {@code to}, both included (null: no bound). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('PROGRAMME_MANAGE', 'STATISTICS_READ')")
    public ProjectFigures figures(UUID projectId, java.time.LocalDate from, java.time.LocalDate to) {
        Project project = store.projects(projectId).stream().findFirst().orElseThrow(() -> new NotFoundException("PROJECT", projectId));
        return new ProjectFigures(project, store.spending(projectId, from, to), store.peopleReached(projectId, from, to));
    }

    /** The projects a report may be asked for, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('PROGRAMME_MANAGE', 'STATISTICS_READ')")
    public List<Project> reportableProjects() {
        return store.projects(null);
    }

    /** Whether a budget line of this id exists: what the host centre asks before charging to it (whoever the caller is). */
    @Transactional(readOnly = true)
    public boolean lineExists(UUID lineId) {
        return store.lineExists(lineId);
    }

    /**
     * The budget lines that may be charged today (of projects whose period holds today), for the
     * host centre's forms: whoever hands out assistance chooses the line, without reading the project.
     */
    @Transactional(readOnly = true)
    public List<ChargeableLine> chargeableLines() {
        return store.chargeableLines(clock.instant().atOffset(ZoneOffset.UTC).toLocalDate());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
