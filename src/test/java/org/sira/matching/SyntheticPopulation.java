package org.sira.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded, deterministic population of Malian returnees with known truth. Surnames and given names
 * follow skewed frequencies (a few very common), places come from the list of Malian communes, and a
 * person seen again is re-registered with the kinds of change seen at reception: another spelling, a
 * typo, capitals, columns swapped, a year instead of a date, a new phone, missing fields. Different
 * people share common names, villages, and siblings share father, mother and village.
 */
final class SyntheticPopulation {

    /** The truth about one person. */
    record Person(int personId, String family, String given, String sex, LocalDate birth, String father,
            String mother, String region, String commune, String village, String phone, String document) {
    }

    /** A registration together with the person it really is. */
    record Labelled(MatchRecord record, int personId) {
    }

    /** A registry and a manifest of arrivals, some of whom are already in the registry. */
    record Scenario(List<Labelled> registry, List<Labelled> manifest) {
    }

    /** The reference communes Sira itself ships (copied from shared/data/reference). */
    private static final String COMMUNES = "/reference/mali-communes-before-2023.csv";

    // Weights are rough shares per thousand; the top few dominate as they do in western Mali.
    private static final Object[][] SURNAMES = {
        {"Traoré", 90, "Traore", "TRAORE", "Trawore", "Tarawele"}, {"Coulibaly", 75, "Kulibali", "Coulibali", "Kouloubali"},
        {"Diarra", 60, "Jara", "Djara", "Diara"}, {"Keïta", 45, "Keita", "Kéita"}, {"Diallo", 40, "Jallo", "Dialo"},
        {"Koné", 38, "Kone"}, {"Touré", 32, "Toure"}, {"Cissé", 30, "Sissé", "Cisse"}, {"Sangaré", 25, "Sangare"},
        {"Sidibé", 25, "Sidibe"}, {"Dembélé", 24, "Dembele"}, {"Konaté", 20, "Konate"}, {"Kanté", 18, "Kante"},
        {"Doumbia", 18, "Dumbia"}, {"Camara", 18, "Kamara"}, {"Maïga", 17, "Maiga"}, {"Sissoko", 15, "Sissokho"},
        {"Cissoko", 10, "Cissokho"}, {"Samaké", 12, "Samake"}, {"Fofana", 12, "Fofanah"}, {"Dicko", 9, "Diko"},
        {"Guindo", 9}, {"Dolo", 7}, {"Tounkara", 8, "Tunkara"}, {"Soumaré", 9, "Soumare"}, {"Bathily", 7, "Bathili"},
        {"Diakité", 14, "Diakite", "Jakite"}, {"Sylla", 10, "Silla"}, {"Sow", 8}, {"Bah", 7, "Ba"},
        {"Haïdara", 8, "Haidara"}, {"Ballo", 7}, {"Bagayoko", 9, "Bagayogo"}, {"Dao", 6}, {"Sanogo", 10},
        {"Ouattara", 8, "Wattara"}, {"Berthé", 6, "Berthe"}, {"Togola", 6}, {"Théra", 5, "Thera"}, {"Goïta", 5, "Goita"},
        {"Kouyaté", 6, "Kouyate"}, {"Niaré", 5, "Niare"}, {"Dramé", 5, "Drame"}, {"Sacko", 6, "Sako"},
        {"Simpara", 3}, {"Diabaté", 5, "Diabate"}, {"Magassa", 4}, {"Fané", 4, "Fane"}, {"Tangara", 4}, {"Mariko", 4},
        {"Sogoba", 3}, {"Kassambara", 3}, {"Dagnoko", 2}, {"Mallé", 3, "Malle"}, {"Diawara", 6, "Jawara"},
        {"Kamissoko", 3}, {"Dansoko", 2}, {"Sinayoko", 2}, {"Kanouté", 3, "Kanoute"}, {"Tamboura", 3},
        {"Yattara", 2, "Yatara"}, {"Niang", 2}, {"Tall", 2}, {"Macalou", 2}, {"Danioko", 2}, {"Koïta", 2, "Koita"},
        {"Guissé", 2, "Guisse"}, {"Baradji", 2, "Baradgi"}, {"Gakou", 2}, {"Timbiné", 2, "Timbine"},
    };
    private static final Object[][] MALE = {
        {"Moussa", 60, "Musa", "Mousa"}, {"Mamadou", 60, "Mahamadou", "Mohamed", "Mamadu"}, {"Amadou", 35, "Ahmadou"},
        {"Ibrahim", 30, "Ibrahima", "Brahima"}, {"Oumar", 30, "Omar"}, {"Seydou", 30, "Saïdou", "Seidou"},
        {"Adama", 35}, {"Bakary", 30, "Bakari"}, {"Souleymane", 25, "Soulemane", "Suleiman"},
        {"Boubacar", 25, "Aboubacar", "Aboubakar"}, {"Abdoulaye", 25, "Abdoulahi"}, {"Ousmane", 22, "Oussmane", "Usman"},
        {"Drissa", 18, "Idrissa"}, {"Issa", 15}, {"Yacouba", 15, "Yakouba"}, {"Siaka", 12}, {"Lassana", 12, "Lassina"},
        {"Modibo", 10}, {"Sékou", 12, "Sekou"}, {"Cheick", 10, "Cheickh", "Sheikh"}, {"Salif", 10, "Salifou"},
        {"Youssouf", 10, "Youssoufa"}, {"Alou", 8}, {"Daouda", 8, "Dawda"}, {"Mamoudou", 8}, {"Karim", 6},
        {"Kalifa", 8, "Khalifa"}, {"Tiémoko", 6, "Tiemoko"}, {"Zoumana", 5}, {"Hamidou", 5}, {"Bourama", 6},
        {"Dramane", 6}, {"Fousseyni", 6, "Fousseini"}, {"Mahamane", 3}, {"Nouhoum", 5, "Nouhou"},
        {"Soumaïla", 6, "Soumaila"}, {"Samba", 6}, {"Demba", 5}, {"Hady", 3}, {"Madou", 4}, {"Lamine", 6},
        {"Kassim", 4}, {"Mory", 3}, {"Bréhima", 5, "Brehima"}, {"Gaoussou", 4}, {"Tidiani", 3}, {"Babou", 2},
        {"Tiéfing", 2}, {"Makan", 3}, {"Sidiki", 4}, {"Bassirou", 2}, {"Aliou", 4}, {"Abdourahamane", 2},
    };
    private static final Object[][] FEMALE = {
        {"Fatoumata", 50, "Fatouma", "Fatimata"}, {"Aminata", 40, "Aminatou"}, {"Mariam", 35, "Mariama", "Maryam"},
        {"Kadiatou", 30, "Kadidia", "Kadidiatou"}, {"Awa", 25, "Hawa"}, {"Oumou", 20}, {"Aïssata", 20, "Aissata", "Aïcha"},
        {"Djénéba", 15, "Djeneba"}, {"Rokia", 15, "Rokiatou"}, {"Bintou", 15}, {"Assétou", 12, "Assetou"},
        {"Salimata", 10}, {"Maïmouna", 10, "Maimouna"}, {"Fanta", 12}, {"Nana", 8}, {"Sitan", 6}, {"Korotoumou", 5},
        {"Tenin", 5}, {"Safiatou", 6}, {"Ramata", 6}, {"Adiaratou", 4}, {"Sali", 4}, {"Ami", 6}, {"Kadi", 4},
        {"Habibatou", 3}, {"Massitan", 3}, {"Nassira", 2}, {"Coumba", 5, "Koumba"},
    };
    private static final String[] SYLLABLES = {"ba", "ko", "di", "ma", "se", "ni", "to", "ka", "la", "sa", "fa",
        "na", "do", "gu", "ri", "be", "so", "ya", "ta", "ke", "mo", "ra", "dia", "kou", "sou", "bou", "ga", "fi"};

