package org.sira.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.sira.matching.SyntheticPopulation.Labelled;
import org.sira.matching.SyntheticPopulation.Person;

/**
 * The "night conditions" profile of the synthetic population (issue 13): a registry where about a third
 * of the people are namesakes of someone registered before, most from the same village and half of
 * those with the same father's name, and a list typed
 * fast at night from what people say aloud: names written as heard or in Bambara orthography ("Jɛnɛba",
 * "Kulibali"), birth dates mostly missing or a year given one or two off, few phones, fewer documents.
 * The truth about every person is kept so that {@link #findable} can say which true links the data
 * allow to be found at all.
 */
final class NightConditions {

    private static final double NAMESAKE_SHARE = 0.35;

    private final SyntheticPopulation population;
    private final Random random;
    private final Map<Integer, Person> people = new HashMap<>();

    NightConditions(long seed) {
        this.population = new SyntheticPopulation(seed);
        this.random = new Random(seed * 7_919);
    }

    /** A registry of {@code registrySize} records and a night list of {@code listSize} rows, {@code returningShare} of them known. */
    SyntheticPopulation.Scenario registryAndList(int registrySize, int listSize, double returningShare) {
        List<Person> registered = new ArrayList<>();
        List<Labelled> registry = new ArrayList<>(registrySize);
        while (registry.size() < registrySize) {
            Person p = registered.isEmpty() || random.nextDouble() >= NAMESAKE_SHARE ? population.newPerson()
                    : namesakeOf(registered.get(random.nextInt(registered.size())));
            remember(p);
            registered.add(p);
            registry.add(new Labelled(population.firstRegistration(p), p.personId()));
            if (random.nextDouble() < 0.08 && registry.size() < registrySize) {
                registry.add(new Labelled(population.returnRegistration(p), p.personId()));
            }
        }
        List<Labelled> list = new ArrayList<>(listSize);
        int returning = (int) Math.round(listSize * returningShare);
        for (int i = 0; i < returning; i++) {
            Person p = registered.get(random.nextInt(registered.size()));
            list.add(new Labelled(nightRow(p), p.personId()));
        }
        while (list.size() < listSize) {
            Person known = registered.get(random.nextInt(registered.size()));
            double roll = random.nextDouble();
            Person p = roll < NAMESAKE_SHARE ? namesakeOf(known)
                    : roll < 0.45 ? population.siblingOf(known) : population.newPerson();
            remember(p);
            list.add(new Labelled(nightRow(p), p.personId()));
        }
        Collections.shuffle(list, random);
        return new SyntheticPopulation.Scenario(registry, list);
    }

    /** Most namesakes come from the same village, half of those with the same father's name. */
    private Person namesakeOf(Person known) {
        return random.nextDouble() < 0.6 ? population.villageNamesakeOf(known, random.nextBoolean()) : population.namesakeOf(known);
    }

    private void remember(Person p) {
        people.put(p.personId(), p);
    }

