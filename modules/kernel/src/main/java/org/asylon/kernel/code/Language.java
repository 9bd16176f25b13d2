package org.asylon.kernel.code;

/**
 * One language of the ISO 639-3 register.
 *
 * @param code three lower-case letters, e.g. {@code prs}
 * @param name the English reference name, e.g. "Dari"
 */
public record Language(String code, String name) {

    /** How people read it: "Dari (prs)". */
    public String label() {
        return name + " (" + code + ")";
    }
}
