package org.asylon.bench;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints the first few failures of each kind of load, so a broken run explains itself without
 * flooding.
 */
final class Errors {

    private static final int SHOWN = 5;
    private static final ConcurrentHashMap<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();

    private Errors() {}

    static void record(String label, String what) {
        int n = SEEN.computeIfAbsent(label, k -> new AtomicInteger()).incrementAndGet();
        if (n <= SHOWN) {
            String text = what.length() > 2000 ? what.substring(0, 2000) + "..." : what;
            System.out.println("  [" + label + " error " + n + "] " + text);
        }
    }

    static int count(String label) {
        AtomicInteger n = SEEN.get(label);
        return n == null ? 0 : n.get();
    }
}
