package org.asylon.rsd.application.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.http.Versions;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.profile.Rule;
import org.asylon.kernel.security.Caller;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.MadeWhere;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.application.entity.ProtectionEnding;
import org.asylon.rsd.application.entity.Relationship;
import org.asylon.rsd.application.entity.Stage;

/** What the RSD registry does with applications: open them, register, lodge, assign, withdraw. */
@ApplicationScoped
@Transactional
public class ApplicationDesk {

    /** The profile's procedures by which protection granted by a decision ends (e.g. cessation). */
    public static final String PROTECTION_ENDING = "asylum.protection.ending";

    /**
     * What a renewed request after a withdrawn claim leads to: reopen, or subsequent-application.
     */
    public static final String RENEWED_REQUEST = "asylum.renewed-request";

    static final String REOPEN = "reopen";

    private EntityManager em;
    private ActiveProfile active;
    private RsdEvents events;
    private AuditTrail audit;
    private Event<ApplicationOpened> opened;
    private Event<AnchorRecorded> anchors;
    private Event<StageChanged> stages;
    private Clock clock;

    protected ApplicationDesk() {
        // for CDI's client proxy
    }

    @Inject
    public ApplicationDesk(
            EntityManager em,
            ActiveProfile active,
            RsdEvents events,
            AuditTrail audit,
            Event<ApplicationOpened> opened,
            Event<AnchorRecorded> anchors,
            Event<StageChanged> stages,
            Clock clock) {
        this.em = em;
        this.active = active;
        this.events = events;
        this.audit = audit;
        this.opened = opened;
        this.anchors = anchors;
        this.stages = stages;
        this.clock = clock;
    }

    /**
     * Opens an application made at the desk and, when the desk registered it in the same sitting,
     * registers it. Flushed, so that the version the caller answers with is the one stored.
     */
    public AsylumApplication openAtDesk(DeskApplication request, String user) {
        Instant now = Instant.now(clock);
        Instant madeAt = request.madeAt() == null ? now : request.madeAt();
        if (madeAt.isAfter(now)) {
            throw ProblemException.invalidField("madeAt", "is in the future");
        }
        AsylumApplication application =
                new AsylumApplication(
                        null,
                        request.person(),
                        request.interpreter(),
                        madeAt,
                        MadeWhere.RSD_DESK,
                        user,
                        now);
        if (request.unaccompaniedChild()) {
            application.markUnaccompaniedChild();
        }
        application.markSpecialProceduralNeeds(request.specialProceduralNeeds());
        open(application, request.principalId(), request.relationship(), request.ownClaim(), user);
        if (request.registeredAt() != null) {
            register(application, request.registeredAt(), user);
        }
        em.flush();
        return application;
    }

    /** A page of the caseload and where the next one starts (null on the last page). */
    public record Page(List<AsylumApplication> applications, ListCursor next) {}

    /**
     * The caseload list, oldest first: RSD staff see every application, anyone else (a
     * representative) only their clients'.
     */
    public List<AsylumApplication> caseload(CaseloadFilter filter, Caller caller, int limit) {
        return caseload(filter, caller, null, limit).applications();
    }

    /**
     * A page of the caseload list after {@code after} (keyset paging on making time and id, the
     * list's order): stable while applications are added, as fast on the thousandth page as on the
     * first.
     */
    public Page caseload(CaseloadFilter filter, Caller caller, ListCursor after, int limit) {
        boolean staff = CaseAccess.staff(caller);
        StringBuilder jpql = new StringBuilder("SELECT a FROM AsylumApplication a WHERE 1 = 1");
        if (!staff) {
            jpql.append(" AND a.representative = :me");
        }
        if (filter.sourceArrivalId() != null) {
            jpql.append(" AND a.sourceArrivalId = :arrival");
        }
        if (after != null) {
            jpql.append(
                    " AND (a.madeAt > :afterMade OR (a.madeAt = :afterMade AND a.id > :afterId))");
        }
        if (filter.stage() != null) {
            jpql.append(" AND a.stage = :stage");
        }
        if (filter.track() != null) {
            jpql.append(" AND a.track.track = :track");
        }
        if (filter.officer() != null) {
            jpql.append(" AND a.assignedOfficer = :officer");
        }
        TypedQuery<AsylumApplication> query =
                em.createQuery(
                                jpql.append(" ORDER BY a.madeAt, a.id").toString(),
                                AsylumApplication.class)
                        .setMaxResults(limit + 1);
        if (!staff) {
            query.setParameter("me", caller.name());
        }
        if (filter.sourceArrivalId() != null) {
            query.setParameter("arrival", filter.sourceArrivalId());
        }
        if (after != null) {
            query.setParameter("afterMade", after.madeAt()).setParameter("afterId", after.id());
        }
        if (filter.stage() != null) {
            query.setParameter("stage", filter.stage());
        }
        if (filter.track() != null) {
            query.setParameter("track", filter.track());
        }
        if (filter.officer() != null) {
            query.setParameter("officer", filter.officer());
        }
        List<AsylumApplication> found = query.getResultList();
        if (found.size() <= limit) {
            return new Page(found, null);
        }
        List<AsylumApplication> page = found.subList(0, limit);
        AsylumApplication last = page.get(limit - 1);
        return new Page(List.copyOf(page), new ListCursor(last.madeAt(), last.id()));
    }

