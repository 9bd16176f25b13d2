package org.asylon.rsd.casework.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.security.Caller;
import org.asylon.rsd.application.control.CaseAccess;
import org.asylon.rsd.application.control.CaseActors;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.casework.entity.Delivery;
import org.asylon.rsd.casework.entity.Interview;
import org.asylon.rsd.casework.entity.InterviewNotice;
import org.asylon.rsd.casework.entity.InterviewStatus;

/**
 * Printing appointment notices (audited) and recording that one was given to the applicant, and
 * how.
 */
@ApplicationScoped
@Transactional
public class AppointmentNotices {

    private EntityManager em;
    private InterviewScheduler scheduler;
    private CaseAccess access;
    private ActiveProfile profile;
    private AuditTrail audit;
    private Clock clock;

    protected AppointmentNotices() {
        // for CDI's client proxy
    }

    @Inject
    public AppointmentNotices(
            EntityManager em,
            InterviewScheduler scheduler,
            CaseAccess access,
            ActiveProfile profile,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.scheduler = scheduler;
        this.access = access;
        this.profile = profile;
        this.audit = audit;
        this.clock = clock;
    }

    /** The printable notice for the interview's current appointment. */
    public String page(String applicationId, String interviewId, Caller caller) {
        AsylumApplication a = scheduler.application(applicationId);
        access.requireSummary(a, caller);
        Interview interview = scheduler.find(applicationId, interviewId);
        requireScheduled(interview);
        List<InterviewNotice> issued =
                notices(applicationId, interviewId).stream()
                        .filter(n -> n.appointmentAt().equals(interview.startsAt()))
                        .toList();
        audit.record(
                caller.name(),
                "interview.notice-printed",
                "interview",
                interviewId,
                "application " + applicationId);
        return AppointmentNoticePage.render(a, interview, zone(), issued, Instant.now(clock));
    }

    /**
     * Records that the notice was given.
     *
     * @param language the language it was explained in (ISO 639-3); defaults to the interview's
     *     language
     */
    public InterviewNotice issue(
            String applicationId,
            String interviewId,
            String language,
            Delivery delivery,
            Caller caller) {
        CaseActors.requireActor(
                scheduler.application(applicationId), caller, "record a notice for");
        String user = caller.name();
        Interview interview = scheduler.find(applicationId, interviewId);
        requireScheduled(interview);
        InterviewNotice notice =
                new InterviewNotice(
                        interview,
                        language == null ? interview.language() : language,
                        delivery,
                        user,
                        Instant.now(clock));
        em.persist(notice);
        em.flush();
        audit.record(
                user,
                "interview.notice-issued",
                "interview",
                interviewId,
                delivery
                        + (notice.language() == null ? "" : ", explained in " + notice.language()));
        return notice;
    }

    public List<InterviewNotice> notices(String applicationId, String interviewId) {
        scheduler.find(applicationId, interviewId);
        return em.createQuery(
                        "SELECT n FROM InterviewNotice n WHERE n.interviewId = :i ORDER BY n.issuedAt, n.id",
                        InterviewNotice.class)
                .setParameter("i", interviewId)
                .getResultList();
    }

    private static void requireScheduled(Interview interview) {
        if (interview.status() != InterviewStatus.SCHEDULED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "Interview "
                            + interview.id()
                            + " is "
                            + interview.status()
                            + ": there is no appointment to give notice of.");
        }
    }

    ZoneId zone() {
        return profile.profile().calendar().zone();
    }
}
