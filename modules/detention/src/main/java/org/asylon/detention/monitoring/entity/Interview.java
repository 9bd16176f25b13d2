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
 * A private interview during a visit (OPCAT Art 20(d): without witnesses, with an interpreter if
 * needed, with the people held and anyone else who may supply information). Its content is read by
 * monitors only and never leaves the monitoring records: no event, no audit detail carries it. A
 * detained person may be interviewed without being named ({@code personId} empty), since naming
 * them can expose them to reprisals.
 */
@Entity
@Table(name = "monitoring_interview")
public class Interview {

    @Id private String id;

    @Version private long version;

    @Column(name = "visit_id", nullable = false)
    private String visitId;

    @Column(name = "person_id")
    private String personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "interviewee_role", nullable = false)
    private IntervieweeRole intervieweeRole;

    @Column(name = "interpreter_language")
    private String interpreterLanguage;

    @Column(name = "without_witnesses", nullable = false)
    private boolean withoutWitnesses;

    @Lob
    @Column(name = "content", nullable = false)
    private String content;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    protected Interview() {}

    /**
     * @throws ProblemException naming {@code personId} when a person id is given for someone who is
     *     not a detained person
     */
    public Interview(
            Visit visit,
            String personId,
            IntervieweeRole intervieweeRole,
            String interpreterLanguage,
            boolean withoutWitnesses,
            String content,
            String recordedBy,
            Instant recordedAt) {
        if (personId != null && intervieweeRole != IntervieweeRole.DETAINED_PERSON) {
            throw ProblemException.invalidField(
                    "personId", "only a detained person is named by a person id");
        }
        this.id = UUID.randomUUID().toString();
        this.visitId = visit.id();
        this.personId = personId;
        this.intervieweeRole = intervieweeRole;
        this.interpreterLanguage = interpreterLanguage;
        this.withoutWitnesses = withoutWitnesses;
        this.content = content;
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

    public String personId() {
        return personId;
    }

    public IntervieweeRole intervieweeRole() {
        return intervieweeRole;
    }

    public String interpreterLanguage() {
        return interpreterLanguage;
    }

    public boolean withoutWitnesses() {
        return withoutWitnesses;
    }

    public String content() {
        return content;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
