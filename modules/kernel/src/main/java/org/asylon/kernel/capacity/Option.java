package org.asylon.kernel.capacity;

/** One permitted answer to a profile question. */
public record Option(String code, String label) {
}