    /**
     * Opens an application. A dependant names the principal's application; the principal must exist
     * here already.
     */
    public AsylumApplication open(
            AsylumApplication application,
            String principalId,
            Relationship relationship,
            boolean ownClaim,
            String user) {
        if (principalId != null) {
            AsylumApplication principal = em.find(AsylumApplication.class, principalId);
            if (principal == null) {
                throw ProblemException.invalidField(
                        "principalId", "no application " + principalId + " in this module");
            }
            application.dependantOf(
                    principal, relationship == null ? Relationship.OTHER : relationship, ownClaim);
        }
        em.persist(application);
        em.flush();
        events.pending(application);
        opened.fire(new ApplicationOpened(application));
        anchors.fire(new AnchorRecorded(application, AnchorRecorded.MADE, application.madeAt()));
        audit.record(
                user,
                "application.opened",
                "asylum-application",
                application.id(),
                application.madeWhere().name());
        return application;
    }

    public AsylumApplication find(String id) {
        AsylumApplication application = em.find(AsylumApplication.class, id);
        if (application == null) {
            throw ProblemException.notFound("application", id);
        }
        return application;
    }

    /**
     * Registers an application: the file holders, or while no officer holds it, any eligibility
     * officer.
     */
    public AsylumApplication register(String id, String ifMatch, Instant at, Caller caller) {
        AsylumApplication a = find(id);
        CaseActors.requireRegistrar(a, caller);
        Versions.requireMatch(ifMatch, a.version());
        return register(a, at, caller.name());
    }

    /**
     * Registers an application just opened in the same request (no If-Match: no one else has seen
     * it).
     */
    public AsylumApplication register(AsylumApplication a, Instant at, String user) {
        String id = a.id();
        a.register(at == null ? Instant.now(clock) : at);
        events.registered(a);
        stages.fire(new StageChanged(a, Stage.MADE, Stage.REGISTERED));
        anchors.fire(new AnchorRecorded(a, AnchorRecorded.REGISTRATION, a.registeredAt()));
        audit.record(
                user,
                "application.registered",
                "asylum-application",
                id,
                a.registeredAt().toString());
        return a;
    }

    public AsylumApplication lodge(String id, String ifMatch, Instant at, Caller caller) {
        AsylumApplication a = current(id, ifMatch, caller, "lodge");
        String user = caller.name();
        a.lodge(at == null ? Instant.now(clock) : at);
        events.lodged(a);
        stages.fire(new StageChanged(a, Stage.REGISTERED, Stage.LODGED));
        anchors.fire(new AnchorRecorded(a, AnchorRecorded.LODGING, a.lodgedAt()));
        audit.record(user, "application.lodged", "asylum-application", id, a.lodgedAt().toString());
        return a;
    }

    /**
     * Who holds the file. Only the fields given change; the decision-maker's independence is
     * checked where it matters (appeals).
     */
    public AsylumApplication assignHolders(
            String id, String ifMatch, FileHolders holders, String user) {
        AsylumApplication a = current(id, ifMatch);
        if (holders.officer() != null) {
            a.assignOfficer(holders.officer());
        }
        if (holders.reviewer() != null) {
            a.assignReviewer(holders.reviewer());
        }
        if (holders.appealOfficer() != null) {
            a.assignAppealOfficer(holders.appealOfficer());
        }
        if (holders.representative() != null) {
            a.representedBy(holders.representative());
        }
        audit.record(
                user, "application.holders-assigned", "asylum-application", id, holders.toString());
        return a;
    }

    public AsylumApplication recordInterpreterNeeds(
            String id, String ifMatch, InterpreterNeeds needs, Caller caller) {
        AsylumApplication a = current(id, ifMatch, caller, "record the interview language of");
        String user = caller.name();
        a.recordInterpreterNeeds(needs);
        audit.record(
                user,
                "application.interpreter-needs-recorded",
                "asylum-application",
                id,
                (needs.language() == null ? "no interpreter" : needs.language())
                        + (needs.sameGenderInterviewer() ? ", same-gender interviewer" : "")
                        + (needs.sameGenderInterpreter() ? ", same-gender interpreter" : ""));
        return a;
    }

    public AsylumApplication withdraw(String id, String ifMatch, Outcome how, Caller caller) {
        AsylumApplication a = current(id, ifMatch, caller, "withdraw");
        String user = caller.name();
        Stage from = a.stage();
        a.withdraw(how, protectionEnding(), Instant.now(clock));
        stages.fire(new StageChanged(a, from, Stage.WITHDRAWN));
        events.withdrawn(a);
        audit.record(user, "application.withdrawn", "asylum-application", id, how.name());
        return a;
    }

