package org.sira.arrivals;

import org.sira.arrivals.internal.ListedPerson;
import org.sira.arrivals.internal.ManifestPreview;
import org.sira.arrivals.internal.ManifestRow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.sira.arrivals.internal.ManifestReading;
import org.sira.arrivals.internal.ManifestRowStore;
import org.sira.matching.MatchIndex;
import org.sira.matching.Verdict;
import org.sira.people.PersonMatching;
import org.sira.people.PersonVisibility;
import org.sira.security.AuditLog;
import org.sira.shared.Folding;
import org.sira.shared.NotFoundException;
import org.sira.tabular.HeaderMapping;
import org.sira.tabular.HeaderMatcher;
import org.sira.tabular.ImportField;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Manifests of arrival groups: the list the authorities hand over is staged row by row with the
 * known persons each row may be and the other rows it may repeat; then a team leader decides
 * the doubtful rows and accepts the confident ones in one go. Decisions check the row's version,
 * so two reviewers cannot decide the same row twice.
 */
@Service
public class Manifests {

    public static final int MAX_ROWS = ManifestReading.MAX_ROWS;
    /** The person fields a manifest carries, in the order pages offer them. */
    public static final List<ImportField> FIELDS = ManifestReading.FIELDS;
    private static final int CANDIDATES_KEPT = 5;
    /** Registry records put beside a manifest's rows so that name frequencies are the registry's. */
    private static final int BACKGROUND = 3_000;

    private final ManifestRowStore store;
    private final PersonMatching matching;
    private final ArrivalGroups groups;
    private final AuditLog audit;
    private final ManifestReading reading;
    private final Clock clock;
    private final PersonVisibility visibility;

    Manifests(ManifestRowStore store, PersonMatching matching, ArrivalGroups groups, AuditLog audit,
              ManifestReading reading, Clock clock, PersonVisibility visibility) {
        this.store = store;
        this.visibility = visibility;
        this.matching = matching;
        this.groups = groups;
        this.audit = audit;
        this.reading = reading;
        this.clock = clock;
    }

    /**
     * Stages a manifest file whose columns are recognised from their headings: all its rows or,
     * when the file itself cannot be read, none. Unknown columns are ignored (api-v1.md).
     */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public List<ManifestRow> stage(UUID groupId, Path file) {
        return stage(groupId, file, HeaderMatcher::match, false);
    }

    /** Stages a manifest file whose columns a person said what they hold, exactly as {@link #stage(UUID, Path)}. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public List<ManifestRow> stage(UUID groupId, Path file, ColumnMapping columns) {
        return stage(groupId, file, header -> HeaderMapping.chosen(header, columns.fields()), columns.firstRowIsData());
    }

    /**
     * Looks at a manifest file before staging it: the authorities' lists come headed "NOM ET
     * PRENOMS", "Date de naiss.", in Arabic or not at all, and staging them with the columns
     * silently ignored would stage rows without names or dates.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ManifestPreview preview(UUID groupId, Path file) {
        groups.find(groupId);
        return reading.preview(file);
    }

    /**
     * Stages, as {@link #stage(UUID, Path)}, only the rows of the file not staged for the group
     * before (the same cells): a list uploaded twice is not staged twice. Says how many were skipped.
     */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public StagedManifest stageNew(UUID groupId, Path file) {
        return stage(groupId, file, HeaderMatcher::match, false, true);
    }

    /** As {@link #stageNew(UUID, Path)}, with the columns a person said. */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public StagedManifest stageNew(UUID groupId, Path file, ColumnMapping columns) {
        return stage(groupId, file, header -> HeaderMapping.chosen(header, columns.fields()), columns.firstRowIsData(), true);
    }

    /** The rows staged, and how many rows of the file were left out as already staged. */
    public record StagedManifest(List<ManifestRow> rows, int skipped) {
    }

    private List<ManifestRow> stage(UUID groupId, Path file, Function<List<String>, HeaderMapping> columns,
                                    boolean firstRowIsData) {
        return stage(groupId, file, columns, firstRowIsData, false).rows();
    }

    private StagedManifest stage(UUID groupId, Path file, Function<List<String>, HeaderMapping> columns,
                                 boolean firstRowIsData, boolean skipSeen) {
        groups.find(groupId);
        List<ManifestRow> read = reading.rows(groupId, file, columns, firstRowIsData, 0);
        Set<ListedPerson> seen = new HashSet<>();
        if (skipSeen) {
            store.ofGroup(groupId).forEach(row -> seen.add(row.person()));
        }
        List<ManifestRow> fresh = read.stream().filter(row -> !seen.contains(row.person())).toList();
        int offset = store.lastRowNumber(groupId);
        // Numbered after the rows already staged, in the file's order: "Ligne N" of a first list is the file's own.
        List<ManifestRow> rows = fresh.stream().map(row -> row.renumbered(offset + row.row())).toList();
        List<ManifestRow> staged = withSameRows(rows).stream().map(this::withCandidates).toList();
        staged.forEach(row -> store.insert(row, OffsetDateTime.now(clock)));
        audit.record("STAGE", "ARRIVAL_GROUP", groupId.toString(), null,
                "manifest of " + staged.size() + " rows, " + (read.size() - fresh.size()) + " already staged");
        return new StagedManifest(forReader(staged), read.size() - fresh.size());
    }

