package org.asylon.readmission.transfer.control;

import java.util.List;

/**
 * The person's protection state at the moment of a transfer, as one source saw it: the return
 * module's picture (built from the asylum procedure's, the border's and reception's feeds, stays of
 * removal and fears), or the officer's check with the asylum authority.
 *
 * @param source {@code return-module} or {@code officer}
 * @param childWithoutDetermination an unaccompanied child whose best interests no determination has
 *     found served by leaving (return's picture)
 * @param findings the source's own words for each fact, kept in the check's record
 */
public record ProtectionState(
        String source,
        boolean protectionGranted,
        boolean claimPending,
        boolean suspensiveAppealPending,
        boolean protectionRequestPending,
        boolean interimMeasure,
        boolean fearsDestination,
        boolean childWithoutDetermination,
        List<String> findings) {

    public static final String RETURN_MODULE = "return-module";
    public static final String OFFICER = "officer";

    public ProtectionState {
        findings = List.copyOf(findings);
    }

    static ProtectionState of(OfficersCheck c) {
        Finding f = c.finding();
        return new ProtectionState(
                OFFICER,
                f == Finding.PROTECTION_GRANTED,
                f == Finding.CLAIM_PENDING,
                f == Finding.SUSPENSIVE_APPEAL_PENDING,
                false,
                false,
                c.fearsDestination(),
                false,
                List.of(
                        "officer's check with "
                                + c.source()
                                + " (reference "
                                + c.reference()
                                + ", "
                                + c.checkedAt()
                                + "): "
                                + f
                                + (c.fearsDestination() ? ", fears the receiving state" : "")));
    }
}
