package org.asylon.training.exercise;

import java.util.Set;

/**
 * The rules the modules enforce on their own, named as they publish them in a refusal (a 422
 * problem's {@code rule}) and not found in any legal profile: the suite's two invariants and the
 * fixed duties built into the modules (docs/architecture.md, "The two invariants"). A key may cite
 * them beside the profile's rules; this is the one list of them, kept next to the class that
 * validates keys.
 */
public final class SuiteRules {

    /**
     * Each name with the class that publishes it; a module renaming one must rename it here, or
     * every key citing it fails the build.
     */
    public static final Set<String> INVARIANTS =
            Set.of(
                    // entry: encounter.entity.EntryRules
                    "entry.non-refoulement",
                    "entry.unaccompanied-child",
                    // reception: arrival.entity.Arrival, accommodation.entity.PlacementRules
                    "reception.asylum-referral",
                    "reception.accommodation.child-appropriate-place",
                    // rsd: casework.entity.InterviewRules, application.control.CaseAccess
                    "rsd.interview.same-gender",
                    "rsd.interview.interpreter-language",
                    "rsd.confidentiality",
                    // return: gate.control.GateRules (PREFIX + the bar)
                    "return.gate.protection-granted",
                    "return.gate.claim-pending",
                    "return.gate.subsequent-application-pending",
                    "return.gate.suspensive-appeal-pending",
                    "return.gate.request-not-registered",
                    "return.gate.interim-measure",
                    "return.gate.child-best-interests",
                    "return.gate.protection-check",
                    // readmission: transfer.control.TransferRules, TransferGate
                    "readmission.transfer.protection-check",
                    "readmission.transfer.protection-granted",
                    "readmission.transfer.interim-measure",
                    "readmission.transfer.fears-destination",
                    "readmission.transfer.claim-pending",
                    "readmission.transfer.suspensive-appeal-pending",
                    "readmission.transfer.request-not-registered");

    private SuiteRules() {}

    public static boolean isInvariant(String rule) {
        return INVARIANTS.contains(rule);
    }
}
