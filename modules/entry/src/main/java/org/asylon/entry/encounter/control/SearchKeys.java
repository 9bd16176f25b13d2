package org.asylon.entry.encounter.control;

/** How name keys are stored for the "already known?" search. */
public final class SearchKeys {

    /**
     * Blocking keys (coarse, to catch spelling variants beyond the exact key) are stored with this
     * prefix.
     */
    public static final String BLOCKING_PREFIX = "b:";

    private SearchKeys() {}
}
