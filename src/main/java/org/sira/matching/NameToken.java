package org.sira.matching;

import java.util.Objects;

/**
 * One word of a name: {@code plain} is the accent-free lower-case spelling as written,
 * {@code key} the canonical key shared by all accepted spellings of that name.
 */
public record NameToken(String plain, String key) {
    public NameToken {
        Objects.requireNonNull(plain, "plain");
        Objects.requireNonNull(key, "key");
    }
}
