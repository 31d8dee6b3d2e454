package org.sira.reports.internal;

import org.sira.reports.OpenDataDimension;
import org.sira.reports.OpenDataQuery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.sira.reference.Country;
import org.sira.reference.ReferenceData;
import org.sira.reports.internal.ReturnCombinations.Combination;

/**
 * The cells of an open-data export, one per period and combination of the dimensions asked, and
 * for each period the sums an outsider knows: the total and the breakdowns that the statistics
 * endpoint publishes for that period (by kind, continent, country, sex, region of origin), each
 * mapped to the dimensions of the export that determine it; plus the lines of the table itself.
 * A breakdown by a dimension the export does not have tells nothing about its cells beyond the
 * total (the other dimension is summed over in every cell), so it is left out.
 */
public final class OpenDataCells {

    private static final List<String> AGE_BANDS = List.of("0-17", "18-24", "25-34", "35-44", "45+", OpenDataDimension.UNKNOWN);

    public record Cell(String period, List<String> values, long count) {
    }

    private final List<OpenDataDimension> by;
    private final List<Cell> cells;
    private final Map<String, String> continentOfCountry = new HashMap<>();

    public OpenDataCells(OpenDataQuery query, List<Combination> combinations, ReferenceData reference) {
        this.by = query.by();
        OriginRegions regions = new OriginRegions(reference);
        List<String> regionKeys = new ArrayList<>();
        for (Combination c : combinations) {
            regionKeys.add(regions.key(c.regionCode(), c.regionText(), c.count()));
        }
        Map<List<String>, Long> counts = new HashMap<>();
        for (int i = 0; i < combinations.size(); i++) {
            Combination c = combinations.get(i);
            String country = reference.country(c.countryFrom()).map(Country::alpha3).orElse(c.countryFrom());
            String continent = reference.country(c.countryFrom()).map(k -> k.continent().name()).orElse("UNKNOWN");
            continentOfCountry.put(country, continent);
            String region = regionKeys.get(i) == null ? OpenDataDimension.UNKNOWN : regions.name(regionKeys.get(i));
            List<String> key = new ArrayList<>();
            key.add(query.period().label(c.month()));
            for (OpenDataDimension dimension : by) {
                key.add(switch (dimension) {
                    case RETURN_KIND -> c.returnKind();
                    case COUNTRY_FROM -> country;
                    case CONTINENT -> continent;
                    case SEX -> c.sex() == null ? OpenDataDimension.UNKNOWN : c.sex();
                    case AGE_BAND -> org.sira.shared.AgeBand.of(c.age()).label();
                    case ORIGIN_REGION -> region;
                });
            }
            counts.merge(key, c.count(), Long::sum);
        }
        cells = counts.entrySet().stream()
                .map(e -> new Cell(e.getKey().get(0), e.getKey().subList(1, e.getKey().size()), e.getValue()))
                .sorted(order()).toList();
    }

    public List<Cell> cells() {
        return cells;
    }

    /** The cells of each period, by their index in {@link #cells()}, periods in order. */
    public Map<String, List<Integer>> byPeriod() {
        Map<String, List<Integer>> periods = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            periods.computeIfAbsent(cells.get(i).period(), k -> new ArrayList<>()).add(i);
        }
        return periods;
    }

    /** The sums the statistics endpoint publishes for a period, over the given cells (indices local to that list). */
    public List<int[]> publishedSums(List<Integer> period) {
        List<int[]> sums = new ArrayList<>();
        sums.add(groups(period, cell -> "total").get(0));
        int kind = by.indexOf(OpenDataDimension.RETURN_KIND);
        int country = by.indexOf(OpenDataDimension.COUNTRY_FROM);
        int continent = by.indexOf(OpenDataDimension.CONTINENT);
        int sex = by.indexOf(OpenDataDimension.SEX);
        int region = by.indexOf(OpenDataDimension.ORIGIN_REGION);
        if (kind >= 0) {
            sums.addAll(groups(period, cell -> cell.values().get(kind)));
        }
        if (continent >= 0) {
            sums.addAll(groups(period, cell -> cell.values().get(continent)));
        } else if (country >= 0) {
            sums.addAll(groups(period, cell -> continentOfCountry.get(cell.values().get(country))));
        }
        if (country >= 0) {
            sums.addAll(groups(period, cell -> cell.values().get(country)));
        }
        if (sex >= 0) {
            sums.addAll(groups(period, cell -> cell.values().get(sex)));
        }
        if (region >= 0) {
            sums.addAll(groups(period, cell -> cell.values().get(region)));
        }
        return sums;
    }

    /** The lines of the period's table: for each dimension, the cells that agree on all the others. */
    public List<int[]> lines(List<Integer> period) {
        List<int[]> lines = new ArrayList<>();
        if (by.size() < 2) {
            return lines;
        }
        for (int d = 0; d < by.size(); d++) {
            int left = d;
            lines.addAll(groups(period, cell -> {
                List<String> others = new ArrayList<>(cell.values());
                others.remove(left);
                return String.join("\u0000", others);
            }));
        }
        return lines;
    }

    private List<int[]> groups(List<Integer> period, Function<Cell, String> key) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int local = 0; local < period.size(); local++) {
            groups.computeIfAbsent(key.apply(cells.get(period.get(local))), k -> new ArrayList<>()).add(local);
        }
        return groups.values().stream().map(g -> g.stream().mapToInt(Integer::intValue).toArray()).toList();
    }

    private Comparator<Cell> order() {
        Comparator<Cell> order = Comparator.comparing(Cell::period);
        for (int d = 0; d < by.size(); d++) {
            int index = d;
            Function<Cell, String> value = cell -> cell.values().get(index);
            order = by.get(d) == OpenDataDimension.AGE_BAND
                    ? order.thenComparing(cell -> AGE_BANDS.indexOf(value.apply(cell)))
                    : order.thenComparing(value);
        }
        return order;
    }
}
