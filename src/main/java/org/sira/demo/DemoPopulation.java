package org.sira.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.sira.people.BirthDate;
import org.sira.people.Consent;
import org.sira.people.ConsentPurpose;
import org.sira.people.DatePrecision;
import org.sira.people.DocumentKind;
import org.sira.people.IdentityDocument;
import org.sira.people.Origin;
import org.sira.people.PersonDetails;
import org.sira.people.PhoneNumber;
import org.sira.people.Sex;
import org.sira.people.Vulnerability;
import org.sira.reference.AdminDivision;

/**
 * Invented persons that look like the registry of a Bamako association: common Malian surnames
 * far more frequent than rare ones, mostly young men, dates of birth often known only by year.
 * The same seed always gives the same persons.
 */
public final class DemoPopulation {

    // Weights roughly follow how common the names are: many Traoré, few Bathily.
    private static final String[] SURNAMES = {"Traoré", "Traoré", "Traoré", "Traoré", "Coulibaly", "Coulibaly",
            "Coulibaly", "Diarra", "Diarra", "Keïta", "Keïta", "Koné", "Koné", "Diallo", "Diallo", "Cissé", "Touré",
            "Touré", "Sidibé", "Sangaré", "Konaté", "Kanté", "Dembélé", "Doumbia", "Camara", "Sylla", "Maïga",
            "Haïdara", "Samaké", "Sissoko", "Fofana", "Dicko", "Guindo", "Dolo", "Tounkara", "Soumaré", "Bathily",
            "Kouyaté", "Diakité", "Ballo", "Bagayoko", "Sacko", "Kamissoko", "Diawara", "Cissoko", "Tangara"};
    private static final String[] MEN = {"Moussa", "Moussa", "Mamadou", "Mamadou", "Mahamadou", "Ibrahim", "Brahima",
            "Seydou", "Oumar", "Adama", "Adama", "Boubacar", "Aboubacar", "Ousmane", "Souleymane", "Abdoulaye",
            "Bakary", "Drissa", "Sékou", "Yacouba", "Issa", "Lassana", "Modibo", "Cheick", "Amadou", "Siaka",
            "Daouda", "Mory", "Salif", "Karim", "Hamidou", "Youssouf", "Alassane", "Fousseyni", "Tiémoko"};
    private static final String[] WOMEN = {"Fatoumata", "Fatoumata", "Aminata", "Mariam", "Awa", "Kadiatou",
            "Oumou", "Djénéba", "Aïssata", "Hawa", "Rokia", "Salimata", "Assitan", "Kadidia", "Fanta", "Nana",
            "Bintou", "Sira", "Maïmouna", "Korotoumou"};
    private static final String[] VILLAGES = {"Sirakoro", "Kalaban", "Banankoro", "Dioro", "Niono", "Siby",
            "Ouéléssébougou", "Diéma", "Nioro", "Yélimané", "Kolokani", "Massantola", "Dialakoroba", "Bougoula"};
    private static final String[] LANGUAGES = {"bm", "bm", "bm", "fr", "snk", "ff", "son", "dgo", "tmh", "emk"};

    private final Random random;
    private final List<AdminDivision> communes;
    private final java.util.function.Function<AdminDivision, AdminDivision> parent;

    public DemoPopulation(long seed, List<AdminDivision> communes,
                          java.util.function.Function<AdminDivision, AdminDivision> parent) {
        this.random = new Random(seed);
        this.communes = communes;
        this.parent = parent;
    }

