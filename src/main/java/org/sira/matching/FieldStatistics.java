package org.sira.matching;

/** Value frequencies of the frequency-sensitive fields, kept up to date as records enter and leave the index. */
final class FieldStatistics {

    final ValueFrequencies family = new ValueFrequencies();
    final ValueFrequencies given = new ValueFrequencies();
    final ValueFrequencies father = new ValueFrequencies();
    final ValueFrequencies mother = new ValueFrequencies();
    final ValueFrequencies region = new ValueFrequencies();
    final ValueFrequencies commune = new ValueFrequencies();
    final ValueFrequencies village = new ValueFrequencies();
    private final ValueFrequencies[] givenBySex = {new ValueFrequencies(), new ValueFrequencies(), new ValueFrequencies()};

    /**
     * Given names say the sex: Fatoumata is rare in the registry but common among women. When both records
     * give the same sex (which is weighed separately) the rarity of the name is judged among that sex only.
     */
    ValueFrequencies givenNamesAmong(byte sexA, byte sexB) {
        return sexA == sexB && sexA != 0 ? givenBySex[sexA] : given;
    }

    void count(PreparedRecord r, int delta) {
        countKeys(family, r.family, delta);
        countKeys(given, r.given, delta);
        countKeys(givenBySex[r.sex], r.given, delta);
        countKeys(father, r.father, delta);
        countKeys(mother, r.mother, delta);
        region.add(r.region, delta);
        commune.add(r.commune, delta);
        village.add(r.village, delta);
    }

    private static void countKeys(ValueFrequencies frequencies, int[] name, int delta) {
        for (int i = 0; i < PreparedRecord.wordCount(name); i++) {
            frequencies.add(PreparedRecord.key(name, i), delta);
        }
    }
}
