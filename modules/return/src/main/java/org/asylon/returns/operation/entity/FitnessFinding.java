package org.asylon.returns.operation.entity;

/** A doctor's finding on whether the person can travel. */
public enum FitnessFinding {
    FIT,
    /**
     * Fit on the conditions written with the finding (e.g. a medical escort, medication on board).
     */
    FIT_WITH_CONDITIONS,
    NOT_FIT;

    public boolean allowsTravel() {
        return this != NOT_FIT;
    }
}
