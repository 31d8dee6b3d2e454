package org.sira.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list of the API returns it. */
public record PageOf<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;

    public static <T> PageOf<T> empty() {
        return new PageOf<>(List.of(), 0, 0, 0);
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), total, page, size);
    }

    public int pages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
