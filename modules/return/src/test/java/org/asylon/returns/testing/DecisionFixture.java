package org.asylon.returns.testing;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.security.Caller;
import org.asylon.kernel.security.Roles;
import org.asylon.kernel.testing.MovableClock;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.returns.decision.control.Appeals;
import org.asylon.returns.decision.control.DecisionBars;
import org.asylon.returns.decision.control.DecisionEvents;
import org.asylon.returns.decision.control.DecisionRecords;
import org.asylon.returns.decision.control.Decisions;
import org.asylon.returns.decision.control.ReturnProfile;
import org.asylon.returns.decision.entity.CountryOfReturn;
import org.asylon.returns.decision.entity.DecisionAppeal;
import org.asylon.returns.decision.entity.Departure;
import org.asylon.returns.decision.entity.DepartureExtension;
import org.asylon.returns.decision.entity.EntryBan;
import org.asylon.returns.decision.entity.ReturnDecision;
import org.asylon.returns.decision.entity.VoluntaryDeparture;
import org.asylon.returns.gate.control.DeskProtectionCheck;
import org.asylon.returns.gate.control.Gate;
import org.asylon.returns.gate.control.GateClearance;
import org.asylon.returns.gate.entity.ExecutionStep;
import org.asylon.returns.outcome.control.Outcomes;
import org.asylon.returns.outcome.entity.AlternativeOutcome;
import org.asylon.returns.protection.control.Fears;
import org.asylon.returns.returncase.control.ReturnCaseEvents;
import org.asylon.returns.returncase.control.ReturnCases;
import org.asylon.returns.returncase.entity.CaseOrigin;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * The return module's real schema in memory under one reference profile, with the decision and
 * outcome desks built as CDI builds them, a gate that records what it was asked and answers as the
 * test says, the fears the test states, and a clock the test moves.
 */
public final class DecisionFixture implements AutoCloseable {

    public static final Caller OFFICER = Caller.withRoles("return.officer", Roles.RETURN_OFFICER);

    public final TestDatabase db =
            TestDatabase.forModule(
                    "return",
                    AuditRecord.class,
                    KernelSequence.class,
                    OutboxEvent.class,
                    InstantConverter.class,
                    ReturnCase.class,
                    ReturnDecision.class,
                    VoluntaryDeparture.class,
                    EntryBan.class,
                    CountryOfReturn.class,
                    Departure.class,
                    DepartureExtension.class,
                    DecisionAppeal.class,
                    AlternativeOutcome.class);

    public final ActiveProfile profile;
    public final MovableClock clock = new MovableClock();

    /** What the gate was asked, in order. */
    public final List<Asked> gateAsked = new ArrayList<>();

    /** The gate's answer: null clears the step, a problem refuses it. */
    public ProblemException gateRefusal;

    /** The countries the person on any case fears. */
    public List<String> feared = List.of();

    public record Asked(String caseId, ExecutionStep step, DeskProtectionCheck check) {}

    public DecisionFixture(String profileName) {
        this.profile = new ActiveProfile(new ProfileLoader(), profileName);
        clock.set(Laws.DECIDED);
    }

    /** Everything a desk needs, over one entity manager. */
    public final class Desks {
        public final EntityManager em;
        public final ReturnCases cases;
        public final DecisionRecords records;
        public final Decisions decisions;
        public final Appeals appeals;
        public final DecisionBars bars;
        public final Outcomes outcomes;

        Desks(EntityManager em) {
            this.em = em;
            AuditTrail audit = new AuditTrail(em);
            EventPublisher publisher = new EventPublisher(em);
            this.cases =
                    new ReturnCases(
                            em, audit, new ReturnCaseEvents(publisher, closed -> {}), clock);
            this.records = new DecisionRecords(em);
            ReturnProfile returnProfile = new ReturnProfile(profile);
            Fears fears =
                    new Fears() {
                        @Override
                        public List<String> fearedCountries(String caseId) {
                            return feared;
                        }
                    };
            Gate gate =
                    new Gate() {
                        @Override
                        public GateClearance clear(
                                String caseId,
                                ExecutionStep step,
                                DeskProtectionCheck deskCheck,
                                Caller caller) {
                            gateAsked.add(new Asked(caseId, step, deskCheck));
                            if (gateRefusal != null) {
                                throw gateRefusal;
                            }
                            return new GateClearance(
                                    "check-" + gateAsked.size(), clock.instant(), List.of(), null);
                        }
                    };
            DecisionEvents events = new DecisionEvents(publisher);
            this.decisions =
                    new Decisions(
                            em, cases, records, returnProfile, fears, gate, events, audit, clock);
            this.appeals = new Appeals(em, records, returnProfile, events, audit, clock);
            this.bars = new DecisionBars(records, returnProfile, fears);
            this.outcomes = new Outcomes(em, cases, decisions, profile, publisher, audit, clock);
        }
    }

    /** Runs work at the desks in one transaction (rolled back if it throws). */
    public <T> T at(Function<Desks, T> work) {
        return db.readInTransaction(em -> work.apply(new Desks(em)));
    }

    public void run(Consumer<Desks> work) {
        db.inTransaction(em -> work.accept(new Desks(em)));
    }

    /** A desk case for an Iraqi national staying irregularly. */
    public String aCase() {
        return at(
                d -> {
                    ReturnCase c =
                            new ReturnCase(
                                    CaseOrigin.DESK,
                                    "irregular-stay",
                                    "desk-file-1",
                                    new ReturnCase.Person(
                                            "Haddad",
                                            "Karim",
                                            null,
                                            "1994-03-02",
                                            "M",
                                            List.of("IRQ"),
                                            false),
                                    new ReturnCase.Links(null, null, null),
                                    "return.officer",
                                    clock.instant());
                    d.em.persist(c);
                    return c.id();
                });
    }

    public ReturnCase returnCase(String id) {
        return at(d -> d.cases.require(id));
    }

    public ReturnDecision decision(String id) {
        return at(d -> d.records.decision(id));
    }

    /** The data of the events of a type, oldest first. */
    public List<String> events(String type) {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT e.data FROM OutboxEvent e WHERE e.type = :t ORDER BY e.id",
                                        String.class)
                                .setParameter("t", type)
                                .getResultList());
    }

    /** The audit actions recorded on a record, oldest first. */
    public List<String> audited(String recordId) {
        return db.readInTransaction(
                em ->
                        em.createQuery(
                                        "SELECT a.action FROM AuditRecord a WHERE a.recordId = :r"
                                                + " ORDER BY a.sequenceNumber",
                                        String.class)
                                .setParameter("r", recordId)
                                .getResultList());
    }

    @Override
    public void close() {
        db.close();
    }
}
