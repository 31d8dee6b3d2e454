package org.sira.matching;

import static org.sira.matching.EvidenceSink.emit;

import java.util.List;

/** Weighs what is personal besides the names: sex, birth date, phone, identity document, extra fields. */
final class PersonalComparison {

    private final LevelWeights weights;
    private final List<String> extraFieldNames;
    private final double sameMonthWeight;
    private final double sameYearWeight;
    private final double estimatedYearWeight;

    PersonalComparison(LevelWeights weights, List<String> extraFieldNames) {
        this.weights = weights;
        this.extraFieldNames = extraFieldNames;
        FieldWeights date = weights.field(MatchField.BIRTH_DATE);
        double yearShare = date.u(Agreement.VARIANT);
        this.sameMonthWeight = date.weightWithU(Agreement.VARIANT, yearShare / 12);
        this.sameYearWeight = date.weightWithU(Agreement.VARIANT, yearShare);
        this.estimatedYearWeight = date.weightWithU(Agreement.VARIANT, 3 * yearShare);
    }

    /** Added one by one to the given-name weight, so that every path sums in the same order. */
    double plusAll(double personal, PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        personal += sex(a, b, sink);
        personal += birthDate(a, b, sink);
        personal += phone(a, b, sink);
        personal += document(a, b, sink);
        return personal + extras(a, b, sink);
    }

    private double sex(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        if (a.sex == 0 || b.sex == 0) {
            return emit(sink, MatchField.SEX, Agreement.MISSING, 0, () -> "missing on one side");
        }
        Agreement level = a.sex == b.sex ? Agreement.EXACT : Agreement.DISAGREE;
        return emit(sink, MatchField.SEX, level, weights.of(MatchField.SEX, level), () -> "");
    }

    private double date(EvidenceSink sink, Agreement level, String detail) {
        return emit(sink, MatchField.BIRTH_DATE, level, weights.of(MatchField.BIRTH_DATE, level), () -> detail);
    }

    /** Dates are compared at the coarser of the two precisions: a year-only date cannot contradict a day. */
    private double birthDate(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        if (!a.hasDate() || !b.hasDate()) {
            return emit(sink, MatchField.BIRTH_DATE, Agreement.MISSING, 0, () -> "missing on one side");
        }
        int precision = Math.max(a.precision, b.precision);
        int years = Math.abs(a.birthYear - b.birthYear);

        switch (precision) {
            case PreparedRecord.DAY -> {
                if (a.birthDay == b.birthDay) {
                    return date(sink, Agreement.EXACT, "same day");
                }
                boolean swapped = years == 0 && a.birthDayOfMonth == b.birthMonth
                        && a.birthMonth == b.birthDayOfMonth;
                boolean oneSlip = (years == 0 && (a.birthMonth == b.birthMonth
                        || a.birthDayOfMonth == b.birthDayOfMonth))
                        || (years <= 10 && a.birthMonth == b.birthMonth && a.birthDayOfMonth == b.birthDayOfMonth
                        && Slips.oneDigitApart(a.birthYear, b.birthYear));
                if (swapped || oneSlip) {
                    return date(sink, Agreement.TYPO, "one slip in the date");
                }
                if (years == 0) {
                    return date(sink, Agreement.RELATED, "same year only");
                }
            }
            case PreparedRecord.MONTH -> {
                if (years == 0 && a.birthMonth == b.birthMonth) {
                    return emit(sink, MatchField.BIRTH_DATE, Agreement.VARIANT, sameMonthWeight, () -> "same month");
                }
                if (years <= 1) {
                    return date(sink, Agreement.TYPO, "within a year");
                }
            }
            case PreparedRecord.YEAR -> {
                if (years == 0) {
                    return emit(sink, MatchField.BIRTH_DATE, Agreement.VARIANT, sameYearWeight, () -> "same year");
                }
                if (years == 1) {
                    return date(sink, Agreement.TYPO, "one year apart");
                }
                if (years == 2) {
                    return date(sink, Agreement.RELATED, "two years apart");
                }
            }
            default -> {
                // An estimated age drifts: "about 25" at each return.
                if (years <= 1) {
                    return emit(sink, MatchField.BIRTH_DATE, Agreement.VARIANT, estimatedYearWeight, () -> "estimated, within a year");
                }
                if (years <= 3) {
                    return date(sink, Agreement.TYPO, "estimated, within three years");
                }
            }
        }
        // Ages are guessed, so a few years apart is a weak contradiction; a generation apart is a strong one.
        double far = years > 5 ? FieldWeights.log2(5) : 0;
        return emit(sink, MatchField.BIRTH_DATE, Agreement.DISAGREE, weights.of(MatchField.BIRTH_DATE, Agreement.DISAGREE) - far,
                () -> years + " year(s) apart");
    }

    private double phone(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        if (a.phone < 0 || b.phone < 0) {
            return emit(sink, MatchField.PHONE, Agreement.MISSING, 0, () -> "missing on one side");
        }
        Agreement level = a.phone == b.phone ? Agreement.EXACT : Agreement.DISAGREE;
        return emit(sink, MatchField.PHONE, level, weights.of(MatchField.PHONE, level), () -> level == Agreement.EXACT ? "same number" : "numbers change often");
    }

    private double document(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        if (a.document == null || b.document == null) {
            return emit(sink, MatchField.DOCUMENT, Agreement.MISSING, 0, () -> "missing on one side");
        }
        Agreement level = a.document.equals(b.document) ? Agreement.EXACT
                : Slips.oneEditApart(a.document, b.document) ? Agreement.TYPO : Agreement.DISAGREE;
        return emit(sink, MatchField.DOCUMENT, level, weights.of(MatchField.DOCUMENT, level), () -> "");
    }

    private double extras(PreparedRecord a, PreparedRecord b, EvidenceSink sink) {
        double total = 0;
        for (int i = 0; i < a.extras.length; i++) {
            String field = extraFieldNames.get(i);
            String va = a.extras[i];
            String vb = b.extras[i];
            if (va == null || vb == null) {
                emit(sink, field, Agreement.MISSING, 0, () -> "missing on one side");
                continue;
            }
            Agreement level = va.equals(vb) ? Agreement.EXACT
                    : Slips.JARO_WINKLER.apply(va, vb) >= 0.9 ? Agreement.TYPO : Agreement.DISAGREE;
            total += emit(sink, field, level, weights.all().ofExtra(field).weight(level), () -> "");
        }
        return total;
    }
}