    private final Random random;
    private final List<String[]> communes = new ArrayList<>();
    private final double[] surnameCumulative;
    private final double[] maleCumulative;
    private final double[] femaleCumulative;
    private int nextPersonId;
    private int nextRecordId;

    SyntheticPopulation(long seed) {
        this.random = new Random(seed);
        loadCommunes();
        surnameCumulative = cumulative(SURNAMES);
        maleCumulative = cumulative(MALE);
        femaleCumulative = cumulative(FEMALE);
    }

    private void loadCommunes() {
        try {
            List<String> lines;
            try (var in = SyntheticPopulation.class.getResourceAsStream(COMMUNES)) {
                if (in == null) {
                    throw new IOException("not on the classpath");
                }
                lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            }
            for (String line : lines.subList(1, lines.size())) {
                String[] parts = line.split(",");
                if (parts.length == 3) {
                    // Most returnees come from Kayes and Koulikoro: weight those regions up.
                    int copies = parts[0].equals("Kayes") ? 6 : parts[0].equals("Koulikoro") ? 2 : 1;
                    for (int i = 0; i < copies; i++) {
                        communes.add(parts);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMUNES, e);
        }
    }

    private static double[] cumulative(Object[][] table) {
        double[] c = new double[table.length];
        double sum = 0;
        for (int i = 0; i < table.length; i++) {
            sum += ((Number) table[i][1]).doubleValue();
            c[i] = sum;
        }
        for (int i = 0; i < c.length; i++) {
            c[i] /= sum;
        }
        return c;
    }

    private Object[] pick(Object[][] table, double[] cumulative) {
        double x = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (x <= cumulative[i]) {
                return table[i];
            }
        }
        return table[table.length - 1];
    }

    // ---- people ------------------------------------------------------------------------------------

    Person newPerson() {
        String sex = random.nextDouble() < 0.82 ? "M" : "F";
        String family = (String) pick(SURNAMES, surnameCumulative)[0];
        String[] place = communes.get(random.nextInt(communes.size()));
        String village = village(place[2]);
        String mother = pick(FEMALE, femaleCumulative)[0] + " " + pick(SURNAMES, surnameCumulative)[0];
        return person(sex, family, (String) pick(MALE, maleCumulative)[0], mother, place, village,
                1965 + (int) Math.min(43, Math.abs(random.nextGaussian() * 9) + random.nextInt(14)));
    }

    /** A brother or sister: same family, father, mother and village, another first name and year. */
    Person siblingOf(Person p) {
        String sex = random.nextDouble() < 0.8 ? "M" : "F";
        String[] place = {p.region(), p.commune(), p.village()};
        int year = p.birth().getYear() + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(6));
        Person sibling;
        do {
            sibling = person(sex, p.family(), p.father(), p.mother(), place, p.village(), year);
        } while (sibling.given().equals(p.given()));
        return sibling;
    }

