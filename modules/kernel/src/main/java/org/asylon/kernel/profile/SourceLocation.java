package org.asylon.kernel.profile;

/**
 * Where a value was written: the profile file name (e.g. {@code eu-pact-2026.profile}) and the
 * 1-based line. Kept on every rule so a rule book and every error can say which file, and which
 * level of the inheritance chain, decided a value.
 */
public record SourceLocation(String file, int line) {

    @Override
    public String toString() {
        return file + " line " + line;
    }
}
