package com.dorsum.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list, with the total number of matches. Every list is read through {@link #firstRow} and
 * {@link #size}, so page and size are bounded in one place: pages count from 0, a size is 1 to {@value #MAX_SIZE},
 * and a page beyond the end is empty rather than an overflow.
 */
public record PageOf<T>(List<T> items, long total) {

    public static final int MAX_SIZE = 200;

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), total);
    }

    /**
     * The first row of a page; past the last row a database can count (so an empty page), never a negative
     * overflow of {@code page * size}.
     */
    public static int firstRow(int page, int size) {
        if (page < 0) {
            throw new InvalidInput("page", "Pages are counted from 0");
        }
        return (int) Math.min((long) page * size(size), Integer.MAX_VALUE);
    }

    /** The rows of a page: at least 1, at most {@value #MAX_SIZE}, so no client can ask for the whole table. */
    public static int size(int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "A page holds 1 to " + MAX_SIZE + " rows");
        }
        return size;
    }
}
