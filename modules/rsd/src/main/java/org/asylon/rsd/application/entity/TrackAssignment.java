package org.asylon.rsd.application.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The procedure track an application is in and why: the profile rule (and the listed ground) that
 * sent it there, or an officer's override with reasons.
 */
@Embeddable
public class TrackAssignment {

    /** A code of the profile's asylum.procedure.tracks list, e.g. regular, accelerated, border. */
    @Column(name = "track")
    private String track;

    @Column(name = "track_rule")
    private String rule;

    /**
     * The item of the rule's list that matched, e.g. recognition-rate; null for the default track.
     */
    @Column(name = "track_ground")
    private String ground;

    @Column(name = "track_reason", length = 2000)
    private String reason;

    @Column(name = "track_set_by")
    private String setBy;

    @Column(name = "track_overridden")
    private Boolean overridden;

    protected TrackAssignment() {}

    public TrackAssignment(
            String track,
            String rule,
            String ground,
            String reason,
            String setBy,
            boolean overridden) {
        this.track = track;
        this.rule = rule;
        this.ground = ground;
        this.reason = reason;
        this.setBy = setBy;
        this.overridden = overridden;
    }

    public String track() {
        return track;
    }

    public String rule() {
        return rule;
    }

    public String ground() {
        return ground;
    }

    public String reason() {
        return reason;
    }

    public String setBy() {
        return setBy;
    }

    public boolean overridden() {
        return Boolean.TRUE.equals(overridden);
    }
}
