package org.sira.psychosocial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.sira.people.PersonRegistry;
import org.sira.psychosocial.internal.PersonRecords;
import org.sira.psychosocial.internal.NoteCipher;
import org.sira.psychosocial.internal.NotesKey;
import org.sira.psychosocial.internal.SessionDates;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.PageOf;
import org.sira.shared.Paging;
import org.sira.shared.UnavailableException;
import org.sira.shared.jdbc.FirstRequests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counselling sessions, individual, family or group, for the counsellor role alone. Their text is
 * sealed with the notes' key, bound to the session; every reading is audited, and others learn only
 * that a follow-up exists and when the next session is ({@link #followUp}).
 */
@Service
public class CounsellingSessions {

    private static final String TABLE = "psychosocial_session";

    private final JdbcClient jdbc;
    private final NoteCipher cipher;
    private final NotesKey key;
    private final FirstRequests firstRequest;
    private final PersonRegistry persons;
    private final AuditLog audit;
    private final Clock clock;

    CounsellingSessions(JdbcClient jdbc, NoteCipher cipher, NotesKey key, FirstRequests firstRequest, PersonRegistry persons,
                        AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.key = key;
        this.firstRequest = firstRequest;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a session; sent again with the same {@code requestKey}, answers the first one. */
    @Transactional
    @PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
    public CounsellingSession record(UUID personId, SessionInput input, String requestKey) {
        persons.find(personId);
        rightKey();
        String requestId = FirstRequests.key(requestKey);
        Optional<UUID> earlier = firstRequest.earlier(TABLE, CurrentUser.name(), requestId);
        if (earlier.isPresent()) {
            return one(personId, earlier.get());
        }
        List<FieldError> errors = new ArrayList<>();
        SessionKind kind = kind(input.kind(), errors);
        LocalDate today = LocalDate.now(clock);
        LocalDate date = SessionDates.past("sessionDate", input.sessionDate(), today, errors);
        LocalDate next = SessionDates.ahead("nextSession", input.nextSession(), date, today, errors);
        String counsellor = input.counsellor() == null || input.counsellor().isBlank() ? CurrentUser.name() : input.counsellor().strip();
        FieldError.checkLength("counsellor", counsellor, 100, errors);
        String text = input.text() == null || input.text().isBlank() ? null : input.text().strip();
        FieldError.checkLength("text", text, PsychosocialNotes.MAX_TEXT, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        Optional<UUID> raced = firstRequest.insert(TABLE, CurrentUser.name(), requestId, () -> jdbc.sql("""
                INSERT INTO psychosocial_session (id, person_id, kind, session_date, counsellor, next_session, sealed_text,
                                                  request_key, created_by, created_at)
                VALUES (:id, :person, :kind, :date, :counsellor, :next, :sealed, :key, :by, :at)""")
                .param("id", id).param("person", personId).param("kind", kind.name()).param("date", date)
                .param("counsellor", counsellor).param("next", next).param("sealed", text == null ? null : cipher.seal(id, text))
                .param("key", requestId).param("by", CurrentUser.name()).param("at", now).update());
        if (raced.isPresent()) {
            return one(personId, raced.get());
        }
        audit.record("CREATE", "PSYCHOSOCIAL_SESSION", id.toString(), null, "person " + personId + ", session " + date);
        return new CounsellingSession(id, kind, date, counsellor, next, text, false, CurrentUser.name(), now);
    }

    /** A person's sessions, oldest first; the reading is audited. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
    public PageOf<CounsellingSession> of(UUID personId, Paging paging) {
        persons.find(personId);
        rightKey();
        PageOf<CounsellingSession> page = PersonRecords.page(jdbc, SELECT, "psychosocial_session", "session_date, created_at",
                personId, paging, this::session);
        audit.recordAlone(CurrentUser.name(), "READ", "PSYCHOSOCIAL_SESSIONS", personId.toString());
        return page;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
    public CounsellingSession find(UUID personId, UUID sessionId) {
        persons.find(personId);
        rightKey();
        CounsellingSession session = one(personId, sessionId);
        audit.recordAlone(CurrentUser.name(), "READ", "PSYCHOSOCIAL_SESSION", sessionId.toString());
        return session;
    }

    /**
     * Whether the person has any psychosocial record (screening, session or note), and the next
     * session planned by the latest session: for the caseworkers, who must know no more.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyAuthority('PSYCHOSOCIAL_NOTES', 'CASEWORK')")
    public PsychosocialFollowUp followUp(UUID personId) {
        persons.find(personId);
        boolean exists = jdbc.sql("""
                SELECT CASE WHEN EXISTS (SELECT 1 FROM psychosocial_session WHERE person_id = :p)
                              OR EXISTS (SELECT 1 FROM psychosocial_screening WHERE person_id = :p)
                              OR EXISTS (SELECT 1 FROM psychosocial_note WHERE person_id = :p) THEN 1 ELSE 0 END""")
                .param("p", personId).query(Integer.class).single() == 1;
        LocalDate next = jdbc.sql("SELECT next_session FROM psychosocial_session WHERE person_id = :p "
                        + "ORDER BY session_date DESC, created_at DESC FETCH FIRST 1 ROWS ONLY")
                .param("p", personId).query((rs, row) -> rs.getObject(1, LocalDate.class)).optional().orElse(null);
        return new PsychosocialFollowUp(exists, next);
    }

    private CounsellingSession one(UUID personId, UUID sessionId) {
        return jdbc.sql(SELECT + " WHERE person_id = :person AND id = :id").param("person", personId).param("id", sessionId)
                .query(this::session).optional().orElseThrow(() -> new NotFoundException("PSYCHOSOCIAL_SESSION", sessionId));
    }

    private static final String SELECT = "SELECT id, kind, session_date, counsellor, next_session, sealed_text, created_by, created_at "
            + "FROM psychosocial_session";

    private CounsellingSession session(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String sealed = rs.getString("sealed_text");
        String text = null;
        boolean unreadable = false;
        if (sealed != null) {
            try {
                text = cipher.open(id, sealed);
            } catch (IllegalStateException changed) {
                unreadable = true;
            }
        }
        return new CounsellingSession(id, SessionKind.valueOf(rs.getString("kind")), rs.getObject("session_date", LocalDate.class),
                rs.getString("counsellor"), rs.getObject("next_session", LocalDate.class), text, unreadable, rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    private static SessionKind kind(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("kind", "error.required"));
            return null;
        }
        try {
            return SessionKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError("kind", "error.unknown-value", value));
            return null;
        }
    }

    private void rightKey() {
        if (!key.isRight()) {
            throw new UnavailableException("notes.key.wrong");
        }
    }
}
