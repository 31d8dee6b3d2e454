package org.sira.reference;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;


import org.sira.security.AuditLog;
import org.sira.security.CurrentUser;
import org.sira.shared.Folding;
import org.sira.shared.InvalidInputException;
import org.sira.shared.NotFoundException;
import org.sira.shared.StaleRecordException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up countries, divisions and languages by code or by name, ignoring case and accents
 * ("Segou" finds Ségou, "cote d'ivoire" finds Côte d’Ivoire). The lists are small and read on
 * every import row, so a snapshot is kept in memory and rebuilt after each edit.
 */
@Service
public class ReferenceData {

    /**
     * The ISO 3166-2:ML codes of the regions that existed before 2023, which partners' files use
     * as "codes"; Sira's own codes are built from the names.
     */
    private static final Map<String, String> ISO_3166_2 = Map.ofEntries(
            Map.entry("ML-1", "ML-KAYES"), Map.entry("ML-2", "ML-KOULIKORO"), Map.entry("ML-3", "ML-SIKASSO"),
            Map.entry("ML-4", "ML-SEGOU"), Map.entry("ML-5", "ML-MOPTI"), Map.entry("ML-6", "ML-TOMBOUCTOU"),
            Map.entry("ML-7", "ML-GAO"), Map.entry("ML-8", "ML-KIDAL"), Map.entry("ML-9", "ML-MENAKA"),
            Map.entry("ML-10", "ML-TAOUDENIT"), Map.entry("ML-BKO", "ML-DISTRICT-DE-BAMAKO"));

    /**
     * How regions are commonly written besides their reference names (folded): the capital alone for
     * the District, English and unaccented spellings. "Région de", "Region of"… in front are dropped first.
     */
    private static final Map<String, String> REGION_SPELLINGS = Map.of(
            "bamako", "ML-DISTRICT-DE-BAMAKO", "district of bamako", "ML-DISTRICT-DE-BAMAKO",
            "bamako district", "ML-DISTRICT-DE-BAMAKO", "timbuktu", "ML-TOMBOUCTOU",
            "taoudeni", "ML-TAOUDENIT", "taoudenni", "ML-TAOUDENIT");
    private static final Pattern THE = Pattern.compile("^the | the$");
    /** Read once: the file is part of Sira, not reference data an administrator edits. */
    private static final Map<String, String> OTHER_COUNTRY_NAMES = ReferenceFiles.otherCountryNames();
    private static final Pattern REGION_PREFIX = Pattern.compile("^(?:la )?(?:region|district)(?: de| du| of)? ");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private volatile Snapshot snapshot;

