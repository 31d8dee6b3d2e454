package org.sira.arrivals;

import org.sira.arrivals.internal.ListedPerson;
import org.sira.arrivals.internal.ManifestRow;
import org.sira.arrivals.internal.RowCorrection;

import java.util.List;
import java.util.UUID;

import org.sira.arrivals.internal.ManifestRowStore;
import org.sira.people.PersonDetails;
import org.sira.people.PersonInput;
import org.sira.people.PersonInputReader;
import org.sira.security.AuditLog;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.sira.shared.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An unreadable or doubtful row corrected where it is listed (no name, a birth in 2031...): the
 * person is standing there. What they say is read by the person form's rules, the row matched
 * again at once against the registry and the manifest's other rows.
 */
@Service
public class ManifestCorrections {

    private final Manifests manifests;
    private final ManifestRowStore store;
    private final PersonInputReader reader;
    private final AuditLog audit;

    ManifestCorrections(Manifests manifests, ManifestRowStore store, PersonInputReader reader, AuditLog audit) {
        this.manifests = manifests;
        this.store = store;
        this.reader = reader;
        this.audit = audit;
    }

    /**
     * Corrects the row read at {@code version}; a correction that does not read as a person is
     * refused with its reasons (the row stays as it was).
     */
    @Transactional
    @PreAuthorize("hasAuthority('PERSON_WRITE')")
    public ManifestRow correct(UUID groupId, UUID rowId, int version, RowCorrection said) {
        ManifestRow row = manifests.systemRow(groupId, rowId);
        if (row.version() != version) {
            throw new StaleRecordException("MANIFEST_ROW", rowId, manifests.row(groupId, rowId));
        }
        PersonDetails typed = reader.read(new PersonInput(said.familyName(), said.givenNames(), null, blankToNull(said.sex()),
                blankToNull(said.birthDate()), null, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
                null, null, List.of(), null, false, null));
        if (typed.familyName() == null && typed.givenNames() == null) {
            throw InvalidInputException.of("familyName", "manifest.row.name-needed");
        }
        ListedPerson before = row.person();
        ListedPerson corrected = new ListedPerson(typed.familyName(), typed.givenNames(), typed.sex(), typed.birthDate(),
                before.fatherGivenName(), before.motherName(), before.originRegion(), before.originCommune(), before.phone(),
                before.documentNumber(), before.externalRef());
        ManifestRow read = row.correctedTo(corrected, stillWrong(corrected));
        ManifestRow fixed = read;
        if (read.status() == ManifestRow.Status.PENDING) {
            // Another row the same person once the names are right: said, as when the list was staged.
            Integer same = manifests.systemRows(groupId).stream()
                    .filter(other -> other.row() != row.row() && Manifests.typedTwice(other, read))
                    .map(ManifestRow::row).findFirst().orElse(null);
            fixed = manifests.withCandidates(read.withMatches(same, List.of()));
        }
        if (!store.saveCorrection(fixed, version)) {
            throw new StaleRecordException("MANIFEST_ROW", rowId, manifests.row(groupId, rowId));
        }
        audit.record("CORRECT", "MANIFEST_ROW", rowId.toString(), before.fullName() + " " + before.birthDate(),
                corrected.fullName() + " " + corrected.birthDate());
        return manifests.row(groupId, rowId);
    }

    /** What the rest of the row still breaks (a phone number the list got wrong...), as the row's problems. */
    private List<FieldError> stillWrong(ListedPerson corrected) {
        try {
            reader.read(corrected.input());
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
