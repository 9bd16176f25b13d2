package org.asylon.detention.conditions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.asylon.detention.conditions.entity.SolitaryStandard;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.LegalProfile;

/** The Mandela Rules' limits on solitary confinement as the active legal profile states them. */
@ApplicationScoped
public class SolitaryProfile {

    private ActiveProfile active;

    protected SolitaryProfile() {
        // for CDI's client proxy
    }

    @Inject
    public SolitaryProfile(ActiveProfile active) {
        this.active = active;
    }

    public SolitaryStandard standard() {
        return standardOf(active.profile());
    }

    /** The state's legal time zone: "today" of a confinement record is taken in it. */
    public ZoneId zone() {
        return active.profile().calendar().zone();
    }

    /** The standard of any loaded profile (plain tests read the reference profiles). */
    public static SolitaryStandard standardOf(LegalProfile profile) {
        return new SolitaryStandard(
                profile.number(SolitaryStandard.DAILY_HOURS),
                profile.integer(SolitaryStandard.PROLONGED_DAYS),
                profile.rule(SolitaryStandard.DAILY_HOURS).basis(),
                profile.rule(SolitaryStandard.PROLONGED_DAYS).basis());
    }
}
