package org.sira.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Interns the strings records are made of (name words, name keys, places) as ints, so that a million
 * records hold small int arrays instead of millions of string copies, and equal keys compare as ints.
 * Mutated only under the index's write lock; read concurrently.
 */
final class Vocabulary {

    static final int NONE = -1;

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private final Map<String, Integer> ids = new HashMap<>();
    private String[] texts = new String[1024];
    private String[] phonetics = new String[1024];
    private byte[] flags = new byte[1024];
    // Length, first and last letter of each text in one long: comparing two places first asks whether
    // they could be one slip apart at all, and reading two String objects for that costs two cache misses.
    private long[] shapes = new long[1024];
    private int size;

    static final byte KNOWN_SURNAME = 1;
    static final byte KNOWN_GIVEN_NAME = 2;

    int intern(String text) {
        Integer id = ids.get(text);
        if (id != null) {
            return id;
        }
        if (size == texts.length) {
            texts = Arrays.copyOf(texts, size * 2);
            phonetics = Arrays.copyOf(phonetics, size * 2);
            flags = Arrays.copyOf(flags, size * 2);
            shapes = Arrays.copyOf(shapes, size * 2);
        }
        texts[size] = text;
        shapes[size] = text.isEmpty() ? 0
                : (long) text.length() << 32 | (long) text.charAt(0) << 16 | text.charAt(text.length() - 1);
        String sound = METAPHONE.doubleMetaphone(text);
        phonetics[size] = sound == null ? "" : sound;
        ids.put(text, size);
        return size++;
    }

    /** The id of a string already interned, or NONE. */
    int find(String text) {
        Integer id = ids.get(text);
        return id == null ? NONE : id;
    }

    void flag(int id, byte flag) {
        flags[id] |= flag;
    }

    boolean has(int id, byte flag) {
        return (flags[id] & flag) != 0;
    }

    String text(int id) {
        return texts[id];
    }

    int length(int id) {
        return (int) (shapes[id] >>> 32);
    }

    char firstLetter(int id) {
        return (char) (shapes[id] >>> 16);
    }

    char lastLetter(int id) {
        return (char) shapes[id];
    }

    String phonetic(int id) {
        return phonetics[id];
    }

    int size() {
        return size;
    }
}
