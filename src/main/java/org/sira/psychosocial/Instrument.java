package org.sira.psychosocial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;

/**
 * A validated screening questionnaire (PHQ-9, GAD-7...), as its file under
 * {@code psychosocial/instruments/} describes it: the items in French and English, the values an
 * answer may take, the bands of the total, and the items whose answer above a value is a risk to
 * act on (PHQ-9's ninth). Adding a questionnaire is adding a file.
 */
public record Instrument(String code, String version, Map<String, String> name, String source, Map<String, String> instructions,
                         List<Answer> answers, List<Item> items, List<Band> bands) {

    public Instrument {
        answers = List.copyOf(answers == null ? List.of() : answers);
        items = List.copyOf(items == null ? List.of() : items);
        bands = List.copyOf(bands == null ? List.of() : bands);
    }

    public record Answer(int value, Map<String, String> label) {
        public String label(Locale locale) {
            return localised(label, locale);
        }
    }

    /** {@code riskAbove}: an answer above this value is a risk to act on (null: never). */
    public record Item(Map<String, String> text, Integer riskAbove) {
        public String text(Locale locale) {
            return localised(text, locale);
        }
    }

    public record Band(String code, int min, int max, Map<String, String> label) {
        public String label(Locale locale) {
            return localised(label, locale);
        }
    }

    /** What the answers add up to: the total, its band, and the items (from 1) whose answer is a risk. */
    public record Score(int total, String band, List<Integer> riskItems) {
        public boolean risk() {
            return !riskItems.isEmpty();
        }
    }

    public String name(Locale locale) {
        return localised(name, locale);
    }

    public String instructions(Locale locale) {
        return localised(instructions, locale);
    }

    public Band band(String bandCode) {
        return bands.stream().filter(b -> b.code().equals(bandCode)).findFirst().orElse(null);
    }

    public int maxTotal() {
        return items.size() * answers.stream().mapToInt(Answer::value).max().orElse(0);
    }

    /** Scores one answer per item, each one of the answer values; anything else is refused, field by field. */
    public Score score(List<Integer> given) {
        if (given == null || given.isEmpty()) {
            throw InvalidInputException.of("answers", "error.required");
        }
        if (given.size() != items.size()) {
            throw InvalidInputException.of("answers", "screening.answers.count", items.size(), given.size());
        }
        List<FieldError> errors = new ArrayList<>();
        int total = 0;
        List<Integer> risks = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Integer value = given.get(i);
            if (value == null || answers.stream().noneMatch(a -> a.value() == value)) {
                errors.add(new FieldError("answers[" + i + "]", "screening.answers.range", allowed()));
                continue;
            }
            total += value;
            Integer riskAbove = items.get(i).riskAbove();
            if (riskAbove != null && value > riskAbove) {
                risks.add(i + 1);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        int sum = total;
        Band band = bands.stream().filter(b -> b.min() <= sum && sum <= b.max()).findFirst()
                .orElseThrow(() -> new IllegalStateException("instrument " + code + " has no band for " + sum));
        return new Score(total, band.code(), List.copyOf(risks));
    }

    /** Refuses a file that could not score every possible set of answers into exactly one band. */
    void check() {
        if (code == null || !code.matches("[A-Z0-9_]{1,40}") || version == null || items.isEmpty() || answers.isEmpty()
                || name == null || !name.containsKey("fr") || !name.containsKey("en")) {
            throw new IllegalStateException("instrument " + code + ": code, version, names in fr and en, items and answers are required");
        }
        for (Item item : items) {
            if (item.text() == null || !item.text().containsKey("fr") || !item.text().containsKey("en")) {
                throw new IllegalStateException("instrument " + code + ": every item needs its text in fr and en");
            }
        }
        int expected = answers.stream().mapToInt(Answer::value).min().orElse(0) * items.size();
        for (Band band : bands.stream().sorted(java.util.Comparator.comparingInt(Band::min)).toList()) {
            if (band.min() != expected || band.max() < band.min()) {
                throw new IllegalStateException("instrument " + code + ": bands must follow each other from the lowest total, at " + band.code());
            }
            expected = band.max() + 1;
        }
        if (expected != maxTotal() + 1) {
            throw new IllegalStateException("instrument " + code + ": bands must end at the highest total, " + maxTotal());
        }
    }

    private String allowed() {
        return String.join(", ", answers.stream().map(a -> Integer.toString(a.value())).toList());
    }

    private static String localised(Map<String, String> texts, Locale locale) {
        if (texts == null) {
            return null;
        }
        String text = texts.get(locale == null ? "fr" : locale.getLanguage());
        return text != null ? text : texts.get("fr");
    }
}
