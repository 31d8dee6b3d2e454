package org.sira.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Collects the family-level weights of one comparison (family name, parents, place of origin); reports
 * them to the sink scaled down when the cap applies.
 */
final class FamilyEvidence implements EvidenceSink {

    private final EvidenceSink sink;
    private final List<FieldEvidence> lines;
    private double positive;
    private double negative;

    FamilyEvidence(EvidenceSink sink) {
        this.sink = sink;
        this.lines = sink == null ? null : new ArrayList<>();
    }

    /** The sink the family lines are reported to, or null when nobody asked for an explanation. */
    EvidenceSink sinkOrNull() {
        return sink == null ? null : this;
    }

    void add(double weight) {
        if (weight > 0) {
            positive += weight;
        } else {
            negative += weight;
        }
    }

    @Override
    public void add(String field, Agreement agreement, double weight, String detail, List<String> values) {
        if (lines == null) {
            return;
        }
        lines.add(new FieldEvidence(field, agreement, weight, detail, values));
    }

    /** The most {@link #total} could come to once {@code origin} and parents weighing at most {@code parents} are added. */
    double ceilingWith(double origin, double parents, double cap) {
        return Math.min(positive + Math.max(origin, 0) + parents, cap) + negative + Math.min(origin, 0);
    }

    double total(double cap) {
        double scale = positive > cap ? cap / positive : 1;
        if (sink != null) {
            for (FieldEvidence line : lines) {
                double w = line.weight();
                String detail = line.detail();
                if (w > 0 && scale < 1) {
                    detail += String.format(Locale.ROOT, "; family evidence capped, x%.2f", scale);
                }
                sink.add(line.field(), line.agreement(), w > 0 ? w * scale : w, detail, line.values());
            }
        }
        return positive * scale + negative;
    }
}
