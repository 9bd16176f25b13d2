package org.asylon.detention.monitoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;

/**
 * A monitor's finding on the treatment of people held (OPCAT Art 19(a)), checked against a {@link
 * Standard}, with a snapshot of what the module's records said at that moment. Its text is read by
 * monitors only; the feed says only that a finding on a standard was recorded.
 */
@Entity
@Table(name = "monitoring_finding")
public class Finding {

    @Id private String id;

    @Version private long version;

    @Column(name = "visit_id", nullable = false)
    private String visitId;

    @Column(name = "facility_id", nullable = false)
    private String facilityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "standard", nullable = false)
    private Standard standard;

    @Column(name = "room_id")
    private String roomId;

    @Column(name = "person_id")
    private String personId;

    @Lob
    @Column(name = "finding_text", nullable = false)
    private String text;

    @Lob
    @Column(name = "records_snapshot")
    private String recordsSnapshot;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Finding() {}

    /**
     * @param snapshot what the records said, or null where the module keeps no record of the
     *     standard
     * @throws ProblemException naming {@code roomId} or {@code personId} where the standard takes
     *     none
     */
    public Finding(
            Visit visit,
            Standard standard,
            String roomId,
            String personId,
            String text,
            RecordsSnapshot snapshot,
            String recordedBy,
            Instant recordedAt) {
        if (roomId != null && !standard.takesRoom()) {
            throw ProblemException.invalidField(
                    "roomId", "a finding on " + standard + " does not name a room");
        }
        if (personId != null && !standard.takesPerson()) {
            throw ProblemException.invalidField(
                    "personId", "a finding on " + standard + " does not name a person");
        }
        this.id = UUID.randomUUID().toString();
        this.visitId = visit.id();
        this.facilityId = visit.facilityId();
        this.standard = standard;
        this.roomId = roomId;
        this.personId = personId;
        this.text = text;
        this.recordsSnapshot = snapshot == null ? null : snapshot.toJson();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String visitId() {
        return visitId;
    }

    public String facilityId() {
        return facilityId;
    }

    public Standard standard() {
        return standard;
    }

    public String roomId() {
        return roomId;
    }

    public String personId() {
        return personId;
    }

    public String text() {
        return text;
    }

    public RecordsSnapshot snapshot() {
        return RecordsSnapshot.fromJson(recordsSnapshot);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
