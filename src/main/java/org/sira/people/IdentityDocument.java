package org.sira.people;

import java.util.Objects;

public record IdentityDocument(DocumentKind kind, String number) {

    public IdentityDocument {
        Objects.requireNonNull(kind, "kind");
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a document needs its number");
        }
        number = number.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