    ReferenceData(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private record Snapshot(List<Country> countries, Map<String, Country> countriesByKey,
                            Map<String, AdminDivision> divisionsByCode, Map<String, List<AdminDivision>> divisionsByName,
                            List<Language> languages, Map<String, List<String>> cerclesByNewRegion) {
    }

    public List<Country> countries() {
        return snapshot().countries();
    }

    /** By ISO alpha-2 or alpha-3 code, or by French or English name. */
    public Optional<Country> country(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        Map<String, Country> byKey = snapshot().countriesByKey();
        String folded = Folding.fold(codeOrName);
        Country country = byKey.get(folded);
        if (country == null) {
            // ISO's list writes "Gambia (the)", "Niger (the)"; people write "The Gambia".
            country = byKey.get(THE.matcher(folded).replaceAll(""));
        }
        return Optional.ofNullable(country);
    }

    /** Where returnees are met (the airport, the convoys' arrival towns), offered when a group is created. */
    public List<String> arrivalPoints() {
        return ReferenceFiles.ARRIVAL_POINTS;
    }

    public Optional<AdminDivision> division(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(snapshot().divisionsByCode().get(code));
    }

    /** A region by Sira's or ISO's code or by name; of homonyms, the region that existed before 2023 wins. */
    public Optional<AdminDivision> region(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        String code = codeOrName.strip().toUpperCase(Locale.ROOT);
        AdminDivision byCode = snapshot().divisionsByCode().get(ISO_3166_2.getOrDefault(code, code));
        if (byCode != null && byCode.level() == AdminDivision.Level.REGION) {
            return Optional.of(byCode);
        }
        Optional<AdminDivision> named = named(codeOrName, AdminDivision.Level.REGION)
                .min(Comparator.comparing(d -> d.sinceYear() == null ? 0 : d.sinceYear()));
        if (named.isPresent()) {
            return named;
        }
        String folded = Folding.fold(codeOrName);
        String bare = REGION_PREFIX.matcher(folded).replaceFirst("");
        String spelt = REGION_SPELLINGS.getOrDefault(folded, REGION_SPELLINGS.get(bare));
        if (spelt != null) {
            return Optional.ofNullable(snapshot().divisionsByCode().get(spelt));
        }
        return bare.equals(folded) ? Optional.empty() : named(bare, AdminDivision.Level.REGION)
                .min(Comparator.comparing(d -> d.sinceYear() == null ? 0 : d.sinceYear()));
    }

    /** A commune by name, preferring one in the given region when several share the name. */
    public Optional<AdminDivision> commune(String name, Optional<AdminDivision> region) {
        List<AdminDivision> communes = named(name, AdminDivision.Level.COMMUNE).toList();
        if (communes.size() <= 1 || region.isEmpty()) {
            return communes.stream().findFirst();
        }
        return communes.stream().filter(c -> isWithin(c, region.get().code())).findFirst()
                .or(() -> communes.stream().findFirst());
    }

    public boolean isWithin(AdminDivision division, String ancestorCode) {
        AdminDivision current = division;
        while (current != null) {
            if (current.code().equals(ancestorCode)) {
                return true;
            }
            current = current.parentCode() == null ? null : snapshot().divisionsByCode().get(current.parentCode());
        }
        // A 2023 region contains the cercles an admin linked to it.
        return division.level() != AdminDivision.Level.REGION && linkedCercles(ancestorCode).stream()
                .anyMatch(cercle -> isWithin(division, cercle));
    }

    public Optional<AdminDivision> parentOf(AdminDivision division) {
        return division(division.parentCode());
    }

    public List<AdminDivision> regions() {
        return snapshot().divisionsByCode().values().stream().filter(d -> d.level() == AdminDivision.Level.REGION)
                .sorted(Comparator.comparing((AdminDivision d) -> d.sinceYear() == null ? 0 : d.sinceYear())
                        .thenComparing(d -> Folding.fold(d.name())))
                .toList();
    }

    public List<AdminDivision> children(String parentCode) {
        return snapshot().divisionsByCode().values().stream().filter(d -> parentCode.equals(d.parentCode()))
                .sorted(Comparator.comparing(d -> Folding.fold(d.name()))).toList();
    }

    public List<Language> languages() {
        return snapshot().languages();
    }

    public List<String> linkedCercles(String regionCode) {
        return snapshot().cerclesByNewRegion().getOrDefault(regionCode, List.of());
    }

    public record CercleLink(String regionCode, String cercleCode, String source, String recordedBy, OffsetDateTime recordedAt) {
    }

    public List<CercleLink> cercleLinks() {
        return jdbc.sql("SELECT * FROM region_cercle_link ORDER BY region_code, cercle_code")
                .query((rs, row) -> new CercleLink(rs.getString("region_code"), rs.getString("cercle_code"),
                        rs.getString("source"), rs.getString("recorded_by"), rs.getObject("recorded_at", OffsetDateTime.class)))
                .list();
    }

    /** Records that a 2023 region took over a cercle, with the source that says so. */
    @Transactional
    public void linkCercle(String regionCode, String cercleCode, String source) {
        AdminDivision region = division(regionCode).filter(d -> d.level() == AdminDivision.Level.REGION && d.sinceYear() != null)
                .orElseThrow(() -> InvalidInputException.of("regionCode", "reference.region-2023.required"));
        AdminDivision cercle = division(cercleCode).filter(d -> d.level() == AdminDivision.Level.CERCLE)
                .orElseThrow(() -> InvalidInputException.of("cercleCode", "reference.cercle.required"));
        if (source == null || source.isBlank() || source.length() > 300) {
            throw InvalidInputException.of("source", "reference.source.required");
        }
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM region_cercle_link WHERE cercle_code = :cercle")
                .param("cercle", cercle.code()).query(Long.class).single() > 0;
        if (exists) {
            throw InvalidInputException.of("cercleCode", "reference.cercle.already-linked");
        }
        jdbc.sql("""
                INSERT INTO region_cercle_link (region_code, cercle_code, source, recorded_by, recorded_at)
                VALUES (:region, :cercle, :source, :by, :at)""")
                .param("region", region.code()).param("cercle", cercle.code()).param("source", source.strip())
                .param("by", CurrentUser.name()).param("at", OffsetDateTime.now(clock)).update();
        audit.record("LINK", "ADMIN_DIVISION", region.code(), null, "cercle=" + cercle.code() + " source=" + source.strip());
        snapshot = null;
    }

    /** Corrects a division's name; its code, which records use, stays. */
    @Transactional
    public void rename(String code, int version, String newName) {
        AdminDivision division = division(code).orElseThrow(() -> new NotFoundException("ADMIN_DIVISION", code));
        if (newName == null || newName.isBlank() || newName.length() > 100) {
            throw InvalidInputException.of("name", "validation.NotBlank");
        }
        int changed = jdbc.sql("""
                UPDATE admin_division SET name = :name, search_key = :key, version = version + 1
                WHERE code = :code AND version = :version""")
                .param("name", newName.strip()).param("key", Folding.fold(newName)).param("code", code)
                .param("version", version).update();
        if (changed == 0) {
            throw new StaleRecordException("ADMIN_DIVISION", code, division);
        }
        audit.record("UPDATE", "ADMIN_DIVISION", code, "name=" + division.name(), "name=" + newName.strip());
        snapshot = null;
    }

    private Stream<AdminDivision> named(String name, AdminDivision.Level level) {
        if (name == null) {
            return Stream.empty();
        }
        return snapshot().divisionsByName().getOrDefault(Folding.fold(name), List.of()).stream()
                .filter(d -> d.level() == level);
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            current = load();
            snapshot = current;
        }
        return current;
    }