    /** Someone else with the same name, often from the same area. */
    Person namesakeOf(Person p) {
        Person other = newPerson();
        String[] place = random.nextBoolean() ? new String[] {p.region(), p.commune()} : new String[] {other.region(), other.commune()};
        String village = random.nextDouble() < 0.3 ? p.village() : other.village();
        return new Person(other.personId(), p.family(), p.given(), p.sex(), other.birth(), other.father(), other.mother(),
                place[0], place[1], village, other.phone(), other.document());
    }

    /** Someone else with the same name from the same village: a cousin, perhaps named after the same grandfather. */
    Person villageNamesakeOf(Person p, boolean sameFather) {
        Person other = newPerson();
        LocalDate birth = other.birth().withYear(p.birth().getYear() + random.nextInt(9) - 4);
        return new Person(other.personId(), p.family(), p.given(), p.sex(), birth, sameFather ? p.father() : other.father(),
                other.mother(), p.region(), p.commune(), p.village(), other.phone(), other.document());
    }

    /** Another known spelling of a family name, or the name itself. */
    String surnameVariant(String family) {
        return variant(SURNAMES, family);
    }

    /** Another known spelling of a given name of that sex, or the name itself. */
    String givenNameVariant(String sex, String given) {
        return variant(sex.equals("M") ? MALE : FEMALE, given);
    }

    /** A slip of the keyboard in a word. */
    String slip(String word) {
        return typo(word);
    }

    /** The next free record id. */
    String nextRecordId() {
        return "r" + nextRecordId++;
    }

