package org.asylon.entry.document.control;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Consecutive characters on one MRZ line: columns {@code start} to {@code end}, counted from 1,
 * inclusive.
 */
public record MrzSpan(int line, int start, int end) {

    public MrzSpan {
        if (line < 1 || start < 1 || end < start) {
            throw new IllegalArgumentException("invalid span " + line + ":" + start + "-" + end);
        }
    }

    public static MrzSpan of(int line, int start, int end) {
        return new MrzSpan(line, start, end);
    }

    public int length() {
        return end - start + 1;
    }

    public List<MrzPosition> positions() {
        return IntStream.rangeClosed(start, end)
                .mapToObj(column -> new MrzPosition(line, column))
                .toList();
    }

    String textIn(List<String> lines) {
        return lines.get(line - 1).substring(start - 1, end);
    }

    @Override
    public String toString() {
        return start == end
                ? "line " + line + ", position " + start
                : "line " + line + ", positions " + start + "-" + end;
    }
}