    /**
     * What a renewed request led to: the application now pending, and whether it is a new
     * (subsequent) one.
     */
    public record Renewal(AsylumApplication application, boolean subsequent) {}

    /**
     * The person whose claim was withdrawn asks for protection again, at {@code at} (default now)
     * and {@code where}: as the profile says ({@value #RENEWED_REQUEST}), the withdrawn claim is
     * reopened where it stopped, or a subsequent application is opened and linked to it. A claim
     * closed by a final decision that it was withdrawn is never reopened (the decision stands): a
     * subsequent application follows it under either choice. Either way the claim is pending again,
     * on the feed.
     */
    public Renewal renew(String earlierId, Instant at, MadeWhere where, String user) {
        return renew(find(earlierId), at, where, user);
    }

    public Renewal renew(
            AsylumApplication earlier, Instant requestedAt, MadeWhere where, String user) {
        Instant now = Instant.now(clock);
        Instant at = requestedAt == null ? now : requestedAt;
        if (at.isAfter(now)) {
            throw ProblemException.invalidField("at", "is in the future");
        }
        if (!earlier.renewable()) {
            throw ProblemException.ruleViolated(
                    RENEWED_REQUEST,
                    active.profile().rule(RENEWED_REQUEST).basis(),
                    "Application "
                            + earlier.id()
                            + " is "
                            + earlier.stage()
                            + (earlier.outcome() == null ? "" : " with " + earlier.outcome())
                            + ": only a withdrawn claim is renewed"
                            + (earlier.stage().pending() ? " (this one is pending)." : "."));
        }
        if (earlier.closedAt() != null && at.isBefore(earlier.closedAt())) {
            throw ProblemException.invalidField(
                    "at", "is before the claim was closed (" + earlier.closedAt() + ")");
        }
        if (REOPEN.equals(active.profile().choice(RENEWED_REQUEST))
                && earlier.stage() == Stage.WITHDRAWN) {
            earlier.reopen(at);
            stages.fire(new StageChanged(earlier, Stage.WITHDRAWN, earlier.stage()));
            events.reopened(earlier);
            audit.record(
                    user,
                    "application.reopened",
                    "asylum-application",
                    earlier.id(),
                    RENEWED_REQUEST
                            + " = "
                            + REOPEN
                            + ", "
                            + earlier.stage()
                            + ", asked again at "
                            + at);
            em.flush();
            return new Renewal(earlier, false);
        }
        Person p = earlier.person();
        InterpreterNeeds i = earlier.interpreter();
        AsylumApplication next =
                new AsylumApplication(
                        earlier.sourceArrivalId(),
                        new Person(
                                p.surname(),
                                p.givenNames(),
                                p.originalScriptName(),
                                p.dateOfBirth(),
                                p.sex(),
                                p.nationalities(),
                                p.languages()),
                        new InterpreterNeeds(
                                i.language(), i.sameGenderInterviewer(), i.sameGenderInterpreter()),
                        at,
                        where == null ? MadeWhere.RSD_DESK : where,
                        user,
                        now);
        next.subsequentTo(earlier);
        if (earlier.unaccompaniedChild()) {
            next.markUnaccompaniedChild();
        }
        next.markSpecialProceduralNeeds(earlier.specialProceduralNeeds());
        if (!earlier.vulnerabilities().isEmpty() || earlier.priority()) {
            next.noteVulnerabilities(earlier.vulnerabilities(), earlier.priority());
        }
        open(
                next,
                earlier.principalId(),
                earlier.relationship(),
                earlier.principalId() == null || earlier.ownClaim(),
                user);
        audit.record(
                user,
                "application.subsequent",
                "asylum-application",
                next.id(),
                "subsequent to " + earlier.id() + " (" + RENEWED_REQUEST + ")");
        em.flush();
        return new Renewal(next, true);
    }

    /**
     * How protection ends under the active profile ({@value #PROTECTION_ENDING}), for the
     * aggregate's refusal.
     */
    ProtectionEnding protectionEnding() {
        Rule rule = active.profile().rule(PROTECTION_ENDING);
        return new ProtectionEnding(
                rule.name(),
                rule.basis(),
                active.profile().list(PROTECTION_ENDING).stream().map(ListItem::code).toList());
    }

    private AsylumApplication current(String id, String ifMatch) {
        AsylumApplication a = find(id);
        Versions.requireMatch(ifMatch, a.version());
        return a;
    }

    /**
     * The application, if {@code caller} holds the file ({@link CaseActors}) and {@code ifMatch} is
     * its version.
     */
    private AsylumApplication current(String id, String ifMatch, Caller caller, String action) {
        AsylumApplication a = find(id);
        CaseActors.requireActor(a, caller, action);
        Versions.requireMatch(ifMatch, a.version());
        return a;
    }
}
