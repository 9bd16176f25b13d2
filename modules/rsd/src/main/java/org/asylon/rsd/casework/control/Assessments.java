package org.asylon.rsd.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.security.Caller;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.casework.entity.AssessmentContent;
import org.asylon.rsd.casework.entity.AssessmentRecord;
import org.asylon.rsd.casework.entity.InterviewRules;
import org.asylon.rsd.decision.control.DecisionRules;

/**
 * The assessment of an application (RSD content). Written by the officer assigned to the file or a
 * supervisor, checked against the interview records' material facts and the refugee definitions of
 * the active legal profile; read only through {@link CaseAccess#requireContent}, which audits every
 * read.
 */
@ApplicationScoped
@Transactional
public class Assessments {

    static final String WHAT = "assessment";

    private EntityManager em;
    private InterviewScheduler scheduler;
    private InterviewRecords records;
    private CaseAccess access;
    private ActiveProfile active;
    private AuditTrail audit;
    private Clock clock;

    protected Assessments() {
        // for CDI's client proxy
    }

    @Inject
    public Assessments(
            EntityManager em,
            InterviewScheduler scheduler,
            InterviewRecords records,
            CaseAccess access,
            ActiveProfile active,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.scheduler = scheduler;
        this.records = records;
        this.access = access;
        this.active = active;
        this.audit = audit;
        this.clock = clock;
    }

    /** The assessment and the material facts still without a credibility finding. */
    public record Read(
            AssessmentRecord record,
            AssessmentContent content,
            List<String> unassessedFacts,
            boolean created) {}

    public Read read(String applicationId, Caller caller) {
        AsylumApplication a = scheduler.application(applicationId);
        access.requireContent(a, caller, WHAT);
        AssessmentRecord record = existing(applicationId);
        AssessmentContent content = record.content();
        return new Read(record, content, content.unassessed(records.facts(applicationId)), false);
    }

    /**
     * Writes the whole assessment. The first write creates it (no If-Match needed: there is nothing
     * to overwrite); every later one needs the version read.
     */
    public Read write(
            String applicationId, String ifMatch, AssessmentContent content, Caller caller) {
        AsylumApplication a = scheduler.application(applicationId);
        CaseWriters.requireWriter(a, caller, "assessment");
        InterviewRules.requireInterviewStage(a);
        AssessmentRecord record = find(applicationId);
        boolean created = record == null;
        if (created) {
            record = new AssessmentRecord(applicationId, caller.name(), Instant.now(clock));
        } else {
            Versions.requireMatch(ifMatch, record.version());
        }
        LegalProfile profile = profile();
        List<String> facts = records.facts(applicationId);
        List<String> applied =
                profile.list(DecisionRules.DEFINITIONS).stream().map(ListItem::code).toList();
        AssessmentContent checked =
                content.checked(
                        facts,
                        profile.rule(DecisionRules.DEFINITIONS),
                        applied,
                        profile.name(),
                        LocalDate.ofInstant(Instant.now(clock), profile.calendar().zone()));
        record.write(checked, profile.name(), caller.name(), Instant.now(clock));
        if (created) {
            em.persist(record);
        }
        em.flush();
        audit.record(
                caller.name(),
                created ? "rsd.assessment.created" : "rsd.assessment.updated",
                "asylum-application",
                applicationId,
                "profile " + profile.name());
        return new Read(record, checked, checked.unassessed(facts), created);
    }

    LegalProfile profile() {
        return active.profile();
    }

    private AssessmentRecord find(String applicationId) {
        return em.createQuery(
                        "SELECT r FROM AssessmentRecord r WHERE r.applicationId = :a",
                        AssessmentRecord.class)
                .setParameter("a", applicationId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private AssessmentRecord existing(String applicationId) {
        AssessmentRecord record = find(applicationId);
        if (record == null) {
            throw ProblemException.notFound("assessment of application", applicationId);
        }
        return record;
    }
}
