package org.sira.reintegration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.sira.shared.FieldError;

/**
 * A version of the scoring method: dimensions, each with a weight and questions, each with a
 * weight and answers mapped to a score in 0..1. A dimension scores the weighted mean of its
 * answered questions; the composite is the weighted mean of the dimensions that have a score.
 * Questions left out count in no mean. Every score is rounded to 4 decimals, once, at the end.
 */
public record ReintegrationMethod(String version, Map<String, String> description, List<Dimension> dimensions) {

    public static final Set<String> DIMENSIONS = Set.of("ECONOMIC", "SOCIAL", "PSYCHOSOCIAL");
    public static final String COMPOSITE = "composite";

    public ReintegrationMethod {
        Objects.requireNonNull(version, "version");
        description = description == null ? Map.of() : Map.copyOf(description);
        dimensions = List.copyOf(dimensions);
        Set<String> codes = new HashSet<>();
        for (Dimension d : dimensions) {
            if (!DIMENSIONS.contains(d.code()) || !codes.add(d.code())) {
                throw new IllegalArgumentException("method " + version + ": unknown or repeated dimension " + d.code());
            }
            for (Question q : d.questions()) {
                if (!codes.add(q.code())) {
                    throw new IllegalArgumentException("method " + version + ": repeated question " + q.code());
                }
            }
        }
    }

    public record Dimension(String code, double weight, Map<String, String> label, List<Question> questions) {
        public Dimension {
            checkWeight(code, weight);
            label = label == null ? Map.of() : Map.copyOf(label);
            questions = List.copyOf(questions);
        }
    }

    public record Question(String code, double weight, Map<String, String> label, List<Answer> answers) {
        public Question {
            checkWeight(code, weight);
            label = label == null ? Map.of() : Map.copyOf(label);
            answers = List.copyOf(answers);
            if (answers.stream().map(Answer::value).distinct().count() != answers.size()) {
                throw new IllegalArgumentException("question " + code + ": repeated answer");
            }
        }

        public Optional<Answer> answer(String value) {
            return answers.stream().filter(a -> a.value().equals(value)).findFirst();
        }
    }

    public record Answer(String value, double score, Map<String, String> label) {
        public Answer {
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("answer " + value + ": score " + score + " is not in 0..1");
            }
            label = label == null ? Map.of() : Map.copyOf(label);
        }
    }

    private static void checkWeight(String code, double weight) {
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException(code + ": weight " + weight + " is not >= 0");
        }
    }

    /** Answers naming a question or a value this method does not have, each as an error on {@code answers.<code>}. */
    public List<FieldError> check(Map<String, String> answers) {
        List<FieldError> errors = new ArrayList<>();
        answers.forEach((code, value) -> {
            Optional<Question> question = question(code);
            if (question.isEmpty()) {
                errors.add(new FieldError("answers." + code, "reintegration.question.unknown", code));
            } else if (value != null && question.get().answer(value).isEmpty()) {
                errors.add(new FieldError("answers." + code, "error.unknown-value", value));
            }
        });
        return errors;
    }

    public Optional<Question> question(String code) {
        return dimensions.stream().flatMap(d -> d.questions().stream()).filter(q -> q.code().equals(code)).findFirst();
    }

    /**
     * The scores of these answers: a key per dimension that has one, and {@code composite} when any
     * does. Answers this method does not know (given under another version) count in no mean.
     */
    public Map<String, Double> score(Map<String, String> answers) {
        Map<String, Double> exact = new LinkedHashMap<>();
        double compositeSum = 0;
        double compositeWeight = 0;
        for (Dimension d : dimensions) {
            double sum = 0;
            double weight = 0;
            for (Question q : d.questions()) {
                Optional<Answer> answer = Optional.ofNullable(answers.get(q.code())).flatMap(q::answer);
                if (answer.isPresent()) {
                    sum += q.weight() * answer.get().score();
                    weight += q.weight();
                }
            }
            if (weight > 0) {
                double score = sum / weight;
                exact.put(d.code(), score);
                compositeSum += d.weight() * score;
                compositeWeight += d.weight();
            }
        }
        if (compositeWeight > 0) {
            exact.put(COMPOSITE, compositeSum / compositeWeight);
        }
        Map<String, Double> rounded = new LinkedHashMap<>();
        exact.forEach((key, value) -> rounded.put(key, round(value)));
        return rounded;
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
