package org.asylon.kernel.profile;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kinds of rule a profile can hold; each kind has its own value keys (see {@link RuleValue}).
 */
public enum RuleKind {
    /**
     * A time limit: ISO-8601 length, counting (calendar or working days) and the anchor event(s).
     */
    DEADLINE("deadline"),
    /** true or false. */
    FLAG("flag"),
    /** A decimal number, e.g. an age. */
    NUMBER("number"),
    /** Free text, e.g. the legal basis of non-refoulement to print on a decision. */
    TEXT("text"),
    /** One value out of a declared list of options. */
    CHOICE("choice"),
    /** Coded items, each with its own legal basis and status, e.g. refusal-of-entry grounds. */
    LIST("list");

    private final String code;

    RuleKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static RuleKind parse(String text) {
        for (RuleKind k : values()) {
            if (k.code.equals(text)) {
                return k;
            }
        }
        return null;
    }

    static String codes() {
        return Arrays.stream(values()).map(RuleKind::code).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return code;
    }
}