    /** The group's rows as the reader may see them (see {@link #forReader}). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public List<ManifestRow> rows(UUID groupId) {
        groups.find(groupId);
        return forReader(systemRows(groupId));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('PERSON_READ')")
    public ManifestRow row(UUID groupId, UUID rowId) {
        return forReader(List.of(systemRow(groupId, rowId))).get(0);
    }

    /**
     * Candidates are chosen for everybody when the file is staged, whoever staged it, so that a
     * protected person is recognised even in a list reception loaded; they are filtered here, for
     * whoever reads them.
     */
    private List<ManifestRow> forReader(List<ManifestRow> rows) {
        Set<UUID> named = new HashSet<>();
        for (ManifestRow row : rows) {
            row.candidates().forEach(c -> named.add(c.personId()));
            if (row.personId() != null) {
                named.add(row.personId());
            }
        }
        Set<UUID> hidden = visibility.hiddenAmong(named);
        named.removeAll(hidden);
        visibility.recordReads(named);
        return hidden.isEmpty() ? rows : rows.stream().map(row -> row.seenWithout(hidden)).toList();
    }

    /** The rows as the system sees them, every candidate included: for decisions, never to be shown. */
    List<ManifestRow> systemRows(UUID groupId) {
        return store.ofGroup(groupId);
    }

    ManifestRow systemRow(UUID groupId, UUID rowId) {
        return store.byId(rowId).stream().filter(r -> r.groupId().equals(groupId)).findFirst()
                .orElseThrow(() -> new NotFoundException("MANIFEST_ROW", rowId));
    }

    /** Points each row to an earlier row of the same manifest that may be the same person. */
    private List<ManifestRow> withSameRows(List<ManifestRow> rows) {
        MatchIndex manifest = new MatchIndex();
        matching.sample(BACKGROUND).forEach(manifest::add);
        Map<String, ManifestRow> byId = new HashMap<>();
        for (ManifestRow row : rows) {
            if (row.status() == ManifestRow.Status.PENDING) {
                manifest.add(row.person().matchRecord("row-" + row.row()));
                byId.put("row-" + row.row(), row);
            }
        }
        List<ManifestRow> result = new ArrayList<>();
        for (ManifestRow row : rows) {
            Integer same = null;
            if (row.status() == ManifestRow.Status.PENDING) {
                same = rows.stream().filter(other -> other.row() < row.row() && typedTwice(other, row))
                        .map(ManifestRow::row).findFirst()
                        .orElseGet(() -> manifest.query(row.person().matchRecord("row-" + row.row())).stream()
                                .filter(c -> c.verdict() != Verdict.NONE)
                                .map(c -> byId.get(c.recordId()))
                                .filter(other -> other != null && other.row() < row.row())
                                .map(ManifestRow::row).findFirst().orElse(null));
            }
            result.add(row.withMatches(same, List.of()));
        }
        return result;
    }

    /** The same words in the names, the same sex and date: the same row entered twice. */
    static boolean typedTwice(ManifestRow a, ManifestRow b) {
        return a.status() == ManifestRow.Status.PENDING
                && sortedWords(a).equals(sortedWords(b))
                && java.util.Objects.equals(a.person().sex(), b.person().sex())
                && java.util.Objects.equals(a.person().birthDate(), b.person().birthDate());
    }

    private static List<String> sortedWords(ManifestRow row) {
        return java.util.Arrays.stream((Folding.fold(row.person().familyName()) + " " + Folding.fold(row.person().givenNames())).split(" "))
                .filter(w -> !w.isEmpty()).sorted().toList();
    }

    ManifestRow withCandidates(ManifestRow row) {
        if (row.status() != ManifestRow.Status.PENDING) {
            return row;
        }
        List<ManifestRow.StagedCandidate> found = matching.allCandidates(row.person().matchRecord("row-" + row.row())).stream()
                .limit(CANDIDATES_KEPT)
                .map(c -> new ManifestRow.StagedCandidate(c.personId(), c.fileNumber(), c.externalRef(), round(c.score()),
                        c.verdict(), explain(c.evidence())))
                .toList();
        return row.withMatches(row.sameAsRow(), found);
    }

    private static String explain(List<org.sira.matching.FieldEvidence> evidence) {
        return org.sira.matching.Explanation.write(evidence, 2000);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
