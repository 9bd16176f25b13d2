package org.asylon.returns.gate.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.LegalStatus;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.profile.Rule;

/**
 * The gate's rules of the active legal profile, read at every check (a profile can be reloaded).
 */
@ApplicationScoped
public class GateProfile {

    public static final String NON_REFOULEMENT_BASIS = "entry.non-refoulement.basis";
    public static final String OVERRIDABLE = "return.gate.overridable";
    public static final String CHILD_DETERMINATION = "return.children.best-interests-determination";
    public static final String CHECK_MAXIMUM_AGE = "return.protection-check.maximum-age-hours";

    private ActiveProfile active;

    protected GateProfile() {
        // for CDI's client proxy
    }

    @Inject
    public GateProfile(ActiveProfile active) {
        this.active = active;
    }

    public GatePolicy policy() {
        return policyOf(active.profile());
    }

    /** The policy of any loaded profile (plain tests read the reference profiles). */
    public static GatePolicy policyOf(LegalProfile profile) {
        Map<String, String> bases = new LinkedHashMap<>();
        if (profile.has(OVERRIDABLE)) {
            for (ListItem item : profile.list(OVERRIDABLE)) {
                bases.put(
                        item.code(),
                        labelled(item.basis(), item.status()) + " (" + OVERRIDABLE + ")");
            }
        }
        Set<String> overridable =
                bases.keySet().stream()
                        .filter(c -> !GateRules.ABSOLUTE.contains(c))
                        .collect(Collectors.toSet());
        Rule child = profile.rule(CHILD_DETERMINATION);
        Rule basis = profile.rule(NON_REFOULEMENT_BASIS);
        return new GatePolicy(
                labelled(basis.valueText(), basis.status()),
                overridable,
                bases,
                profile.flag(CHILD_DETERMINATION),
                labelled(child.basis(), child.status()) + " (" + CHILD_DETERMINATION + ")",
                Duration.ofHours(profile.integer(CHECK_MAXIMUM_AGE)));
    }

    /** A basis the profile does not give as confirmed is shown labelled as such. */
    static String labelled(String basis, LegalStatus status) {
        return status == LegalStatus.UNCONFIRMED ? basis + " [unconfirmed]" : basis;
    }
}
