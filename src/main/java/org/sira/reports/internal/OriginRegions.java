package org.sira.reports.internal;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.sira.reference.AdminDivision;
import org.sira.reference.ReferenceData;
import org.sira.shared.Folding;

/**
 * Names a return's region of origin the same way for every report: the reference's name when the
 * code or the text is known to it ("Bamako" counts under the region's name), else the text as
 * written, counted once whatever its case or accents under its commonest spelling.
 */
public final class OriginRegions {

    private final ReferenceData reference;
    private final Map<String, Map<String, Long>> spellings = new HashMap<>();

    public OriginRegions(ReferenceData reference) {
        this.reference = reference;
    }

    /** The key {@code n} returns count under until {@link #name} is asked; {@code null} when the region is not known. */
    public String key(String code, String text, long n) {
        Optional<AdminDivision> region = code != null ? reference.division(code) : reference.region(text);
        if (region.isPresent()) {
            return "=" + region.get().name();
        }
        if (text == null) {
            return null;
        }
        String folded = Folding.fold(text);
        spellings.computeIfAbsent(folded, k -> new HashMap<>()).merge(text, n, Long::sum);
        return "~" + folded;
    }

    /** The name a key is shown under, once every return has been keyed. */
    public String name(String key) {
        if (key.startsWith("=")) {
            return key.substring(1);
        }
        return spellings.get(key.substring(1)).entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey();
    }
}
