package org.asylon.returns.protection.entity;

/** What a best-interests determination found about the child's return. */
public enum BestInterests {
    RETURN_IN_BEST_INTERESTS,
    RETURN_NOT_IN_BEST_INTERESTS
}
