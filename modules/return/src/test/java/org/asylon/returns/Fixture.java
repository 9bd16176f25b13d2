package org.asylon.returns;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.feed.consumer.FeedFollowers;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.testing.Fire;
import org.asylon.kernel.testing.MovableClock;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.returns.gate.control.ExecutionBarSource;
import org.asylon.returns.gate.control.Gate;
import org.asylon.returns.gate.control.GateEvents;
import org.asylon.returns.gate.control.GateOverrides;
import org.asylon.returns.gate.control.GateProfile;
import org.asylon.returns.gate.control.GateRecords;
import org.asylon.returns.gate.control.ProtectionStatuses;
import org.asylon.returns.gate.entity.GateCheck;
import org.asylon.returns.gate.entity.GateOverride;
import org.asylon.returns.protection.control.ClaimsFromRsd;
import org.asylon.returns.protection.control.Fears;
import org.asylon.returns.protection.control.FeedCatchUp;
import org.asylon.returns.protection.control.FromEntry;
import org.asylon.returns.protection.control.FromReception;
import org.asylon.returns.protection.control.ProtectionDesk;
import org.asylon.returns.protection.control.ProtectionEvents;
import org.asylon.returns.protection.control.ProtectionPictures;
import org.asylon.returns.protection.control.ProtectionRequests;
import org.asylon.returns.protection.control.RsdFeed;
import org.asylon.returns.protection.entity.BestInterestsDetermination;
import org.asylon.returns.protection.entity.BorderPerson;
import org.asylon.returns.protection.entity.InterimMeasure;
import org.asylon.returns.protection.entity.ProtectionRequest;
import org.asylon.returns.protection.entity.RsdClaim;
import org.asylon.returns.returncase.control.CaseClosed;
import org.asylon.returns.returncase.control.CaseOpening;
import org.asylon.returns.returncase.control.FromReadmission;
import org.asylon.returns.returncase.control.ReturnCaseEvents;
import org.asylon.returns.returncase.control.ReturnCases;
import org.asylon.returns.returncase.entity.ReturnCase;

/**
 * Return's real schema in memory under one reference profile, with the desks built as CDI builds
 * them, a clock the test moves, and a switch for whether RSD's feed is followed.
 */
public final class Fixture implements AutoCloseable {

    public final TestDatabase db =
            TestDatabase.forModule(
                    "return",
                    AuditRecord.class,
                    KernelSequence.class,
                    OutboxEvent.class,
                    InstantConverter.class,
                    ReturnCase.class,
                    RsdClaim.class,
                    ProtectionRequest.class,
                    InterimMeasure.class,
                    BestInterestsDetermination.class,
                    BorderPerson.class,
                    GateCheck.class,
                    GateOverride.class);

    public final ActiveProfile profile;
    public final MovableClock clock = new MovableClock();

    /** Every case closed, as the rest of the module hears it ({@link CaseClosed}). */
    public final Fire<CaseClosed> closed = new Fire<>();

    public final List<ExecutionBarSource> sources = new ArrayList<>();
    public boolean rsdFollowed = true;

    public Fixture(String profileName) {
        this.profile = new ActiveProfile(new ProfileLoader(), profileName);
        clock.set(Instant.parse("2026-12-01T08:00:00Z"));
    }

    /** Everything a desk needs, over one entity manager. */
    public final class Desks {
        public final EntityManager em;
        public final ReturnCases cases;
        public final CaseOpening opening;
        public final ProtectionRequests requests;
        public final ProtectionDesk protection;
        public final ProtectionPictures pictures;
        public final Fears fears;
        public final GateOverrides overrides;
        public final Gate gate;
        public final ClaimsFromRsd fromRsd;
        public final FromEntry fromEntry;
        public final FromReception fromReception;
        public final FromReadmission fromReadmission;
        public final ProtectionStatuses statuses;

        Desks(EntityManager em) {
            this.em = em;
            AuditTrail audit = new AuditTrail(em);
            EventPublisher publisher = new EventPublisher(em);
            ReturnCaseEvents caseEvents = new ReturnCaseEvents(publisher, closed);
            this.cases = new ReturnCases(em, audit, caseEvents, clock);
            this.opening = new CaseOpening(em, audit, caseEvents, clock);
            ProtectionEvents events = new ProtectionEvents(publisher);
            this.requests = new ProtectionRequests(em, cases, audit, events, clock);
            this.protection = new ProtectionDesk(em, cases, audit, events, clock);
            RsdFeed rsd =
                    new RsdFeed() {
                        @Override
                        public boolean followed() {
                            return rsdFollowed;
                        }
                    };
            this.pictures = new ProtectionPictures(em, rsd, profile, opening);
            this.fears = new Fears(cases, pictures, rsd);
            GateProfile gateProfile = new GateProfile(profile);
            GateEvents gateEvents = new GateEvents(publisher);
            this.overrides = new GateOverrides(em, cases, gateProfile, audit, gateEvents, clock);
            this.gate =
                    new Gate(
                            cases,
                            pictures,
                            new FeedCatchUp(new FeedFollowers()),
                            gateProfile,
                            sources,
                            new GateRecords(em, audit, gateEvents),
                            overrides,
                            em,
                            audit,
                            clock);
            this.fromRsd = new ClaimsFromRsd(opening);
            this.fromEntry = new FromEntry(requests, opening);
            this.fromReception = new FromReception(requests, opening);
            this.fromReadmission = new FromReadmission(opening);
            this.statuses =
                    new ProtectionStatuses(
                            new FeedCatchUp(new FeedFollowers()),
                            pictures,
                            fears,
                            gateProfile,
                            audit,
                            clock);
        }
    }

    /** Runs work at the desks in one transaction (rolled back if it throws). */
    public <T> T at(Function<Desks, T> work) {
        return db.readInTransaction(em -> work.apply(new Desks(em)));
    }

    public void run(Consumer<Desks> work) {
        db.inTransaction(em -> work.accept(new Desks(em)));
    }

    /** Offers an upstream event as a feed follower does: in its own transaction. */
    public void follow(CloudEvent event) {
        run(
                d -> {
                    String type = event.type();
                    if (type.startsWith("org.asylon.entry.")) {
                        d.fromEntry.apply(event, d.em);
                    } else if (type.startsWith("org.asylon.reception.")) {
                        d.fromReception.apply(event, d.em);
                    } else if (type.startsWith("org.asylon.readmission.")) {
                        d.fromReadmission.apply(event, d.em);
                    } else {
                        d.fromRsd.apply(event, d.em);
                    }
                });
    }

    private static long sequence;

    /** An upstream event as a feed delivers it. */
    public static CloudEvent event(String type, Instant at, jakarta.json.JsonObject data) {
        return new CloudEvent(
                java.util.UUID.randomUUID().toString(),
                "/" + type.split("\\.")[2],
                type,
                null,
                at.atOffset(java.time.ZoneOffset.UTC),
                ++sequence,
                data);
    }

    @Override
    public void close() {
        db.close();
    }
}
