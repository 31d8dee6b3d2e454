package org.sira.matching;

/**
 * Prints the night-conditions figures (issue 13). Arguments: number of seeds, first seed, registry size,
 * list size. From the project directory: {@code java -cp $CP org.sira.matching.NightFigures 3 1 50000 600}.
 */
public final class NightFigures {

    private NightFigures() {
    }

    public static void main(String[] args) {
        int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int first = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int registry = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int list = args.length > 3 ? Integer.parseInt(args[3]) : 600;
        NightQuality total = new NightQuality(0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (int seed = first; seed < first + seeds; seed++) {
            NightConditions night = new NightConditions(seed);
            NightQuality quality = NightQuality.measure(night, night.registryAndList(registry, list, 0.4), MatchSettings.defaults());
            System.out.println("seed " + seed + ": " + quality);
            total = total.plus(quality);
        }
        System.out.println("all seeds: " + total);
    }
}
