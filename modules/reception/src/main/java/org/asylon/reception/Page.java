package org.asylon.reception;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list that can grow, newest first, and where the next one starts ({@code next} is
 * null on the last page).
 */
public record Page<T>(List<T> items, Keyset next) {

    /**
     * The page from {@code found}, read with one record more than {@code limit}: that extra record
     * only says that another page follows.
     */
    public static <T> Page<T> of(List<T> found, int limit, Function<T, Keyset> position) {
        if (found.size() <= limit) {
            return new Page<>(found, null);
        }
        List<T> items = found.subList(0, limit);
        return new Page<>(List.copyOf(items), position.apply(items.get(limit - 1)));
    }

    public <R> Page<R> map(Function<T, R> view) {
        return new Page<>(items.stream().map(view).toList(), next);
    }
}
