package org.asylon.readmission.transfer.entity;

/** Why a transfer period was extended, each with its own rule in the regime. */
public enum Extension {
    NONE(null),
    /** {@code regime.transfer.imprisonment.deadline}. */
    IMPRISONMENT("regime.transfer.imprisonment.deadline"),
    /** {@code regime.transfer.absconding.deadline}. */
    ABSCONDING("regime.transfer.absconding.deadline");

    private final String rule;

    Extension(String rule) {
        this.rule = rule;
    }

    /** The regime rule that gives the extended period. */
    public String rule() {
        return rule;
    }
}
