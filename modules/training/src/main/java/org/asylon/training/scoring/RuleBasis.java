package org.asylon.training.scoring;

import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.Regime;

/**
 * The legal basis of a rule an answer key names, read from the exercise's profile. The suite's
 * invariant rules are named as the modules publish them ({@code entry.non-refoulement}); the
 * profile states their basis in the rule of the same name with {@code .basis} added ({@code
 * entry.non-refoulement.basis}). A readmission regime's rule ({@code regime.*}) has its basis in
 * the regime the profile binds.
 */
final class RuleBasis {

    private RuleBasis() {}

    static String of(LegalProfile profile, String rule) {
        if (rule == null) {
            return null;
        }
        if (profile.has(rule)) {
            return profile.rule(rule).basis();
        }
        if (profile.has(rule + ".basis")) {
            return profile.rule(rule + ".basis").basis();
        }
        // a readmission regime's rule: the first regime the profile binds that has it (in the
        // order of readmission.regimes), as the key names the rule without its regime
        for (Regime regime : profile.regimes()) {
            if (regime.rules().has(rule)) {
                return regime.rules().rule(rule).basis();
            }
        }
        return "profile " + profile.name() + " states no basis for " + rule;
    }
}
