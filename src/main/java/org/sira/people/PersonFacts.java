package org.sira.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.sira.people.internal.JoinedColumns;
import org.sira.people.internal.PersonStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules keep beside their own rows about persons (a file number to show, the sex and
 * region a return is counted by, what makes a returnee vulnerable), read in one query per thousand
 * persons rather than one per person, merged-away records included. It says nothing of who may see
 * them: a caller that shows a person asks {@link PersonVisibility} first.
 */
@Service
public class PersonFacts {

    private static final int BATCH = 1_000;

    /** One person's facts; {@code vulnerabilities} as the registry holds them. */
    public record Facts(UUID id, String fileNumber, String externalRef, Sex sex, String originRegionCode,
                        String originRegionText, LocalDate birthDate, Set<Vulnerability> vulnerabilities) {
    }

    private final JdbcClient jdbc;

    PersonFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The facts of those of these persons that exist, by id. */
    @Transactional(readOnly = true)
    public Map<UUID, Facts> of(Collection<UUID> personIds) {
        List<UUID> ids = personIds.stream().filter(id -> id != null).distinct().toList();
        Map<UUID, Facts> facts = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BATCH) {
            jdbc.sql("""
                    SELECT id, file_number, external_ref, sex, origin_region_code, origin_region_text, birth_date, vulnerabilities
                    FROM person WHERE id IN (:ids)""").param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
                    .query(rs -> {
                        UUID id = rs.getObject(1, UUID.class);
                        String sex = rs.getString(4);
                        facts.put(id, new Facts(id, rs.getString(2), rs.getString(3), sex == null ? null : Sex.valueOf(sex),
                                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), JoinedColumns.enums(Vulnerability.class, rs.getString(8))));
                    });
        }
        return facts;
    }
}
