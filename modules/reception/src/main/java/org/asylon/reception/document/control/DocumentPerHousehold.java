package org.asylon.reception.document.control;

import java.time.Instant;
import java.util.Collection;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.reception.arrival.entity.Arrival;

/**
 * The profile's choice between one temporary document per person and one per household. Issue 4
 * asks for household documents only "where the profile says so", and no reference text says a state
 * does: the rule is optional, and absent or false means one document per person.
 */
public final class DocumentPerHousehold {

    public static final String RULE = "reception.temporary-document.per-household";

    private DocumentPerHousehold() {}

    /**
     * @throws ProblemException 422 rule-violated naming the rule, unless the profile sets it true
     */
    public static void requireAllowed(LegalProfile profile) {
        if (profile.has(RULE) && profile.flag(RULE)) {
            return;
        }
        String basis = profile.has(RULE) ? profile.rule(RULE).basis() : null;
        throw ProblemException.ruleViolated(
                RULE,
                basis,
                "The legal profile "
                        + profile.name()
                        + " issues temporary "
                        + "documents per person ("
                        + RULE
                        + " is not true): issue a document to each member at "
                        + "/arrivals/{id}/documents.");
    }

    /**
     * The registration the validity counts from: the earliest among the members, so that the shared
     * paper never outlasts what any member's own document would have had.
     */
    public static Instant validityAnchor(Collection<Arrival> members) {
        return members.stream()
                .map(Arrival::registeredAt)
                .min(Instant::compareTo)
                .orElseThrow(
                        () -> new IllegalArgumentException("a household document needs members"));
    }
}
