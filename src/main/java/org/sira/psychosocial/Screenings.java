package org.sira.psychosocial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.sira.people.PersonRegistry;
import org.sira.psychosocial.internal.PersonRecords;
import org.sira.psychosocial.internal.SessionDates;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.sira.shared.jdbc.FirstRequests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screenings with the questionnaires of {@link Instruments}, for the counsellor role alone: the
 * raw answers are kept with the total, band and risk they scored. Every reading is audited, and
 * the audit log says whose screening was recorded, never what it found.
 */
@Service
public class Screenings {

    private static final String TABLE = "psychosocial_screening";

    private final JdbcClient jdbc;
    private final Instruments instruments;
    private final FirstRequests firstRequest;
    private final PersonRegistry persons;
    private final AuditLog audit;
    private final Clock clock;

    Screenings(JdbcClient jdbc, Instruments instruments, FirstRequests firstRequest, PersonRegistry persons, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.firstRequest = firstRequest;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a screening; sent again with the same {@code requestKey}, answers the first one. */
    @Transactional
    @PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
    public Screening record(UUID personId, ScreeningInput input, String requestKey) {
        persons.find(personId);
        String key = FirstRequests.key(requestKey);
        Optional<UUID> earlier = firstRequest.earlier(TABLE, CurrentUser.name(), key);
        if (earlier.isPresent()) {
            return one(personId, earlier.get());
        }
        List<FieldError> errors = new ArrayList<>();
        Instrument instrument = instruments.find(input.instrument()).orElse(null);
        if (instrument == null) {
            errors.add(input.instrument() == null || input.instrument().isBlank() ? new FieldError("instrument", "error.required")
                    : new FieldError("instrument", "error.unknown-value", input.instrument()));
        }
        LocalDate on = SessionDates.past("screenedOn", input.screenedOn(), LocalDate.now(clock), errors);
        Instrument.Score score = null;
        if (instrument != null) {
            try {
                score = instrument.score(input.answers());
            } catch (InvalidInputException wrongAnswers) {
                errors.addAll(wrongAnswers.errors());
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Instrument.Score scored = score;
        Optional<UUID> raced = firstRequest.insert(TABLE, CurrentUser.name(), key, () -> jdbc.sql("""
                INSERT INTO psychosocial_screening (id, person_id, instrument, instrument_version, screened_on, answers, total, band, risk,
                                                    request_key, created_by, created_at)
                VALUES (:id, :person, :instrument, :version, :on, :answers, :total, :band, :risk, :key, :by, :at)""")
                .param("id", id).param("person", personId).param("instrument", instrument.code()).param("version", instrument.version())
                .param("on", on).param("answers", joined(input.answers())).param("total", scored.total()).param("band", scored.band())
                .param("risk", scored.risk()).param("key", key).param("by", CurrentUser.name()).param("at", now).update());
        if (raced.isPresent()) {
            return one(personId, raced.get());
        }
        // Whose screening, by whom and when: never the instrument's findings.
        audit.record("CREATE", "PSYCHOSOCIAL_SCREENING", id.toString(), null, "person " + personId + ", " + on);
        return new Screening(id, instrument.code(), instrument.version(), on, List.copyOf(input.answers()), scored.total(),
                scored.band(), scored.risk(), scored.riskItems(), CurrentUser.name(), now);
    }

    /** A person's screenings over time, oldest first; the reading is audited. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
    public PageOf<Screening> of(UUID personId, Paging paging) {
        persons.find(personId);
        PageOf<Screening> page = PersonRecords.page(jdbc, SELECT, "psychosocial_screening", "screened_on, created_at",
                personId, paging, this::screening);
        audit.recordAlone(CurrentUser.name(), "READ", "PSYCHOSOCIAL_SCREENINGS", personId.toString());
        return page;
    }

    /** One screening of a person; the reading is audited. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
    public Screening find(UUID personId, UUID screeningId) {
        persons.find(personId);
        Screening screening = one(personId, screeningId);
        audit.recordAlone(CurrentUser.name(), "READ", "PSYCHOSOCIAL_SCREENING", screeningId.toString());
        return screening;
    }

    private Screening one(UUID personId, UUID screeningId) {
        return jdbc.sql(SELECT + " WHERE person_id = :person AND id = :id").param("person", personId).param("id", screeningId)
                .query(this::screening).optional().orElseThrow(() -> new NotFoundException("PSYCHOSOCIAL_SCREENING", screeningId));
    }

    private static final String SELECT = "SELECT id, instrument, instrument_version, screened_on, answers, total, band, risk, "
            + "created_by, created_at FROM psychosocial_screening";

    private Screening screening(ResultSet rs, int row) throws SQLException {
        List<Integer> answers = Arrays.stream(rs.getString("answers").split(",")).map(Integer::valueOf).toList();
        String code = rs.getString("instrument");
        List<Integer> riskItems = new ArrayList<>();
        instruments.find(code).ifPresent(instrument -> {
            for (int i = 0; i < answers.size() && i < instrument.items().size(); i++) {
                Integer above = instrument.items().get(i).riskAbove();
                if (above != null && answers.get(i) > above) {
                    riskItems.add(i + 1);
                }
            }
        });
        return new Screening(rs.getObject("id", UUID.class), code, rs.getString("instrument_version"),
                rs.getObject("screened_on", LocalDate.class), answers, rs.getInt("total"), rs.getString("band"), rs.getBoolean("risk"),
                List.copyOf(riskItems), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
    }

    private static String joined(List<Integer> answers) {
        return String.join(",", answers.stream().map(String::valueOf).toList());
    }
}
