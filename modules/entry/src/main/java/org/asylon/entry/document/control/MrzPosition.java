package org.asylon.entry.document.control;

/** One character of the MRZ; line and column both count from 1, as in Doc 9303 Parts 4-6. */
public record MrzPosition(int line, int column) {

    public MrzPosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("lines and columns count from 1");
        }
    }

    @Override
    public String toString() {
        return "line " + line + ", position " + column;
    }
}
