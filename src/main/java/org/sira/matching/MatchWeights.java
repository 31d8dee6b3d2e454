package org.sira.matching;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * The m/u probabilities of every field. {@link #malianDefaults()} encodes what reception staff know:
 * names vary in spelling but rarely disagree outright for the same person, phones change often,
 * a father's name, mother's name, village or document are strong evidence. {@link WeightEstimation}
 * can re-estimate them from the data.
 */
public final class MatchWeights {

    private final EnumMap<MatchField, FieldWeights> fields;
    private final Map<String, FieldWeights> extras;
    private final FieldWeights defaultExtra;
    private final double familyEvidenceCap;

    private MatchWeights(EnumMap<MatchField, FieldWeights> fields, Map<String, FieldWeights> extras,
            FieldWeights defaultExtra, double familyEvidenceCap) {
        this.fields = fields;
        this.extras = extras;
        this.defaultExtra = defaultExtra;
        this.familyEvidenceCap = familyEvidenceCap;
    }

    /**
     * Most bits that family name, father's and mother's names and place of origin may add together:
     * these describe a family, and siblings share them all.
     */
    public double familyEvidenceCap() {
        return familyEvidenceCap;
    }

    public MatchWeights withFamilyEvidenceCap(double bits) {
        return new MatchWeights(fields, extras, defaultExtra, bits);
    }

    public static MatchWeights malianDefaults() {
        EnumMap<MatchField, FieldWeights> f = new EnumMap<>(MatchField.class);
        // For names and places, u of EXACT/VARIANT is the split of chance agreements by spelling; it is
        // multiplied by the frequency of the shared value at scoring time.
        //                                   EXACT        VARIANT      RELATED      PHONETIC     TYPO          DISAGREE
        f.put(MatchField.FAMILY_NAME, FieldWeights.of(.86, .85, .08, .15, .01, .01, .015, .01, .025, .002, .01, .95));
        f.put(MatchField.GIVEN_NAMES, FieldWeights.of(.84, .85, .08, .15, .02, .004, .015, .01, .025, .002, .008, .95));
        f.put(MatchField.SEX, FieldWeights.of(.98, .5, .01, .5, .01, .5, .01, .5, .01, .5, .02, .5));
        f.put(MatchField.BIRTH_DATE, FieldWeights.of(.70, 1.0 / 14600, .80, 1.0 / 35, .03, .06, .05, .1, .12, .06, .05, .85));
        f.put(MatchField.FATHER, FieldWeights.of(.80, .85, .10, .15, .02, .005, .02, .01, .03, .002, .025, .95));
        f.put(MatchField.MOTHER, FieldWeights.of(.75, .85, .10, .15, .10, 1, .02, .005, .03, .002, .05, .95));
        f.put(MatchField.REGION, FieldWeights.of(.90, 1, .01, .5, .01, .5, .01, .5, .01, .5, .06, .9));
        f.put(MatchField.COMMUNE, FieldWeights.of(.80, 1, .01, .5, .01, .5, .01, .5, .05, .005, .15, .99));
        f.put(MatchField.VILLAGE, FieldWeights.of(.75, 1, .01, .5, .01, .5, .01, .5, .05, .005, .20, .99));
        f.put(MatchField.PHONE, FieldWeights.of(.45, 1e-5, .01, .5, .01, .5, .01, .5, .01, .5, .55, 1.0));
        f.put(MatchField.DOCUMENT, FieldWeights.of(.85, 1e-7, .01, .5, .01, .5, .01, .5, .04, 1e-5, .11, 1.0));
        FieldWeights extra = FieldWeights.of(.85, .01, .01, .5, .01, .5, .01, .5, .08, .01, .07, .98);
        return new MatchWeights(f, new HashMap<>(), extra, 16);
    }

    public FieldWeights of(MatchField field) {
        return fields.get(field);
    }

    public FieldWeights ofExtra(String field) {
        return extras.getOrDefault(field, defaultExtra);
    }

    /** A copy with one field's weights replaced. */
    public MatchWeights with(MatchField field, FieldWeights weights) {
        EnumMap<MatchField, FieldWeights> f = new EnumMap<>(fields);
        f.put(field, weights);
        return new MatchWeights(f, extras, defaultExtra, familyEvidenceCap);
    }

    /** A copy with an extra field's weights replaced. */
    public MatchWeights withExtra(String field, FieldWeights weights) {
        Map<String, FieldWeights> e = new HashMap<>(extras);
        e.put(field, weights);
        return new MatchWeights(fields, e, defaultExtra, familyEvidenceCap);
    }

    @Override
    public String toString() {
        return "MatchWeights{" + fields + ", extras=" + extras + "}";
    }
}
