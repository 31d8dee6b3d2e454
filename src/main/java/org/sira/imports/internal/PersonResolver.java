package org.sira.imports.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.sira.arrivals.CountedPerson;
import org.sira.imports.internal.RowReader.ReadRow;
import org.sira.matching.NameKeys;
import org.sira.people.Origin;
import org.sira.people.Person;
import org.sira.people.PersonBulkRegistration;
import org.sira.people.PersonDetails;
import org.sira.people.Sex;

/**
 * Who each row of an import is: a person found by the row's reference (or fingerprint) in the
 * registry or earlier in the file, or a new person registered with the batch. Also tells when a
 * reference seems to name two people.
 */
final class PersonResolver {

    /**
     * A person of the file met so far. {@code counted} is set for the persons this import created:
     * they can have no returns but the ones it wrote, and the statistics columns of their returns
     * need not be read back. {@code given}: which fields a returns file could complete the person
     * already has ({@link #NOT_READ} until known), so that rows bringing nothing new are not
     * compared with the stored person.
     */
    record Known(UUID id, CountedPerson counted, FirstSeen first, int given) {

        Known(UUID id, CountedPerson counted, FirstSeen first) {
            this(id, counted, first, NOT_READ);
        }

        Known withFirst(FirstSeen first) {
            return new Known(id, counted, first, given);
        }
    }

    /** {@link Known#given} of a person not read from the database yet. */
    static final int NOT_READ = -1;
    private static final int SEX = 1, BIRTH_DATE = 2, FATHER = 4, MOTHER = 8, ORIGIN = 16, PHONE = 32, DOCUMENT = 64;

    /** Which of the fields a returns file can complete these details hold. */
    static int given(PersonDetails details) {
        return (details.sex() != null ? SEX : 0) | (details.birthDate() != null ? BIRTH_DATE : 0)
                | (details.fatherGivenName() != null ? FATHER : 0) | (details.motherName() != null ? MOTHER : 0)
                | (!details.origin().equals(Origin.UNKNOWN) ? ORIGIN : 0) | (!details.phones().isEmpty() ? PHONE : 0)
                | (!details.documents().isEmpty() ? DOCUMENT : 0);
    }

    /**
     * Who the first row of a reference said the person was. A later row of the same reference that
     * gives another sex, or names that share no spelling with the first ones ("Kulibali Aoua" does
     * share with "Coulibaly Awa"), looks like another person under a mistyped reference. {@code details}
     * are kept only until the batch is written; after that the person is read back in the rare case
     * the names need a closer look.
     */
    record FirstSeen(int row, Sex sex, int familyName, int givenNames, PersonDetails details) {

        static FirstSeen of(ReadRow row) {
            return new FirstSeen(row.number(), row.person().sex(), row.familyNameKey(), row.givenNamesKey(), row.person());
        }

        FirstSeen written() {
            return new FirstSeen(row, sex, familyName, givenNames, null);
        }

        boolean otherSex(FirstSeen later) {
            return sex != null && later.sex != null && sex != later.sex;
        }

        /** Both names written otherwise, even without case and accents: worth comparing their spellings. */
        boolean otherWriting(FirstSeen later) {
            return differ(familyName, later.familyName) && differ(givenNames, later.givenNames);
        }

        private static boolean differ(int a, int b) {
            return a != 0 && b != 0 && a != b;
        }
    }

    private final PersonBulkRegistration persons;
    private final String reason;
    /** The first row of each reference met since the last batch was written. */
    private final Map<String, FirstSeen> unwritten = new HashMap<>();
    private final Map<String, Known> personOf = new HashMap<>();
    /** One copy of each region name as written, however many persons of the file come from it. */
    private final Map<String, String> regionTexts = new HashMap<>();

    PersonResolver(PersonBulkRegistration persons, String reason) {
        this.persons = persons;
        this.reason = reason;
    }

    Known known(ReadRow row) {
        return personOf.get(row.identity());
    }

    UUID personOf(ReadRow row) {
        return personOf.get(row.identity()).id();
    }

    void remember(ReadRow row, Known known) {
        personOf.put(row.identity(), known);
    }

