package org.sira.casework;

/** A record just made, or the one an earlier submission with the same request id made ({@code repeated}). */
public record Recorded<T>(T record, boolean repeated) {
}