    public List<PersonDetails> next(int count) {
        List<PersonDetails> persons = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            persons.add(next());
        }
        return persons;
    }

    public PersonDetails next() {
        Sex sex = random.nextInt(100) < 86 ? Sex.M : Sex.F;
        String family = pick(SURNAMES);
        String given = pick(sex == Sex.M ? MEN : WOMEN);
        if (random.nextInt(6) == 0) {
            given = given + " " + pick(sex == Sex.M ? MEN : WOMEN);
        }
        List<String> aliases = random.nextInt(12) == 0 ? List.of(pick(MEN)) : List.of();
        AdminDivision commune = communes.get(random.nextInt(communes.size()));
        AdminDivision cercle = parent.apply(commune);
        AdminDivision region = cercle == null ? null : parent.apply(cercle);
        Origin origin = new Origin(region == null ? null : region.code(), cercle == null ? null : cercle.code(),
                commune.code(), null, null, random.nextInt(3) == 0 ? pick(VILLAGES) : null);
        List<PhoneNumber> phones = random.nextInt(10) < 7
                ? List.of(new PhoneNumber("+223" + (60 + random.nextInt(40)) + String.format("%06d", random.nextInt(1_000_000))))
                : List.of();
        List<IdentityDocument> documents = random.nextInt(10) < 4
                ? List.of(new IdentityDocument(random.nextBoolean() ? DocumentKind.NINA : DocumentKind.LAISSEZ_PASSER,
                        String.format("%015d", Math.abs(random.nextLong()) % 1_000_000_000_000_000L)))
                : List.of();
        Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);
        if (random.nextInt(25) == 0) {
            vulnerabilities.add(sex == Sex.F && random.nextBoolean() ? Vulnerability.PREGNANT : Vulnerability.INJURY);
        }
        if (random.nextInt(80) == 0) {
            vulnerabilities.add(Vulnerability.CHRONIC_ILLNESS);
        }
        Consent consent = random.nextInt(10) < 8
                ? new Consent(Consent.Status.GIVEN, LocalDate.of(2024, 1, 1).plusDays(random.nextInt(600)), "demo",
                EnumSet.of(ConsentPurpose.ASSISTANCE, ConsentPurpose.FOLLOW_UP, ConsentPurpose.ANONYMOUS_STATISTICS))
                : null;
        return new PersonDetails(family, given, aliases, sex, birthDate(), pick(MEN),
                pick(WOMEN) + " " + pick(SURNAMES), origin, phones, documents, Set.of(pick(LANGUAGES)),
                vulnerabilities, consent, null, false);
    }

    private static final String[][] RETURN_COUNTRIES = {{"DZ", "BORDER_REJECTION"}, {"DZ", "FORCED_REMOVAL"},
            {"LY", "ASSISTED_VOLUNTARY"}, {"LY", "ASSISTED_VOLUNTARY"}, {"NE", "ASSISTED_VOLUNTARY"},
            {"MR", "BORDER_REJECTION"}, {"MA", "FORCED_REMOVAL"}, {"SN", "SPONTANEOUS_VOLUNTARY"},
            {"CI", "SPONTANEOUS_VOLUNTARY"}, {"GA", "FORCED_REMOVAL"}, {"AO", "FORCED_REMOVAL"}, {"GQ", "FORCED_REMOVAL"},
            {"SA", "FORCED_REMOVAL"}, {"FR", "FORCED_REMOVAL"}, {"ES", "FORCED_REMOVAL"}, {"IT", "ASSISTED_VOLUNTARY"},
            {"DE", "ASSISTED_VOLUNTARY"}, {"US", "FORCED_REMOVAL"}};
    private static final String[] POINTS = {"Aéroport Bamako-Sénou", "Aéroport Bamako-Sénou", "Gao", "Gogui", "Kayes"};

    /** One return of a demo person: where from, which kind, when (older returns more often forced removals). */
    public record DemoReturn(String kind, String country, LocalDate arrivalDate, String point) {
    }

    /** One to three returns between 2010 and last year, oldest first. */
    public java.util.List<DemoReturn> returns() {
        int count = random.nextInt(10) < 7 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
        java.util.List<DemoReturn> returns = new ArrayList<>();
        LocalDate date = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(365 * 8));
        for (int i = 0; i < count; i++) {
            String[] pair = RETURN_COUNTRIES[random.nextInt(RETURN_COUNTRIES.length)];
            returns.add(new DemoReturn(pair[1], pair[0], date, POINTS[random.nextInt(POINTS.length)]));
            date = date.plusDays(200 + random.nextInt(1200));
            if (date.getYear() >= 2026) {
                break;
            }
        }
        return returns;
    }

    private BirthDate birthDate() {
        int year = 1965 + (int) Math.round(Math.abs(random.nextGaussian()) * 9) + random.nextInt(25);
        year = Math.min(year, 2008);
        int kind = random.nextInt(10);
        if (kind < 4) {
            return new BirthDate(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)), DatePrecision.DAY);
        }
        if (kind < 5) {
            return new BirthDate(LocalDate.of(year, 1 + random.nextInt(12), 1), DatePrecision.MONTH);
        }
        return BirthDate.ofYear(year, kind >= 8);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
