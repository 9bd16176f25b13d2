package org.asylon.entry.encounter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A rescue at sea and the disembarkation that followed: the vessel, the search-and-rescue region,
 * the place of safety, and the numbers rescued, dead and missing — the figures the 10-Point Plan's
 * data collection asks states to keep for every rescue.
 */
@Embeddable
public class RescueDetails {

    @Column(name = "vessel")
    private String vessel;

    @Column(name = "sar_region")
    private String searchAndRescueRegion;

    @Column(name = "place_of_safety")
    private String placeOfSafety;

    @Column(name = "disembarked_at")
    private Instant disembarkedAt;

    @Column(name = "number_rescued")
    private Integer rescued;

    @Column(name = "number_dead")
    private Integer dead;

    @Column(name = "number_missing")
    private Integer missing;

    protected RescueDetails() {}

    public RescueDetails(
            String vessel,
            String searchAndRescueRegion,
            String placeOfSafety,
            Instant disembarkedAt,
            int rescued,
            int dead,
            int missing) {
        this.vessel = vessel;
        this.searchAndRescueRegion = searchAndRescueRegion;
        this.placeOfSafety = placeOfSafety;
        this.disembarkedAt = disembarkedAt;
        this.rescued = rescued;
        this.dead = dead;
        this.missing = missing;
    }

    public String vessel() {
        return vessel;
    }

    public String searchAndRescueRegion() {
        return searchAndRescueRegion;
    }

    public String placeOfSafety() {
        return placeOfSafety;
    }

    public Instant disembarkedAt() {
        return disembarkedAt;
    }

    public Integer rescued() {
        return rescued;
    }

    public Integer dead() {
        return dead;
    }

    public Integer missing() {
        return missing;
    }
}
