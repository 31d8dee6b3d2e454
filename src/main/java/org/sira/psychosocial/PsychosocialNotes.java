package org.sira.psychosocial;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
    private final NotesKey key;
    private final PersonRegistry persons;
    private final AuditLog audit;
    private final Clock clock;

    PsychosocialNotes(JdbcClient jdbc, NoteCipher cipher, NotesKey key, PersonRegistry persons, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.key = key;
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
    public PsychosocialNote add(UUID personId, NoteInput input) {
        persons.find(personId);
        rightKey();
        List<FieldError> errors = new ArrayList<>();
        String text = input.text() == null ? null : input.text().strip();
        if (text == null || text.codePoints().allMatch(PsychosocialNotes::showsNothing)) {
            errors.add(new FieldError("text", "error.required"));
        }
        FieldError.checkLength("text", text, MAX_TEXT, errors);
        LocalDate sessionDate = SessionDates.past("sessionDate", input.sessionDate(), LocalDate.now(clock), errors);
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
        return new PsychosocialNote(id, sessionDate, text, CurrentUser.name(), now, false);
    }

    /** A page of a person's notes, oldest session first; the reading is audited. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
    public PageOf<PsychosocialNote> of(UUID personId, Paging paging) {
        persons.find(personId);
        rightKey();
        PageOf<PsychosocialNote> page = PersonRecords.page(jdbc, SELECT, "psychosocial_note", "session_date, created_at",
                personId, paging, this::note);
        audit.recordAlone(CurrentUser.name(), "READ", "PSYCHOSOCIAL_NOTES", personId.toString());
        return page;
    }

    /** One note of a person (where the answer to its creation points); the reading is audited. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PSYCHOSOCIAL_NOTES')")
    public PsychosocialNote find(UUID personId, UUID noteId) {
        persons.find(personId);
        rightKey();
        PsychosocialNote note = jdbc.sql(SELECT + " WHERE person_id = :person AND id = :id")
                .param("person", personId).param("id", noteId).query(this::note).optional()
                .orElseThrow(() -> new NotFoundException("PSYCHOSOCIAL_NOTE", noteId));
        audit.recordAlone(CurrentUser.name(), "READ", "PSYCHOSOCIAL_NOTE", noteId.toString());
        return note;
    }

    private static final String SELECT = "SELECT id, session_date, sealed_text, created_by, created_at FROM psychosocial_note";

    private PsychosocialNote note(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String text;
        try {
            text = cipher.open(id, rs.getString("sealed_text"));
        } catch (IllegalStateException changed) {
            text = null;
        }
        return new PsychosocialNote(id, rs.getObject("session_date", LocalDate.class), text, rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), text == null);
    }

    /** False when the key Sira started with did not seal this database's notes (see {@link NotesKey}). */
    public boolean keyIsRight() {
        return key.isRight();
    }

    private void rightKey() {
        if (!key.isRight()) {
            throw new UnavailableException("notes.key.wrong");
        }
    }

    /** Spaces, no-break spaces and invisible characters: a note of nothing else says nothing. */
    private static boolean showsNothing(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }
}
