package org.asylon.rsd.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * The assessment of one application (RSD content), kept with the name of the legal profile it was
 * written under, since the refugee definitions it applies come from that profile. Only the file
 * holders may read it (CaseAccess).
 */
@Entity
@Table(name = "assessment_record")
public class AssessmentRecord {

    @Id private String id;

    @Version private long version;

    @Column(name = "application_id", nullable = false, unique = true)
    private String applicationId;

    @Column(name = "profile", nullable = false)
    private String profile;

    @Lob
    @Column(name = "content", nullable = false)
    private String content;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AssessmentRecord() {}

    public AssessmentRecord(String applicationId, String createdBy, Instant createdAt) {
        this.id = UUID.randomUUID().toString();
        this.applicationId = applicationId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * Replaces the assessment with {@code checked} (already checked against the case and the
     * profile).
     */
    public void write(AssessmentContent checked, String profileName, String user, Instant at) {
        this.content = Content.write(checked);
        this.profile = profileName;
        this.updatedBy = user;
        this.updatedAt = at;
    }

    public AssessmentContent content() {
        return Content.read(content, AssessmentContent.class);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String applicationId() {
        return applicationId;
    }

    public String profile() {
        return profile;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
