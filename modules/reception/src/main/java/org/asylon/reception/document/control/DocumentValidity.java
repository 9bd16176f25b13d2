package org.asylon.reception.document.control;

import java.time.Instant;
import java.util.Map;
import org.asylon.kernel.profile.Deadline;
import org.asylon.kernel.profile.DeadlineCalculator;
import org.asylon.reception.document.entity.Validity;

/**
 * The validity of a temporary document from the legal profile, never from code: the profile's
 * deadline rule {@value #RULE}, anchored on registration, computed by the kernel's calculator (its
 * counting conventions included).
 */
public final class DocumentValidity {

    public static final String RULE = "reception.temporary-document.validity";

    /**
     * The catalogued anchor the rule counts from; reception registers the person, so the arrival's
     * time.
     */
    static final String ANCHOR = "asylum.registration";

    private DocumentValidity() {}

    public static Validity from(DeadlineCalculator deadlines, Instant registeredAt) {
        Deadline deadline = deadlines.compute(RULE, Map.of(ANCHOR, registeredAt));
        if (!deadline.computable()) {
            // every reference profile anchors the rule on registration, which every arrival has: a
            // profile
            // that anchors it elsewhere is a configuration fault, not something to paper over
            throw new IllegalStateException("validity not computable: " + deadline.explanation());
        }
        return new Validity(
                deadline.dueDate().orElseThrow(),
                deadline.rule(),
                deadline.profile(),
                deadline.basis(),
                deadline.explanation());
    }
}