    private Snapshot load() {
        List<Country> countries = jdbc.sql("SELECT * FROM country ORDER BY name_fr")
                .query((rs, row) -> new Country(rs.getString("alpha2"), rs.getString("alpha3"), rs.getString("name_fr"),
                        rs.getString("name_en"), Continent.valueOf(rs.getString("continent"))))
                .list();
        Map<String, Country> countriesByKey = new HashMap<>();
        for (Country country : countries) {
            countriesByKey.put(Folding.fold(country.alpha2()), country);
            countriesByKey.put(Folding.fold(country.alpha3()), country);
            countriesByKey.putIfAbsent(Folding.fold(country.nameFr()), country);
            countriesByKey.putIfAbsent(Folding.fold(country.nameEn()), country);
            countriesByKey.putIfAbsent(Folding.fold(country.nameEn().replace("&", "and")), country);
        }
        Map<String, Country> byAlpha2 = countries.stream().collect(Collectors.toMap(Country::alpha2, c -> c));
        OTHER_COUNTRY_NAMES.forEach((name, alpha2) -> countriesByKey.putIfAbsent(Folding.fold(name), byAlpha2.get(alpha2)));
        List<AdminDivision> divisions = jdbc.sql("SELECT * FROM admin_division")
                .query((rs, row) -> new AdminDivision(rs.getString("code"), AdminDivision.Level.valueOf(rs.getString("level")),
                        rs.getString("name"), rs.getString("parent_code"), (Integer) rs.getObject("since_year"),
                        rs.getString("source"), rs.getInt("version")))
                .list();
        Map<String, AdminDivision> byCode = new HashMap<>();
        Map<String, List<AdminDivision>> byName = new HashMap<>();
        for (AdminDivision division : divisions) {
            byCode.put(division.code(), division);
            byName.computeIfAbsent(Folding.fold(division.name()), k -> new java.util.ArrayList<>()).add(division);
        }
        List<Language> languages = jdbc.sql("SELECT * FROM language ORDER BY name_fr")
                .query((rs, row) -> new Language(rs.getString("code"), rs.getString("name_fr"), rs.getString("name_en")))
                .list();
        Map<String, List<String>> cerclesByNewRegion = new HashMap<>();
        jdbc.sql("SELECT region_code, cercle_code FROM region_cercle_link ORDER BY cercle_code").query(rs -> {
            cerclesByNewRegion.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
        });
        return new Snapshot(countries, countriesByKey, byCode, byName, languages, cerclesByNewRegion);
    }

    public Collection<AdminDivision> allDivisions() {
        return snapshot().divisionsByCode().values();
    }
}
