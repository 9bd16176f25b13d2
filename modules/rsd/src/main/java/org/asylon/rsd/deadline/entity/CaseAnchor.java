package org.asylon.rsd.deadline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * When an event that starts a legal clock (a name of anchors.catalogue) happened to an application.
 */
@Entity
@Table(name = "case_anchor")
@IdClass(CaseAnchor.Key.class)
public class CaseAnchor {

    @Id
    @Column(name = "application_id")
    private String applicationId;

    @Id
    @Column(name = "anchor")
    private String anchor;

    @Column(name = "recorded_at", nullable = false)
    private Instant at;

    protected CaseAnchor() {}

    public CaseAnchor(String applicationId, String anchor, Instant at) {
        this.applicationId = applicationId;
        this.anchor = anchor;
        this.at = at;
    }

    /** The event happened again (a new decision notified after a remittal): the clock restarts. */
    public void recordedAgain(Instant when) {
        at = when;
    }

    public String applicationId() {
        return applicationId;
    }

    public String anchor() {
        return anchor;
    }

    public Instant at() {
        return at;
    }

    public static class Key implements Serializable {

        private String applicationId;
        private String anchor;

        public Key() {}

        public Key(String applicationId, String anchor) {
            this.applicationId = applicationId;
            this.anchor = anchor;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(applicationId, k.applicationId)
                    && Objects.equals(anchor, k.anchor);
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationId, anchor);
        }
    }
}