    /**
     * Finds the persons of the batch's rows not met yet, and registers those nobody knows; gives the
     * persons it registered, by id, and notes the identities they were registered under in {@code createdNow}.
     */
    Map<UUID, Person> resolve(List<ReadRow> batch, Set<String> createdNow) {
        resolveKnownPersons(batch);
        Map<String, PersonDetails> newPersons = new LinkedHashMap<>();
        for (ReadRow row : batch) {
            if (!personOf.containsKey(row.identity())) {
                newPersons.putIfAbsent(row.identity(), row.person());
            }
        }
        List<String> identities = new ArrayList<>(newPersons.keySet());
        List<String> sourceKeys = identities.stream().map(id -> id.startsWith("key:") ? id.substring(4) : null).toList();
        List<Person> registered = persons.registerAll(new ArrayList<>(newPersons.values()), sourceKeys, reason);
        Map<UUID, Person> createdPersons = new HashMap<>();
        for (int i = 0; i < registered.size(); i++) {
            personOf.put(identities.get(i), new Known(registered.get(i).id(), counted(registered.get(i).details()), null,
                    given(registered.get(i).details())));
            createdNow.add(identities.get(i));
            createdPersons.put(registered.get(i).id(), registered.get(i));
        }
        return createdPersons;
    }

    /** The batch is written: the first rows of its references are remembered without their details. */
    void batchWritten() {
        unwritten.forEach((identity, first) -> personOf.computeIfPresent(identity,
                (k, known) -> known.first() == null ? known.withFirst(first.written()) : known));
        unwritten.clear();
    }

    /**
     * The earlier row of this row's reference when the two look like different people, 0 when not.
     * api-v1 makes a reference one person, so the row is still theirs; the user is told to check.
     */
    int rowOfOtherPersonUnderSameReference(ReadRow row) {
        if (row.externalRef() == null) {
            return 0;
        }
        FirstSeen seen = FirstSeen.of(row);
        Known known = personOf.get(row.identity());
        FirstSeen first = known != null && known.first() != null ? known.first() : unwritten.putIfAbsent(row.identity(), seen);
        if (first == null) {
            return 0;
        }
        boolean otherPerson = first.otherSex(seen);
        if (!otherPerson && first.otherWriting(seen)) {
            PersonDetails earlier = first.details() != null ? first.details()
                    : persons.find(List.of(known.id())).stream().findFirst().map(Person::details).orElse(row.person());
            otherPerson = shareNoSpelling(earlier, row.person());
        }
        if (first.sex() == null && seen.sex() != null) {
            // The first row that gives a sex is the one later rows are compared with.
            FirstSeen withSex = new FirstSeen(seen.row(), seen.sex(), first.familyName(), first.givenNames(), first.details());
            if (known != null && known.first() != null) {
                personOf.put(row.identity(), known.withFirst(withSex));
            } else {
                unwritten.put(row.identity(), withSex);
            }
        }
        return otherPerson ? first.row() : 0;
    }

    private static boolean shareNoSpelling(PersonDetails a, PersonDetails b) {
        Set<String> first = NameKeys.searchKeys(Objects.toString(a.familyName(), "") + " " + Objects.toString(a.givenNames(), ""));
        return NameKeys.searchKeys(Objects.toString(b.familyName(), "") + " " + Objects.toString(b.givenNames(), ""))
                .stream().noneMatch(first::contains);
    }

    void forgetUnwritten() {
        unwritten.clear();
    }

    private void resolveKnownPersons(List<ReadRow> batch) {
        Set<String> refs = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (ReadRow row : batch) {
            if (!personOf.containsKey(row.identity())) {
                if (row.externalRef() != null) {
                    refs.add(row.externalRef());
                } else {
                    keys.add(row.sourceKey());
                }
            }
        }
        persons.idsByExternalRef(refs).forEach((ref, id) -> personOf.put("ref:" + ref, new Known(id, null, null)));
        persons.idsBySourceKey(keys).forEach((key, id) -> personOf.put("key:" + key, new Known(id, null, null)));
    }

    /** The persons this batch created, and those of {@code ids} as stored now. */
    Map<UUID, Person> withStored(Map<UUID, Person> createdNow, Collection<UUID> ids) {
        Map<UUID, Person> all = new HashMap<>(createdNow);
        persons.find(new ArrayList<>(ids)).forEach(p -> all.put(p.id(), p));
        return all;
    }

    /** A person found by reference earlier but no longer stored was merged into someone else meanwhile. */
    static Person present(Map<UUID, Person> persons, UUID id) {
        Person person = persons.get(id);
        if (person == null) {
            throw new ConcurrentPersonChange(id);
        }
        return person;
    }

    CountedPerson counted(PersonDetails details) {
        CountedPerson counted = CountedPerson.of(details);
        String region = counted.originRegionText();
        return counted.withRegionText(region == null ? null : regionTexts.computeIfAbsent(region, r -> r));
    }
}
