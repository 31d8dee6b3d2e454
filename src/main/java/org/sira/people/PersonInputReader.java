package org.sira.people;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.sira.reference.AdminDivision;
import org.sira.reference.ReferenceData;
import org.sira.security.CurrentUser;
import org.sira.shared.FieldError;
import org.sira.shared.Folding;
import org.sira.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link PersonInput} field by field and turns it into {@link PersonDetails}: every
 * broken rule becomes a field error with a message key, all reported at once.
 */
@Component
public class PersonInputReader {

    /** Invisible characters, dropped; line breaks and tabs are spaces between words. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\t\\n\\r]]");

    /**
     * The longest text each field may hold, in characters: the columns of {@code person} (and of the
     * staged manifest rows, which hold what a manifest says before it becomes a person).
     */
    private static final Map<String, Integer> MAX_LENGTHS = Map.of("familyName", 100, "givenNames", 200, "aliases", 300,
            "fatherGivenName", 100, "motherName", 200, "originRegion", 100, "originCommune", 100, "originVillage", 100,
            "documentNumber", 60, "externalRef", 100);

    private final ReferenceData reference;
    private final Clock clock;

    PersonInputReader(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    public PersonDetails read(PersonInput input) {
        List<FieldError> errors = new ArrayList<>();
        String familyName = text(input.familyName());
        String givenNames = text(input.givenNames());
        if (familyName == null && givenNames == null) {
            errors.add(new FieldError("familyName", "person.name.required"));
        }
        checkLength("familyName", familyName, errors);
        checkLength("givenNames", givenNames, errors);
        checkLength("aliases", text(input.aliases()), errors);
        checkLength("fatherGivenName", text(input.fatherGivenName()), errors);
        checkLength("motherName", text(input.motherName()), errors);
        checkLength("originRegion", text(input.originRegion()), errors);
        checkLength("originCommune", text(input.originCommune()), errors);
        checkLength("originVillage", text(input.originVillage()), errors);
        checkLength("documentNumber", text(input.documentNumber()), errors);
        checkLength("externalRef", text(input.externalRef()), errors);
        Sex sex = sex(input.sex(), errors);
        BirthDate birthDate = birthDate(input.birthDate(), input.birthDatePrecision(), errors);
        List<PhoneNumber> phones = new ArrayList<>();
        phone("phone", input.phone(), phones, errors);
        phone("phone2", input.phone2(), phones, errors);
        List<IdentityDocument> documents = new ArrayList<>();
        String documentNumber = text(input.documentNumber());
        if (documentNumber != null) {
            DocumentKind kind = enumValue(DocumentKind.class, input.documentKind(), "documentKind", errors)
                    .orElse(DocumentKind.OTHER);
            documents.add(new IdentityDocument(kind, documentNumber));
        }
        Set<String> languages = new LinkedHashSet<>();
        for (String code : orEmpty(input.languages())) {
            if (code == null || code.isBlank()) {
                continue;
            }
            if (reference.languages().stream().noneMatch(l -> l.code().equals(code))) {
                errors.add(new FieldError("languages", "person.language.unknown", code));
            } else {
                languages.add(code);
            }
        }
        Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);
        for (String value : orEmpty(input.vulnerabilities())) {
            if (value != null && !value.isBlank()) {
                enumValue(Vulnerability.class, value, "vulnerabilities", errors).ifPresent(vulnerabilities::add);
            }
        }
        Consent consent = consent(input, errors);
        Origin origin = origin(input);
        String externalRef = text(input.externalRef());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PersonDetails(familyName, givenNames, aliases(input.aliases()), sex, birthDate,
                text(input.fatherGivenName()), text(input.motherName()), origin, phones, documents, languages,
                vulnerabilities, consent, externalRef, Boolean.TRUE.equals(input.restricted()));
    }

    /** The longest text {@code field} (its API name) may hold. */
    public static int maxLength(String field) {
        Integer max = MAX_LENGTHS.get(field);
        if (max == null) {
            throw new IllegalArgumentException("no length limit for " + field);
        }
        return max;
    }

    private static void checkLength(String field, String value, List<FieldError> errors) {
        FieldError.checkLength(field, value, maxLength(field), errors);
    }

