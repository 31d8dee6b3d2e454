package org.sira.reintegration;

import java.util.UUID;
import java.util.function.Function;

import org.sira.shared.RefusedInputException;

/** A record just created, or the one a first submission with the same request id created ({@code repeated}). */
public record Created<T>(T record, boolean repeated) {

    /** The earlier record, when it is the same person's; a request id of another person's record is refused. */
    static <T> Created<T> repeated(T earlier, UUID personId, Function<T, UUID> personOf, String field) {
        if (!personOf.apply(earlier).equals(personId)) {
            throw RefusedInputException.of(field, "reintegration.request-id-used");
        }
        return new Created<>(earlier, true);
    }
}
