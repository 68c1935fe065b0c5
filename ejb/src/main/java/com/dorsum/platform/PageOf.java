package com.dorsum.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total number of matches. */
public record PageOf<T>(List<T> items, long total) {

    public static final int MAX_SIZE = 200;

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), total);
    }

    /** The first row of a page, with the size capped so no client can ask for the whole table. */
    public static int firstRow(int page, int size) {
        return Math.max(page, 0) * cappedSize(size);
    }

    public static int cappedSize(int size) {
        return size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }
}