    /** One row of a list typed at night from what the person said. */
    MatchRecord nightRow(Person p) {
        String family = heard(population.surnameVariant(p.family()), 0.35);
        String given = heard(population.givenNameVariant(p.sex(), p.given()), 0.35);
        if (random.nextDouble() < 0.08) {
            family = population.slip(family);
        }
        MatchRecord.Builder b = MatchRecord.builder(population.nextRecordId());
        double layout = random.nextDouble();
        if (layout < 0.5) {
            b.name(null, family.toUpperCase(Locale.ROOT) + " " + given);
        } else if (layout < 0.6) {
            b.name(given, family);
        } else {
            b.name(family, given);
        }
        if (random.nextDouble() < 0.9) {
            b.sex(p.sex());
        }
        double date = random.nextDouble();
        int yearSaid = p.birth().getYear() + random.nextInt(5) - 2;
        if (date < 0.10) {
            b.born(p.birth(), "DAY");
        } else if (date < 0.45) {
            b.bornIn(yearSaid);
        } else if (date < 0.55) {
            b.bornAround(yearSaid);
        }
        if (random.nextDouble() < 0.5) {
            b.father(random.nextDouble() < 0.3 ? heard(p.father(), 0.5) : p.father());
        }
        if (random.nextDouble() < 0.35) {
            b.mother(heard(p.mother(), 0.3));
        }
        b.origin(random.nextDouble() < 0.8 ? p.region() : null, random.nextDouble() < 0.55 ? p.commune() : null,
                random.nextDouble() < 0.45 ? p.village() : null);
        double phone = random.nextDouble();
        if (phone < 0.10) {
            b.phone(p.phone());
        } else if (phone < 0.15) {
            b.phone("9" + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000)));
        }
        if (p.document() != null && random.nextDouble() < 0.05) {
            b.document(p.document());
        }
        return b.build();
    }

    /** The name written as heard: in Bambara orthography with {@code bambara} chance, else often phonetically. */
    private String heard(String name, double bambara) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split(" ")) {
            double roll = random.nextDouble();
            String written = roll < bambara ? bambara(word) : roll < bambara + 0.2 ? phonetic(word) : word;
            out.append(out.isEmpty() ? "" : " ").append(written);
        }
        return out.toString();
    }

    /** Bambara orthography: Djénéba → Jɛnɛba, Coulibaly → Kulibali, Ouattara → Watara, Cissé → Sisɛ. */
    static String bambara(String word) {
        String s = word.toLowerCase(Locale.ROOT).replace("ï", "i").replace("ë", "e");
        s = s.replaceAll("ou(?=[aeiéèo])", "w").replace("ou", "u");
        s = s.replace("dj", "j").replaceAll("di(?=[aeéèou])", "j");
        s = s.replace("qu", "k").replace("ch", "s").replace("c", "k").replace("gn", "ɲ").replace("ny", "ɲ");
        s = s.replaceAll("[éèê]", "ɛ").replaceAll("y$", "i");
        s = s.replaceAll("(.)\\1", "$1");
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Typed as heard by someone who does not know the usual spelling. */
    private String phonetic(String word) {
        String s = word.toLowerCase(Locale.ROOT);
        s = random.nextBoolean() ? s.replace("ou", "u") : s;
        s = random.nextBoolean() ? s.replaceAll("[éèê]", "e").replace("ï", "i") : s;
        s = random.nextBoolean() ? s.replaceAll("(.)\\1", "$1") : s;
        s = random.nextBoolean() ? s.replace("y", "i").replace("h", "") : s;
        return s.isEmpty() ? word : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    // ---- the oracle ------------------------------------------------------------------------------------

    /**
     * Whether the true link of {@code row} to {@code truth} can be found at all from the data: either the two
     * records share a phone or a document, or no record of another person in {@code sameNames} (the records of
     * people with the row's true names) agrees with the row on everything both of them say, within the noise the
     * generator adds (a year said one or two off, one more for an estimated age).
     */
    boolean findable(Labelled row, Labelled truth, List<Labelled> sameNames) {
        if (shareIdentifier(row.record(), truth.record())) {
            return true;
        }
        for (Labelled other : sameNames) {
            if (other.personId() != row.personId() && compatible(row, other)) {
                return false;
            }
        }
        return true;
    }

    /** The key under which {@link #findable} expects registry records to be grouped: the person's true names. */
    String trueNames(Labelled labelled) {
        Person p = people.get(labelled.personId());
        return p.family() + "|" + p.given();
    }

    private static boolean shareIdentifier(MatchRecord a, MatchRecord b) {
        return (a.phone() != null && b.phone() != null && digits(a.phone()).endsWith(digits(b.phone())))
                || (a.documentNumber() != null && a.documentNumber().equals(b.documentNumber()));
    }

    private static String digits(String phone) {
        String d = phone.replaceAll("\\D", "");
        return d.length() > 8 ? d.substring(d.length() - 8) : d;
    }

    private boolean compatible(Labelled row, Labelled other) {
        Person p = people.get(row.personId());
        Person q = people.get(other.personId());
        MatchRecord x = row.record();
        MatchRecord r = other.record();
        return p.family().equals(q.family()) && p.given().equals(q.given())
                && (x.sex() == null || r.sex() == null || p.sex().equals(q.sex()))
                && datesCompatible(x, r)
                && (x.fatherGivenName() == null || r.fatherGivenName() == null || p.father().equals(q.father()))
                && (x.motherName() == null || r.motherName() == null || p.mother().equals(q.mother()))
                && (x.originRegion() == null || r.originRegion() == null || p.region().equals(q.region()))
                && (x.originCommune() == null || r.originCommune() == null || p.commune().equals(q.commune()))
                && (x.village() == null || r.village() == null || p.village().equals(q.village()))
                && (x.documentNumber() == null || r.documentNumber() == null || x.documentNumber().equals(r.documentNumber()));
    }

    /** Whether two dates could be one person's, given how the generator blurs them. */
    private static boolean datesCompatible(MatchRecord x, MatchRecord r) {
        if (x.birthDate() == null || r.birthDate() == null) {
            return true;
        }
        LocalDate a = x.birthDate();
        LocalDate b = r.birthDate();
        if ("DAY".equals(x.birthDatePrecision()) && "DAY".equals(r.birthDatePrecision())) {
            boolean placeholder = a.getDayOfYear() == 1 || b.getDayOfYear() == 1;
            boolean swapped = a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue();
            return a.equals(b) || swapped || (placeholder && a.getYear() == b.getYear());
        }
        // A year said one or two off at night; an estimated age in the registry drifts by as much again.
        int tolerance = 2 + ("ESTIMATED".equals(r.birthDatePrecision()) ? 2 : 0);
        return Math.abs(a.getYear() - b.getYear()) <= tolerance;
    }
}