    /** Matches region and commune to the reference when possible, and keeps the words as written otherwise. */
    public Origin origin(PersonInput input) {
        String regionText = text(input.originRegion());
        String communeText = text(input.originCommune());
        Optional<AdminDivision> region = reference.region(regionText);
        Optional<AdminDivision> commune = communeText == null ? Optional.empty() : reference.commune(communeText, region);
        Optional<AdminDivision> cercle = commune.flatMap(reference::parentOf);
        if (region.isEmpty()) {
            region = cercle.flatMap(reference::parentOf);
        }
        return new Origin(region.map(AdminDivision::code).orElse(null), cercle.map(AdminDivision::code).orElse(null),
                commune.map(AdminDivision::code).orElse(null),
                region.isPresent() ? null : regionText, commune.isPresent() ? null : communeText,
                text(input.originVillage()));
    }

    private static List<String> aliases(String aliases) {
        String text = text(aliases);
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Sex sex(String value, List<FieldError> errors) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        switch (text.toUpperCase(Locale.ROOT)) {
            case "M", "H":
                return Sex.M;
            case "F":
                return Sex.F;
            default:
                errors.add(new FieldError("sex", "person.sex.invalid"));
                return null;
        }
    }

    private BirthDate birthDate(String value, String precisionText, List<FieldError> errors) {
        String text = text(value);
        if (text == null) {
            if (text(precisionText) != null) {
                // Nothing to apply it to, but a value outside the list is still a mistake to report.
                enumValue(DatePrecision.class, precisionText, "birthDatePrecision", errors);
            }
            return null;
        }
        Optional<BirthDate> written;
        try {
            written = BirthDate.written(text);
        } catch (DateTimeException noSuchDay) {
            written = Optional.empty();
        }
        if (written.isEmpty()) {
            errors.add(new FieldError("birthDate", "person.birth-date.invalid"));
            return null;
        }
        DatePrecision precision = written.get().precision();
        if (text(precisionText) != null) {
            Optional<DatePrecision> given = enumValue(DatePrecision.class, precisionText, "birthDatePrecision", errors);
            if (given.isEmpty()) {
                return null;
            }
            if (given.get().ordinal() < precision.ordinal()) {
                errors.add(new FieldError("birthDatePrecision", "person.birth-date.precision-too-fine"));
                return null;
            }
            precision = given.get();
        }
        LocalDate date = written.get().date();
        LocalDate today = LocalDate.now(clock);
        if (date.isAfter(today)) {
            errors.add(new FieldError("birthDate", "person.birth-date.future"));
            return null;
        }
        if (date.getYear() < today.getYear() - 120) {
            errors.add(new FieldError("birthDate", "person.birth-date.too-old"));
            return null;
        }
        return new BirthDate(date, precision);
    }

    private static void phone(String field, String value, List<PhoneNumber> phones, List<FieldError> errors) {
        String text = text(value);
        if (text == null) {
            return;
        }
        PhoneNumber.parse(text).ifPresentOrElse(phones::add, () -> errors.add(new FieldError(field, "person.phone.invalid")));
    }

    private Consent consent(PersonInput input, List<FieldError> errors) {
        String status = text(input.consent());
        if (status == null) {
            return null;
        }
        Optional<Consent.Status> parsed = enumValue(Consent.Status.class, status, "consent", errors);
        LocalDate date = LocalDate.now(clock);
        if (text(input.consentDate()) != null) {
            try {
                date = LocalDate.parse(input.consentDate().strip());
                if (date.isAfter(LocalDate.now(clock))) {
                    errors.add(new FieldError("consentDate", "person.consent-date.future"));
                }
            } catch (DateTimeException e) {
                errors.add(new FieldError("consentDate", "person.consent-date.invalid"));
            }
        }
        Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);
        for (String purpose : orEmpty(input.consentPurposes())) {
            if (purpose != null && !purpose.isBlank()) {
                enumValue(ConsentPurpose.class, purpose, "consentPurposes", errors).ifPresent(purposes::add);
            }
        }
        LocalDate given = date;
        return parsed.map(s -> new Consent(s, given, CurrentUser.name(), purposes)).orElse(null);
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value, String field, List<FieldError> errors) {
        String text = text(value);
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "error.unknown-value", text.length() > 40 ? text.substring(0, 40) : text));
            return Optional.empty();
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Trimmed text without control characters, or null when nothing is left. */
    static String text(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = Folding.collapseSpaces(CONTROL.matcher(value).replaceAll(""));
        return cleaned.isEmpty() ? null : cleaned;
    }
}
