package org.asylon.readmission.transfer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.Regime;
import org.asylon.readmission.regime.control.RegimeBook;
import org.asylon.readmission.regime.control.RuledDeadline;
import org.asylon.readmission.request.control.AcceptanceReplaced;
import org.asylon.readmission.request.control.Notices;
import org.asylon.readmission.request.control.RequestAccepted;
import org.asylon.readmission.request.control.RequestMessages;
import org.asylon.readmission.request.control.Requests;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.statelink.control.Answer;
import org.asylon.readmission.statelink.control.StateOutbox;
import org.asylon.readmission.transfer.entity.Extension;
import org.asylon.readmission.transfer.entity.ProtectionAssessment;
import org.asylon.readmission.transfer.entity.Transfer;
import org.asylon.readmission.transfer.entity.TransferState;

/**
 * Transfers after an accepted request, on both sides. The transfer opens when the request is
 * accepted, expressly or by silence, with its period from the regime; the sending side decides and
 * notifies it, records the person's appeal, extends the period for imprisonment or absconding (and
 * tells the partner), assesses protection in the receiving state, and executes it through the
 * {@link TransferGate}; the receiving side learns of extensions and of the execution from the
 * partner's messages. Either side lets it lapse when the period runs out ({@link #lapse}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Transfers {

    static final String RECORD = "transfer";
    public static final String EXTENSION = "transfer-extension";
    public static final String EXECUTION = "transfer";

    private EntityManager em;
    private Requests requests;
    private RegimeBook regimes;
    private TransferGate gate;
    private StateOutbox outbox;
    private TransferEvents events;
    private Notices notices;
    private AuditTrail audit;
    private Clock clock;

    protected Transfers() {
        // for CDI's client proxy
    }

    @Inject
    public Transfers(
            EntityManager em,
            Requests requests,
            RegimeBook regimes,
            TransferGate gate,
            StateOutbox outbox,
            TransferEvents events,
            Notices notices,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.requests = requests;
        this.regimes = regimes;
        this.gate = gate;
        this.outbox = outbox;
        this.events = events;
        this.notices = notices;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens the transfer of an accepted request, with its period from the regime. */
    public void open(@Observes RequestAccepted accepted) {
        if (ofRequest(accepted.requestId()).isPresent()) {
            return;
        }
        ReadmissionRequest r = requests.require(accepted.requestId());
        Transfer t =
                new Transfer(
                        r.id(),
                        r.direction() == org.asylon.readmission.request.entity.Direction.OUTGOING,
                        accepted.acceptedAt());
        Regime regime = regimes.regime(r.regime(), "regime");
        RuledDeadline period =
                regimes.transfer(regime, null, r.grounds().detained(), false, t.periodStart());
        t.deadline(period.passesAt(regimes.zone()), period.deadline().rule());
        Optional<RuledDeadline> decision =
                t.sending() ? regimes.decision(regime, t.acceptedAt()) : Optional.empty();
        decision.ifPresent(d -> t.decisionDue(d.passesAt(regimes.zone()), d.deadline().rule()));
        em.persist(t);
        em.flush(); // assessments and checks refer to it
        events.opened(t, r);
        notices.tell(
                r.id(),
                "transfer-opened",
                (t.sending()
                                ? "Transfer the person to " + r.country()
                                : "Expect the transfer of the person from " + r.country())
                        + " by "
                        + period.deadline().dueDate().map(Object::toString).orElse("?")
                        + " ("
                        + period.deadline().rule()
                        + ", "
                        + period.deadline().basis()
                        + "); if not, "
                        + period.consequence()
                        + "."
                        + decision.map(
                                        d ->
                                                " Take the transfer decision by "
                                                        + d.deadline()
                                                                .dueDate()
                                                                .map(Object::toString)
                                                                .orElse("?")
                                                        + " ("
                                                        + d.deadline().rule()
                                                        + ", "
                                                        + d.deadline().basis()
                                                        + ").")
                                .orElse(""));
        audit.record("asylon:transfers", "transfer.opened", RECORD, t.id(), summary(t, r));
    }

    /**
     * A tacit acceptance gave way to the partner's reply given in time: refused, the transfer will
     * not happen; accepted, its period runs from the express acceptance. A transfer already carried
     * out cannot be undone here: the partner's reply is refused (409) and both desks settle it.
     */
    public void acceptanceReplaced(@Observes AcceptanceReplaced replaced) {
        Optional<Transfer> found = ofRequest(replaced.requestId());
        if (found.isEmpty()) {
            return;
        }
        Transfer t = lock(found.get().id());
        ReadmissionRequest r = requests.require(t.requestId());
        if (!t.state().open()) {
            throw new ProblemException(
                    org.asylon.kernel.problem.ProblemType.CONFLICT,
                    "The transfer that followed the tacit acceptance is "
                            + t.state()
                            + ": the reply cannot change it; the liaison desks of both states settle it.");
        }
        if (!replaced.accepted()) {
            t.cancel("asylon:reply-in-time", replaced.at());
            events.cancelled(t, r);
        } else {
            t.acceptedExpressly(replaced.at());
            RuledDeadline period =
                    regimes.transfer(
                            regimes.regime(r.regime(), "regime"),
                            t.extension().rule(),
                            r.grounds().detained(),
                            false,
                            t.periodStart());
            t.deadline(period.passesAt(regimes.zone()), period.deadline().rule());
        }
        audit.record(
                "asylon:transfers", "transfer.acceptance-replaced", RECORD, t.id(), summary(t, r));
    }

    public Transfer require(String id) {
        Transfer t = id == null ? null : em.find(Transfer.class, id);
        if (t == null) {
            throw ProblemException.notFound("transfer", id);
        }
        return t;
    }

    public Optional<Transfer> ofRequest(String requestId) {
        return em.createQuery("SELECT t FROM Transfer t WHERE t.requestId = :id", Transfer.class)
                .setParameter("id", requestId)
                .getResultStream()
                .findFirst();
    }

    public List<Transfer> list(TransferState state, int limit) {
        return (state == null
                        ? em.createQuery(
                                "SELECT t FROM Transfer t ORDER BY t.deadlineAt, t.id",
                                Transfer.class)
                        : em.createQuery(
                                        "SELECT t FROM Transfer t WHERE t.state = :state ORDER BY t.deadlineAt, t.id",
                                        Transfer.class)
                                .setParameter("state", state))
                .setMaxResults(limit)
                .getResultList();
    }

    public List<ProtectionAssessment> assessments(String transferId) {
        return em.createQuery(
                        "SELECT a FROM ProtectionAssessment a WHERE a.transferId = :id ORDER BY a.assessedAt",
                        ProtectionAssessment.class)
                .setParameter("id", transferId)
                .getResultList();
    }

    public Transfer decide(String id, Instant notifiedAt, String by) {
        Transfer t = lock(id);
        ReadmissionRequest r = requests.require(t.requestId());
        Regime regime = regimes.regime(r.regime(), "regime");
        Instant now = clock.instant();
        requireBetween("notifiedAt", notifiedAt, t.acceptedAt(), now, "the acceptance");
        Optional<RuledDeadline> appeal = regimes.appeal(regime, notifiedAt);
        t.decide(
                notifiedAt,
                appeal.map(a -> a.passesAt(regimes.zone())).orElse(null),
                appeal.map(a -> a.deadline().rule()).orElse(null),
                by,
                now);
        events.decided(t, r);
        audit.record(by, "transfer.decided", RECORD, t.id(), summary(t, r));
        return t;
    }

    public Transfer appealLodged(String id, Instant lodgedAt, String by) {
        Transfer t = lock(id);
        ReadmissionRequest r = requests.require(t.requestId());
        requireBetween(
                "lodgedAt",
                lodgedAt,
                t.notifiedAt() == null ? t.acceptedAt() : t.notifiedAt(),
                clock.instant(),
                "the notification of the transfer decision");
        t.appealLodged(lodgedAt, regimes.appealSuspends(regimes.regime(r.regime(), "regime")));
        audit.record(by, "transfer.appeal-lodged", RECORD, t.id(), summary(t, r));
        return t;
    }

    /**
     * The appeal's outcome. Upheld: the transfer is cancelled. Dismissed after a suspensive appeal:
     * the transfer period runs again from the decision where the regime's period runs from a final
     * appeal decision (AMMR Art 46(1), Dublin III Art 29(1)); otherwise it keeps running from the
     * acceptance.
     */
    public Transfer appealDecided(String id, boolean upheld, Instant decidedAt, String by) {
        Transfer t = lock(id);
        ReadmissionRequest r = requests.require(t.requestId());
        if (t.appealLodgedAt() != null) {
            requireBetween(
                    "decidedAt", decidedAt, t.appealLodgedAt(), clock.instant(), "the appeal");
        }
        t.appealDecided(upheld, by, decidedAt);
        if (upheld) {
            events.cancelled(t, r);
        } else if (t.appealSuspensive()
                && regimes.transferRunsFromAppeal(regimes.regime(r.regime(), "regime"))) {
            Regime regime = regimes.regime(r.regime(), "regime");
            t.restartPeriod(decidedAt);
            RuledDeadline period =
                    regimes.transfer(
                            regime,
                            t.extension().rule(),
                            r.grounds().detained(),
                            true,
                            t.periodStart());
            t.deadline(period.passesAt(regimes.zone()), period.deadline().rule());
        }
        audit.record(by, "transfer.appeal-decided", RECORD, t.id(), summary(t, r));
        return t;
    }

    /**
     * Extends the period for imprisonment or absconding, as the regime allows, and tells the
     * partner.
     */
    public Transfer extend(String id, Extension why, String reasons, String by) {
        Transfer t = lock(id);
        ReadmissionRequest r = requests.require(t.requestId());
        if (why == Extension.NONE) {
            throw ProblemException.invalidField("extension", "IMPRISONMENT or ABSCONDING");
        }
        if (!t.sending()) {
            throw ProblemException.invalidField(
                    "id", "the sending state extends the transfer period");
        }
        Regime regime = regimes.regime(r.regime(), "regime");
        requireWithinPeriod(t, regime, clock.instant());
        RuledDeadline period =
                regimes.transfer(
                        regime,
                        why.rule(),
                        r.grounds().detained(),
                        !t.periodStart().equals(t.acceptedAt()),
                        t.periodStart());
        t.extend(why, reasons);
        t.deadline(period.passesAt(regimes.zone()), period.deadline().rule());
        outbox.queue(
                r.country(),
                EXTENSION,
                r.exchangeId(),
                RequestMessages.path(r.exchangeId(), EXTENSION),
                Jsons.object().add("extension", why.name()).add("reasons", reasons).build(),
                by);
        events.extended(t, r);
        audit.record(by, "transfer.extended", RECORD, t.id(), summary(t, r));
        return t;
    }

    public ProtectionAssessment assess(String id, AssessmentInput in, String by) {
        Transfer t = lock(id);
        if (!t.sending() || !t.state().open()) {
            throw ProblemException.invalidField(
                    "id",
                    "protection in the receiving state is assessed by the sending state before the transfer");
        }
        em.flush();
        ProtectionAssessment a =
                new ProtectionAssessment(
                        t.id(),
                        in.accessToProcedure(),
                        in.nonRefoulementRespected(),
                        in.legalStatus(),
                        in.countryInformationSource(),
                        in.countryInformationDate(),
                        in.adequate(),
                        in.reasons(),
                        by,
                        clock.instant());
        em.persist(a);
        audit.record(
                by,
                "transfer.protection-assessed",
                RECORD,
                t.id(),
                Jsons.object().add("adequate", a.adequate()).build().toString());
        return a;
    }

    /**
     * Executes the transfer after the protection check of this moment ({@link TransferGate}), and
     * tells the partner.
     */
    public Transfer execute(String id, OfficersCheck check, String by) {
        Transfer t = lock(id);
        ReadmissionRequest r = requests.require(t.requestId());
        if (!t.sending()) {
            throw ProblemException.invalidField("id", "the sending state executes the transfer");
        }
        if (t.state() != TransferState.DECIDED) {
            throw new ProblemException(
                    org.asylon.kernel.problem.ProblemType.CONFLICT,
                    "The transfer is " + t.state() + ": it must be decided and notified first.");
        }
        String checkId = gate.clear(t, r, check, by);
        Instant now = clock.instant();
        t.executed(checkId, by, now);
        outbox.queue(
                r.country(),
                EXECUTION,
                r.exchangeId(),
                RequestMessages.path(r.exchangeId(), EXECUTION),
                Jsons.object().add("executedAt", now.toString()).build(),
                by);
        events.executed(t, r);
        audit.record(by, "transfer.executed", RECORD, t.id(), summary(t, r));
        return t;
    }

    /** The partner extended the period of the transfer it will carry out. */
    public Answer extensionReceived(
            String country, String exchangeId, Extension why, String reasons) {
        ReadmissionRequest r = requests.requireShared(country, exchangeId);
        Transfer t =
                ofRequest(r.id())
                        .orElseThrow(
                                () -> ProblemException.notFound("transfer of request", exchangeId));
        em.lock(t, LockModeType.PESSIMISTIC_WRITE);
        if (t.sending() || why == Extension.NONE) {
            throw ProblemException.invalidField(
                    "extension", "the sending state extends; IMPRISONMENT or ABSCONDING");
        }
        Regime regime = regimes.regime(r.regime(), "regime");
        requireWithinPeriod(t, regime, clock.instant());
        RuledDeadline period =
                regimes.transfer(
                        regime,
                        why.rule(),
                        r.grounds().detained(),
                        !t.periodStart().equals(t.acceptedAt()),
                        t.periodStart());
        t.extend(why, reasons);
        t.deadline(period.passesAt(regimes.zone()), period.deadline().rule());
        events.extended(t, r);
        notices.tell(
                r.id(),
                "transfer-extended",
                country
                        + " extended the transfer period ("
                        + why
                        + "): now "
                        + period.deadline().dueDate().map(Object::toString).orElse("?")
                        + " ("
                        + period.deadline().rule()
                        + ").");
        audit.record(
                "state:" + country, "transfer.extension-received", RECORD, t.id(), summary(t, r));
        return new Answer(
                200,
                Jsons.object()
                        .add("reference", exchangeId)
                        .add("deadline", t.deadlineAt().toString())
                        .build());
    }

    /** The partner carried out the transfer to this state. */
    public Answer executionReceived(String country, String exchangeId, Instant executedAt) {
        ReadmissionRequest r = requests.requireShared(country, exchangeId);
        Transfer t =
                ofRequest(r.id())
                        .orElseThrow(
                                () -> ProblemException.notFound("transfer of request", exchangeId));
        em.lock(t, LockModeType.PESSIMISTIC_WRITE);
        if (t.sending()) {
            throw ProblemException.invalidField(
                    "reference", "this state sends the person in this request");
        }
        t.executed(null, "state:" + country, executedAt);
        events.executed(t, r);
        notices.tell(
                r.id(),
                "transfer-executed",
                country + " transferred the person at " + executedAt + ".");
        audit.record(
                "state:" + country, "transfer.execution-received", RECORD, t.id(), summary(t, r));
        return new Answer(
                200,
                Jsons.object().add("reference", exchangeId).add("state", t.state().name()).build());
    }

    /**
     * Lets an open transfer lapse once its period has run out; false when there is nothing to do.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public boolean lapse(String id) {
        Transfer t = lock(id);
        Instant now = clock.instant();
        if (!t.state().open() || now.isBefore(t.deadlineAt())) {
            return false;
        }
        ReadmissionRequest r = requests.require(t.requestId());
        Regime regime = regimes.regime(r.regime(), "regime");
        t.lapse("asylon:transfer-periods", t.deadlineAt());
        String responsible =
                regimes.lapseShiftsResponsibility(regime)
                        ? (t.sending() ? "this-state" : r.country())
                        : "not-stated";
        events.lapsed(t, r, responsible);
        notices.tell(
                r.id(),
                "transfer-lapsed",
                "The transfer period ended on "
                        + t.deadlineAt()
                        + " ("
                        + t.deadlineRule()
                        + ") without a transfer: "
                        + (regimes.lapseShiftsResponsibility(regime)
                                ? "responsibility passes to the requesting state"
                                        + (t.sending() ? ", this state" : ", " + r.country())
                                : "the regime states no further consequence")
                        + " (regime.transfer.lapse, "
                        + regime.code()
                        + ").");
        audit.record("asylon:transfer-periods", "transfer.lapsed", RECORD, t.id(), summary(t, r));
        return true;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public List<String> overdue(int limit) {
        return em.createQuery(
                        "SELECT t.id FROM Transfer t WHERE t.deadlineAt <= :now AND t.state IN :open ORDER BY t.deadlineAt",
                        String.class)
                .setParameter("now", clock.instant())
                .setParameter(
                        "open",
                        List.of(
                                TransferState.AWAITING_DECISION,
                                TransferState.DECIDED,
                                TransferState.EXPECTED))
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * A date the desk gives must lie between the fact it follows and now (five minutes of clock
     * drift): a back-dated notification would close the appeal window before it opened.
     */
    private static void requireBetween(
            String field, Instant at, Instant notBefore, Instant now, String after) {
        if (at.isBefore(notBefore)) {
            throw ProblemException.invalidField(
                    field, "not before " + after + " (" + notBefore + ")");
        }
        if (at.isAfter(now.plusSeconds(300))) {
            throw ProblemException.invalidField(field, "not in the future");
        }
    }

    /**
     * A period that has run out cannot be extended: the transfer has lapsed, whether or not the job
     * ran.
     */
    private void requireWithinPeriod(Transfer t, Regime regime, Instant at) {
        if (!at.isBefore(t.deadlineAt())) {
            throw ProblemException.ruleViolated(
                    t.deadlineRule(),
                    regime.rules().rule(t.deadlineRule()).basis(),
                    "The transfer period ended at "
                            + t.deadlineAt()
                            + ": it can no longer be extended; the transfer has lapsed.");
        }
    }

    private Transfer lock(String id) {
        Transfer t = require(id);
        em.flush();
        em.lock(t, LockModeType.PESSIMISTIC_WRITE);
        return t;
    }

    static String summary(Transfer t, ReadmissionRequest r) {
        return Jsons.object()
                .add("requestId", r.id())
                .add("country", r.country())
                .add("regime", r.regime())
                .add("state", t.state().name())
                .add("deadline", t.deadlineAt().toString())
                .build()
                .toString();
    }
}
