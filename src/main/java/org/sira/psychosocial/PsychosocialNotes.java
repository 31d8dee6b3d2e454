package org.sira.psychosocial;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sira.people.PersonRegistry;
import org.sira.psychosocial.internal.NoteCipher;
import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.FieldError;
import org.sira.shared.Ids;
import org.sira.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes of psychosocial sessions. Only the counsellor role may write or read them (not even an
 * administrator), their text is sealed before it is stored, and every reading is audited. The
 * text appears nowhere else: not in the audit log, the person's record, exports or logs.
 */
@Service
public class PsychosocialNotes {

    static final int MAX_TEXT = 20_000;

    private final JdbcClient jdbc;
    private final NoteCipher cipher;
    private final PersonRegistry persons;
    private final AuditLog audit;
    private final Clock clock;

    PsychosocialNotes(JdbcClient jdbc, NoteCipher cipher, PersonRegistry persons, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
    public PsychosocialNote add(UUID personId, NoteInput input) {
        persons.find(personId);
        List<FieldError> errors = new ArrayList<>();
        String text = input.text() == null ? null : input.text().strip();
        if (text == null || text.isEmpty()) {
            errors.add(new FieldError("text", "error.required"));
        }
        FieldError.checkLength("text", text, MAX_TEXT, errors);
        LocalDate sessionDate = sessionDate(input.sessionDate(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                INSERT INTO psychosocial_note (id, person_id, session_date, sealed_text, created_by, created_at)
                VALUES (:id, :person, :date, :sealed, :by, :at)""")
                .param("id", id).param("person", personId).param("date", sessionDate).param("sealed", cipher.seal(id, text))
                .param("by", CurrentUser.name()).param("at", now).update();
        // Which note of whom, by whom and when: never what it says.
        audit.record("CREATE", "PSYCHOSOCIAL_NOTE", id.toString(), null, "person " + personId + ", session " + sessionDate);
        return new PsychosocialNote(id, sessionDate, text, CurrentUser.name(), now);
    }

    /** A person's notes, oldest session first; the reading is audited. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
    public List<PsychosocialNote> of(UUID personId) {
        persons.find(personId);
        List<PsychosocialNote> notes = jdbc.sql("""
                SELECT id, session_date, sealed_text, created_by, created_at FROM psychosocial_note
                WHERE person_id = :person ORDER BY session_date, created_at""")
                .param("person", personId)
                .query((rs, row) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new PsychosocialNote(id, rs.getObject("session_date", LocalDate.class),
                            cipher.open(id, rs.getString("sealed_text")), rs.getString("created_by"),
                            rs.getObject("created_at", OffsetDateTime.class));
                })
                .list();
        audit.recordAlone(CurrentUser.name(), "READ", "PSYCHOSOCIAL_NOTES", personId.toString());
        return notes;
    }

    private LocalDate sessionDate(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError("sessionDate", "error.required"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.isAfter(LocalDate.now(clock))) {
                errors.add(new FieldError("sessionDate", "return.date.future"));
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            errors.add(new FieldError("sessionDate", "error.expected-date"));
            return null;
        }
    }
}
