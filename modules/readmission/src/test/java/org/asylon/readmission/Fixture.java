package org.asylon.readmission;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.audit.entity.AuditRecord;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.feed.OutboxEvent;
import org.asylon.kernel.persistence.InstantConverter;
import org.asylon.kernel.persistence.KernelSequence;
import org.asylon.kernel.profile.ActiveProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.testing.Fire;
import org.asylon.kernel.testing.MovableClock;
import org.asylon.kernel.testing.TestDatabase;
import org.asylon.readmission.partner.control.PartnerStates;
import org.asylon.readmission.partner.entity.PartnerKey;
import org.asylon.readmission.partner.entity.PartnerState;
import org.asylon.readmission.regime.control.RegimeBook;
import org.asylon.readmission.request.control.AcceptanceReplaced;
import org.asylon.readmission.request.control.IncomingRequests;
import org.asylon.readmission.request.control.Notices;
import org.asylon.readmission.request.control.OutgoingRequests;
import org.asylon.readmission.request.control.ReplyPeriods;
import org.asylon.readmission.request.control.RequestAccepted;
import org.asylon.readmission.request.control.RequestEvents;
import org.asylon.readmission.request.control.Requests;
import org.asylon.readmission.request.entity.Evidence;
import org.asylon.readmission.request.entity.Notice;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.statelink.control.MessageDelivered;
import org.asylon.readmission.statelink.control.MessageRefused;
import org.asylon.readmission.statelink.control.StateInbox;
import org.asylon.readmission.statelink.control.StateOutbox;
import org.asylon.readmission.statelink.entity.SeenToken;
import org.asylon.readmission.statelink.entity.StateMessage;
import org.asylon.readmission.transfer.control.ReturnProtection;
import org.asylon.readmission.transfer.control.TransferChecks;
import org.asylon.readmission.transfer.control.TransferEvents;
import org.asylon.readmission.transfer.control.TransferGate;
import org.asylon.readmission.transfer.control.Transfers;
import org.asylon.readmission.transfer.entity.ProtectionAssessment;
import org.asylon.readmission.transfer.entity.Transfer;
import org.asylon.readmission.transfer.entity.TransferCheck;

/**
 * Readmission's real schema in memory under one reference profile, with the desks built as CDI
 * builds them (the CDI events wired to their observers), a clock the test moves, and no return
 * module (the officer's check is the protection source).
 */
public final class Fixture implements AutoCloseable {

    public final TestDatabase db =
            TestDatabase.forModule(
                    "readmission",
                    AuditRecord.class,
                    KernelSequence.class,
                    OutboxEvent.class,
                    InstantConverter.class,
                    PartnerState.class,
                    PartnerKey.class,
                    SeenToken.class,
                    StateMessage.class,
                    ReadmissionRequest.class,
                    Evidence.class,
                    Notice.class,
                    org.asylon.readmission.referral.entity.Referral.class,
                    Transfer.class,
                    ProtectionAssessment.class,
                    TransferCheck.class);

    public final ActiveProfile profile;
    public final MovableClock clock = new MovableClock(Instant.parse("2026-07-01T08:00:00Z"));

    public Fixture(String profileName) {
        this.profile = new ActiveProfile(new ProfileLoader(), profileName);
    }

    /** Everything a desk needs, over one entity manager. */
    public final class Desks {
        public final EntityManager em;
        public final RegimeBook regimes;
        public final PartnerStates partners;
        public final Requests requests;
        public final StateOutbox outbox;
        public final StateInbox inbox;
        public final Notices notices;
        public final OutgoingRequests outgoing;
        public final IncomingRequests incoming;
        public final ReplyPeriods periods;
        public final Transfers transfers;
        public final TransferChecks checks;
        public final org.asylon.readmission.referral.control.Referrals referrals;
        public final org.asylon.readmission.referral.control.ReferralsFromRsd fromRsd;

        Desks(EntityManager em) {
            this.em = em;
            AuditTrail audit = new AuditTrail(em);
            EventPublisher publisher = new EventPublisher(em);
            this.regimes = new RegimeBook(profile);
            this.partners = new PartnerStates(em, regimes, audit, clock);
            this.requests = new Requests(em);
            this.outbox = new StateOutbox(em, audit, clock);
            this.inbox = new StateInbox(em, audit, clock);
            this.notices = new Notices(em, audit, clock);
            RequestEvents events = new RequestEvents(publisher);
            Transfers[] transfer = new Transfers[1];
            Fire<RequestAccepted> accepted = new Fire<>(a -> transfer[0].open(a));
            Fire<AcceptanceReplaced> replaced = new Fire<>(a -> transfer[0].acceptanceReplaced(a));
            this.outgoing =
                    new OutgoingRequests(
                            em, requests, partners, regimes, outbox, events, notices, accepted,
                            replaced, audit, clock);
            this.incoming =
                    new IncomingRequests(
                            em, requests, partners, regimes, outbox, events, notices, accepted,
                            audit, clock);
            this.periods =
                    new ReplyPeriods(
                            em, requests, regimes, events, notices, accepted, audit, clock,
                            "PT24H");
            TransferEvents transferEvents = new TransferEvents(publisher);
            this.checks = new TransferChecks(em, audit, transferEvents);
            TransferGate gate =
                    new TransferGate(
                            new ReturnProtection(
                                    Optional.empty(), Optional.empty(), Optional.empty()),
                            regimes,
                            profile,
                            checks,
                            clock,
                            "PT24H");
            transfer[0] =
                    new Transfers(
                            em,
                            requests,
                            regimes,
                            gate,
                            outbox,
                            transferEvents,
                            notices,
                            audit,
                            clock);
            this.transfers = transfer[0];
            this.referrals =
                    new org.asylon.readmission.referral.control.Referrals(em, audit, clock);
            this.fromRsd =
                    new org.asylon.readmission.referral.control.ReferralsFromRsd(audit, clock);
        }

        /**
         * The courier's delivery of every pending outgoing message, answered as a partner would.
         */
        public void delivered(StateMessage m, jakarta.json.JsonObject answer) {
            outgoing.delivered(new MessageDelivered(m.kind(), m.requestRef(), m.country(), answer));
        }

        public void refused(StateMessage m, int status) {
            outgoing.refused(
                    new MessageRefused(m.kind(), m.requestRef(), m.country(), status, "{}"));
        }

        public List<Notice> notices(String requestId) {
            return notices.about(requestId);
        }
    }

    public <T> T at(Function<Desks, T> work) {
        return db.readInTransaction(em -> work.apply(new Desks(em)));
    }

    public void run(Consumer<Desks> work) {
        db.inTransaction(em -> work.accept(new Desks(em)));
    }

    @Override
    public void close() {
        db.close();
    }
}
