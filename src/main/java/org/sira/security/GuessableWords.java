package org.sira.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import me.gosimple.nbvcxz.resources.AdjacencyGraph;
import me.gosimple.nbvcxz.resources.AdjacencyGraphUtil;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import org.sira.shared.Folding;

/**
 * What an attacker of a Malian association's accounts tries first, beyond nbvcxz's English lists:
 * French words, Malian places, and the given and family names the registry knows
 * ({@code org/sira/matching}). Loaded once, on the first password checked (about 20 MB with
 * nbvcxz's own lists, 2 to 4 seconds).
 */
final class GuessableWords {

    /** The user's own name and the application's: worth nothing in a password. */
    static final String CONTEXT = "context";
    static final String LOCAL = "french-malian";

    private GuessableWords() {
    }

    static List<Dictionary> dictionaries() {
        return Loaded.DICTIONARIES;
    }

    static List<AdjacencyGraph> keyboards() {
        return Loaded.KEYBOARDS;
    }

    private static final class Loaded {
        static final List<Dictionary> DICTIONARIES = load();
        static final List<AdjacencyGraph> KEYBOARDS = keyboards();

        private static List<Dictionary> load() {
            Map<String, Integer> ranks = new LinkedHashMap<>();
            int rank = 1;
            for (String word : lines("/org/sira/security/guessable-words.txt")) {
                add(ranks, word, rank++);
            }
            for (String file : new String[] {"/org/sira/matching/given-names.txt", "/org/sira/matching/surnames.txt"}) {
                for (String line : lines(file)) {
                    for (String name : line.replace("~", " ").split("\\s+")) {
                        if (name.length() >= 3) {
                            add(ranks, name, rank++);
                        }
                    }
                }
            }
            List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
            dictionaries.add(new Dictionary(LOCAL, ranks, false));
            return List.copyOf(dictionaries);
        }

        /** The word as written and without its accents, at the first rank either was seen. */
        private static void add(Map<String, Integer> ranks, String word, int rank) {
            String lower = word.toLowerCase(Locale.ROOT);
            ranks.putIfAbsent(lower, rank);
            ranks.putIfAbsent(Folding.fold(lower).replace(" ", ""), rank);
        }

        private static List<String> lines(String resource) {
            try (InputStream in = GuessableWords.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                List<String> lines = new ArrayList<>();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String word = line.strip();
                    if (!word.isEmpty() && !word.startsWith("#")) {
                        lines.add(word);
                    }
                }
                return lines;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<AdjacencyGraph> keyboards() {
            List<AdjacencyGraph> keyboards = new ArrayList<>(ConfigurationBuilder.getDefaultAdjacencyGraphs());
            keyboards.add(new AdjacencyGraph("Azerty", azerty()));
            return List.copyOf(keyboards);
        }

        /**
         * The French keyboard, drawn from nbvcxz's QWERTY map by naming each key as AZERTY prints
         * it: same keys, same neighbours, so "azertyuiop" and "wxcvbn" are rows too.
         */
        private static HashMap<Character, String[]> azerty() {
            String qwerty = "qQwWaAzZ;:mM,<.>/?";
            String french = "aAzZqQwWmM,?;.:/!§";
            HashMap<Character, String[]> map = new HashMap<>();
            for (Map.Entry<Character, String[]> key : AdjacencyGraphUtil.qwerty.entrySet()) {
                String[] neighbours = new String[key.getValue().length];
                for (int i = 0; i < neighbours.length; i++) {
                    neighbours[i] = key.getValue()[i] == null ? null : relabel(key.getValue()[i], qwerty, french);
                }
                map.put(relabel(String.valueOf(key.getKey()), qwerty, french).charAt(0), neighbours);
            }
            return map;
        }

        private static String relabel(String keys, String from, String to) {
            StringBuilder relabelled = new StringBuilder(keys.length());
            for (char c : keys.toCharArray()) {
                int at = from.indexOf(c);
                relabelled.append(at < 0 ? c : to.charAt(at));
            }
            return relabelled.toString();
        }
    }
}
