package org.asylon.detention.place.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.asylon.detention.place.entity.LivingSpaceStandard;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.LegalProfile;

/** The living-space minimums of the active legal profile, read by their rule names. */
@ApplicationScoped
public class PlaceProfile {

    private ActiveProfile active;

    protected PlaceProfile() {
        // for CDI's client proxy
    }

    @Inject
    public PlaceProfile(ActiveProfile active) {
        this.active = active;
    }

    public LivingSpaceStandard standard() {
        return standardOf(active.profile());
    }

    /** The state's legal time zone: the dates of stock and flow figures are taken in it. */
    public ZoneId zone() {
        return active.profile().calendar().zone();
    }

    /** The standard of any loaded profile (plain tests read the reference profiles). */
    public static LivingSpaceStandard standardOf(LegalProfile profile) {
        return new LivingSpaceStandard(
                profile.number(LivingSpaceStandard.SINGLE),
                profile.number(LivingSpaceStandard.PER_PERSON),
                profile.number(LivingSpaceStandard.WALL_DISTANCE),
                profile.number(LivingSpaceStandard.CEILING_HEIGHT),
                profile.rule(LivingSpaceStandard.SINGLE).basis());
    }
}