    private Person person(String sex, String family, String father, String mother, String[] place, String village,
            int year) {
        String given = (String) pick(sex.equals("M") ? MALE : FEMALE, sex.equals("M") ? maleCumulative : femaleCumulative)[0];
        LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String phone = (random.nextBoolean() ? "7" : "6") + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000));
        String document = random.nextDouble() < 0.3 ? String.format(Locale.ROOT, "%05d%09dA", 10000 + random.nextInt(90000),
                random.nextInt(1_000_000_000)) : null;
        return new Person(nextPersonId++, family, given, sex, birth, father, mother, place[0], place[1], village, phone,
                document);
    }

    private String village(String commune) {
        // A handful of villages per commune, named deterministically from the commune.
        Random byCommune = new Random(commune.hashCode());
        int count = 3 + byCommune.nextInt(6);
        int chosen = random.nextInt(count);
        for (int i = 0; i < chosen; i++) {
            byCommune.nextInt();
        }
        Random naming = new Random(commune.hashCode() * 31L + chosen);
        StringBuilder name = new StringBuilder();
        int syllables = 2 + naming.nextInt(2);
        for (int i = 0; i < syllables; i++) {
            name.append(SYLLABLES[naming.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    // ---- registrations -------------------------------------------------------------------------------

    /** A careful first registration at the centre. */
    MatchRecord firstRegistration(Person p) {
        MatchRecord.Builder b = MatchRecord.builder("r" + nextRecordId++).name(p.family(), p.given()).sex(p.sex());
        double date = random.nextDouble();
        if (date < 0.45) {
            b.born(p.birth(), "DAY");
        } else if (date < 0.8) {
            b.bornIn(p.birth().getYear());
        } else if (date < 0.95) {
            b.bornAround(p.birth().getYear() + random.nextInt(3) - 1);
        }
        if (random.nextDouble() < 0.85) {
            b.father(p.father());
        }
        if (random.nextDouble() < 0.65) {
            b.mother(p.mother());
        }
        b.origin(p.region(), random.nextDouble() < 0.9 ? p.commune() : null, random.nextDouble() < 0.8 ? p.village() : null);
        if (random.nextDouble() < 0.75) {
            b.phone(p.phone());
        }
        if (p.document() != null && random.nextDouble() < 0.6) {
            b.document(p.document());
        }
        return b.build();
    }

    /** The same person registered again, months or years later, by someone else, perhaps from a manifest. */
    MatchRecord returnRegistration(Person p) {
        String family = random.nextDouble() < 0.45 ? variant(SURNAMES, p.family()) : p.family();
        String given = random.nextDouble() < 0.4 ? variant(p.sex().equals("M") ? MALE : FEMALE, p.given()) : p.given();
        if (random.nextDouble() < 0.12) {
            if (random.nextBoolean()) {
                family = typo(family);
            } else {
                given = typo(given);
            }
        }
        if (random.nextDouble() < 0.03) {
            given = given + " dit " + pick(MALE, maleCumulative)[0];
        }
        MatchRecord.Builder b = MatchRecord.builder("r" + nextRecordId++);
        double layout = random.nextDouble();
        if (layout < 0.25) {
            b.name(null, family.toUpperCase(Locale.ROOT) + " " + given);
        } else if (layout < 0.30) {
            b.name(given, family);
        } else if (layout < 0.40) {
            b.name(family.toUpperCase(Locale.ROOT), given.toUpperCase(Locale.ROOT));
        } else {
            b.name(family, given);
        }
        if (random.nextDouble() < 0.95) {
            b.sex(p.sex());
        }
        double date = random.nextDouble();
        if (date < 0.3) {
            b.born(p.birth(), "DAY");
        } else if (date < 0.35) {
            LocalDate d = p.birth();
            b.born(d.getDayOfMonth() <= 12 ? LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue()) : d, "DAY");
        } else if (date < 0.65) {
            b.bornIn(p.birth().getYear());
        } else if (date < 0.72) {
            b.born(LocalDate.of(p.birth().getYear(), 1, 1), "DAY");
        } else if (date < 0.88) {
            b.bornAround(p.birth().getYear() + random.nextInt(5) - 2);
        }
        if (random.nextDouble() < 0.7) {
            b.father(random.nextDouble() < 0.3 ? variant(MALE, p.father()) : p.father());
        }
        if (random.nextDouble() < 0.5) {
            b.mother(p.mother());
        }
        b.origin(random.nextDouble() < 0.9 ? p.region() : null, random.nextDouble() < 0.75 ? p.commune() : null,
                random.nextDouble() < 0.7 ? p.village() : null);
        double phone = random.nextDouble();
        if (phone < 0.35) {
            b.phone("+223 " + p.phone());
        } else if (phone < 0.7) {
            b.phone((random.nextBoolean() ? "7" : "9") + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000)));
        }
        if (p.document() != null && random.nextDouble() < 0.4) {
            b.document(p.document());
        }
        return b.build();
    }

    /** The same registration typed a second time (a double entry). */
    MatchRecord retyped(MatchRecord r) {
        return new MatchRecord("r" + nextRecordId++, r.familyName(), r.givenNames(), r.sex(), r.birthDate(),
                r.birthDatePrecision(), r.fatherGivenName(), r.motherName(), r.originRegion(), r.originCommune(),
                r.village(), r.phone(), r.documentNumber(), r.extraFields());
    }

    private String variant(Object[][] table, String name) {
        for (Object[] row : table) {
            if (row[0].equals(name) && row.length > 2) {
                return (String) row[2 + random.nextInt(row.length - 2)];
            }
        }
        return name;
    }

    private String typo(String word) {
        if (word.length() < 4) {
            return word;
        }
        StringBuilder s = new StringBuilder(word);
        int i = 1 + random.nextInt(word.length() - 2);
        switch (random.nextInt(4)) {
            case 0 -> s.deleteCharAt(i);
            case 1 -> s.insert(i, SYLLABLES[random.nextInt(SYLLABLES.length)].charAt(0));
            case 2 -> s.setCharAt(i, "aeioukmnrst".charAt(random.nextInt(11)));
            default -> {
                char c = s.charAt(i);
                s.setCharAt(i, s.charAt(i + 1));
                s.setCharAt(i + 1, c);
            }
        }
        return s.toString();
    }

    // ---- scenarios ---------------------------------------------------------------------------------

    /**
     * A registry of {@code registrySize} records (some people registered twice before, some rows typed
     * twice) and a manifest of {@code manifestSize} arrivals of whom {@code returningShare} are in the
     * registry; among the newcomers are namesakes and siblings of registered people.
     */
    Scenario registryAndManifest(int registrySize, int manifestSize, double returningShare) {
        List<Person> people = new ArrayList<>();
        List<Labelled> registry = new ArrayList<>(registrySize);
        while (registry.size() < registrySize) {
            Person p = newPerson();
            people.add(p);
            MatchRecord first = firstRegistration(p);
            registry.add(new Labelled(first, p.personId()));
            double roll = random.nextDouble();
            if (roll < 0.08 && registry.size() < registrySize) {
                registry.add(new Labelled(returnRegistration(p), p.personId()));
            } else if (roll < 0.10 && registry.size() < registrySize) {
                registry.add(new Labelled(retyped(first), p.personId()));
            }
        }
        List<Labelled> manifest = new ArrayList<>(manifestSize);
        int returning = (int) Math.round(manifestSize * returningShare);
        for (int i = 0; i < returning; i++) {
            Person p = people.get(random.nextInt(people.size()));
            manifest.add(new Labelled(returnRegistration(p), p.personId()));
        }
        while (manifest.size() < manifestSize) {
            double roll = random.nextDouble();
            Person registered = people.get(random.nextInt(people.size()));
            Person p = roll < 0.15 ? namesakeOf(registered) : roll < 0.22 ? siblingOf(registered) : newPerson();
            manifest.add(new Labelled(random.nextBoolean() ? firstRegistration(p) : returnRegistration(p), p.personId()));
        }
        java.util.Collections.shuffle(manifest, random);
        return new Scenario(registry, manifest);
    }

    /** Registrations for a large registry, generated one at a time so that they need not all be held. */
    MatchRecord nextRegistryRecord() {
        Person p = newPerson();
        return random.nextDouble() < 0.1 ? returnRegistration(p) : firstRegistration(p);
    }
}
