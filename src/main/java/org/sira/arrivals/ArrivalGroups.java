package org.sira.arrivals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.sira.arrivals.internal.ReturnStore;
import org.sira.people.PersonInput;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Flights and convoys, and the returns registered from them with the group's date, point, country and kind. */
@Service
public class ArrivalGroups {

    private final JdbcClient jdbc;
    private final ReturnInputReader reader;
    private final Returns returns;
    private final ReturnStore returnStore;
    private final AuditLog audit;
    private final PersonRegistry persons;
    private final PersonVisibility visibility;

    ArrivalGroups(JdbcClient jdbc, ReturnInputReader reader, Returns returns, ReturnStore returnStore, AuditLog audit,
                  PersonRegistry persons, PersonVisibility visibility) {
        this.persons = persons;
        this.visibility = visibility;
        this.jdbc = jdbc;
        this.reader = reader;
        this.returns = returns;
        this.returnStore = returnStore;
        this.audit = audit;
    }

    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ArrivalGroup create(ArrivalInput input) {
        List<FieldError> errors = new ArrayList<>();
        PersonReturn.ReturnDetails common = null;
        try {
            common = reader.read(new ReturnInput(input.returnKind(), input.countryFrom(), null, null, null,
                    input.arrivalDate(), input.arrivalPoint(), null, null, null, null, null, null, null));
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (input.arrivalPoint() == null || input.arrivalPoint().isBlank()) {
            errors.add(new FieldError("arrivalPoint", "error.required"));
        }
        Transport transport = null;
        if (input.transport() == null || input.transport().isBlank()) {
            errors.add(new FieldError("transport", "error.required"));
        } else {
            try {
                transport = Transport.valueOf(input.transport().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("transport", "error.unknown-value", input.transport().strip()));
            }
        }
        if (input.expectedCount() != null && (input.expectedCount() < 0 || input.expectedCount() > 100_000)) {
            errors.add(new FieldError("expectedCount", "return.number.range", 0, 100_000));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        UUID id = Ids.newId();
        jdbc.sql("""
                INSERT INTO arrival_group (id, arrival_date, arrival_point, country_from, return_kind, transport,
                    expected_count, partners, notes, created_at, created_by, version)
                VALUES (:id, :date, :point, :country, :kind, :transport, :expected, :partners, :notes, :at, :by, 0)""")
                .param("id", id).param("date", common.arrivalDate()).param("point", common.arrivalPoint())
                .param("country", common.countryFrom()).param("kind", common.returnKind().name())
                .param("transport", transport.name()).param("expected", input.expectedCount())
                .param("partners", blankToNull(input.partners())).param("notes", blankToNull(input.notes()))
                .param("at", returns.now()).param("by", CurrentUser.name()).update();
        audit.record("CREATE", "ARRIVAL_GROUP", id.toString(), null, common.arrivalDate() + " " + common.arrivalPoint()
                + " " + common.countryFrom() + " " + common.returnKind() + " " + transport);
        return find(id);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public ArrivalGroup find(UUID id) {
        return jdbc.sql(select() + " WHERE g.id = :id GROUP BY " + GROUP_COLUMNS).param("id", id)
                .query(ArrivalGroups::group).optional().orElseThrow(() -> new NotFoundException("ARRIVAL_GROUP", id));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public PageOf<ArrivalGroup> latest(Paging paging) {
        long total = jdbc.sql("SELECT COUNT(*) FROM arrival_group").query(Long.class).single();
        List<ArrivalGroup> items = jdbc.sql(select() + " GROUP BY " + GROUP_COLUMNS
                        + " ORDER BY g.arrival_date DESC, g.created_at DESC OFFSET :offset ROWS FETCH NEXT :size ROWS ONLY")
                .param("offset", paging.offset()).param("size", paging.size()).query(ArrivalGroups::group).list();
        return new PageOf<>(items, total, paging.page(), paging.size());
    }

    /** Registers the return of a person who came with this group; it inherits the group's date, point, country and kind. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public PersonReturn registerReturn(UUID groupId, UUID personId) {
        ArrivalGroup group = find(groupId);
        // Whether she is already registered says she exists: only to whoever may see her.
        persons.find(personId);
        if (isRegistered(groupId, personId)) {
            throw InvalidInputException.of("personId", "arrival.person.already-registered");
        }
        return returns.register(personId, groupId, new PersonReturn.ReturnDetails(group.returnKind(), group.countryFrom(),
                List.of(), null, null, group.arrivalDate(), group.arrivalPoint(), null, null, null, null, null, null));
    }

    /** Whether the person's return with this group is already registered. */
    @Transactional(readOnly = true)
    public boolean isRegistered(UUID groupId, UUID personId) {
        return jdbc.sql("SELECT COUNT(*) FROM person_return WHERE group_id = :g AND person_id = :p AND voided = FALSE")
                .param("g", groupId).param("p", personId).query(Long.class).single() > 0;
    }

    /** A person met for the first time with this group: registered, and their return with them, or neither. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public PersonReturn registerNewPerson(UUID groupId, PersonInput person, String requestToken) {
        find(groupId);
        PersonRegistry.Registration registration = persons.register(person, java.util.Optional.ofNullable(requestToken));
        if (registration.repeated()) {
            return returnStore.ofGroup(groupId).stream().filter(r -> r.personId().equals(registration.person().id()))
                    .findFirst().orElseGet(() -> registerReturn(groupId, registration.person().id()));
        }
        return registerReturn(groupId, registration.person().id());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<PersonReturn> returnsOf(UUID groupId) {
        return visibility.visible(returnStore.ofGroup(groupId), PersonReturn::personId);
    }

    private static final String GROUP_COLUMNS = "g.id, g.arrival_date, g.arrival_point, g.country_from, g.return_kind, "
            + "g.transport, g.expected_count, g.partners, g.notes, g.created_at, g.created_by, g.version";
    /** The groups with how many of their returnees the reader may see: a count that does not betray a protected person. */
    private String select() {
        return "SELECT " + GROUP_COLUMNS + ", COUNT(r.id) AS registered FROM arrival_group g "
                + "LEFT JOIN person_return r ON r.group_id = g.id AND r.voided = FALSE AND " + visibility.visiblePersonId("r.person_id");
    }

    private static ArrivalGroup group(ResultSet rs, int row) throws SQLException {
        return new ArrivalGroup(rs.getObject("id", UUID.class), rs.getObject("arrival_date", LocalDate.class),
                rs.getString("arrival_point"), rs.getString("country_from"), ReturnKind.valueOf(rs.getString("return_kind")),
                Transport.valueOf(rs.getString("transport")), (Integer) rs.getObject("expected_count"),
                rs.getString("partners"), rs.getString("notes"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getString("created_by"), rs.getInt("version"), rs.getLong("registered"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
