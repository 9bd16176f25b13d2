package org.asylon.detention.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An RSD application as RSD's feed reported it: the arrival it came from and the latest protection
 * state with its time. Kept for every application, whether or not detention knows the person yet: a
 * person registered or handed over later takes the state RSD already reported. An older fact never
 * replaces a newer one.
 */
@Entity
@Table(name = "rsd_claim")
public class RsdClaim {

    @Id
    @Column(name = "application_id")
    private String applicationId;

    @Version private long version;

    @Column(name = "source_arrival_id")
    private String sourceArrivalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "protection", nullable = false)
    private ProtectionState protection;

    @Column(name = "state_at", nullable = false)
    private Instant stateAt;

    /** The last {@code suspensiveAppealPending} RSD reported (null: none known). */
    @Column(name = "appeal_suspensive")
    private Boolean appealSuspensive;

    protected RsdClaim() {}

    public RsdClaim(String applicationId, ProtectionState protection, Instant stateAt) {
        this.applicationId = applicationId;
        this.protection = protection;
        this.stateAt = stateAt;
    }

    public void arrival(String arrivalId) {
        if (arrivalId != null) {
            this.sourceArrivalId = arrivalId;
        }
    }

    public void rememberAppealSuspensive(Boolean suspensive) {
        this.appealSuspensive = suspensive;
    }

    /**
     * The state reported at {@code at}; an older report changes nothing.
     *
     * @return whether it is now the latest known state
     */
    public boolean reported(ProtectionState state, Instant at) {
        if (at.isBefore(stateAt)) {
            return false;
        }
        this.protection = state;
        this.stateAt = at;
        return true;
    }

    /**
     * Whether this claim's state is news for the person: it differs and is not older than the state
     * recorded for them. A recorded {@code NONE} is no knowledge at all and never outranks it.
     */
    public boolean newsFor(DetainedPerson person) {
        return protection != person.protection()
                && (person.protectionAt() == null
                        || person.protection() == ProtectionState.NONE
                        || !stateAt.isBefore(person.protectionAt()));
    }

    public String applicationId() {
        return applicationId;
    }

    public String sourceArrivalId() {
        return sourceArrivalId;
    }

    public ProtectionState protection() {
        return protection;
    }

    public Instant stateAt() {
        return stateAt;
    }

    public Boolean appealSuspensive() {
        return appealSuspensive;
    }
}
