package org.asylon.readmission.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.profile.Regime;
import org.asylon.readmission.partner.control.PartnerStates;
import org.asylon.readmission.partner.entity.PartnerState;
import org.asylon.readmission.regime.control.RegimeBook;
import org.asylon.readmission.regime.control.RuledDeadline;
import org.asylon.readmission.regime.entity.EvidenceWeight;
import org.asylon.readmission.request.entity.Direction;
import org.asylon.readmission.request.entity.Evidence;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.request.entity.Reply;
import org.asylon.readmission.request.entity.RequestOrigin;
import org.asylon.readmission.request.entity.RequestState;
import org.asylon.readmission.statelink.control.MessageDelivered;
import org.asylon.readmission.statelink.control.MessageRefused;
import org.asylon.readmission.statelink.control.StateOutbox;

/**
 * This state's requests to partners: prepared at the desk from a person known through entry,
 * reception, RSD or the desk itself, with evidence in the regime's categories, sent through the
 * state outbox, and answered by the partner's reply, by silence, or after a re-examination.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OutgoingRequests {

    static final String RECORD = "readmission-request";

    private EntityManager em;
    private Requests requests;
    private PartnerStates partners;
    private RegimeBook regimes;
    private StateOutbox outbox;
    private RequestEvents events;
    private Notices notices;
    private Event<RequestAccepted> accepted;
    private Event<AcceptanceReplaced> replaced;
    private AuditTrail audit;
    private Clock clock;

    protected OutgoingRequests() {
        // for CDI's client proxy
    }

    @Inject
    public OutgoingRequests(
            EntityManager em,
            Requests requests,
            PartnerStates partners,
            RegimeBook regimes,
            StateOutbox outbox,
            RequestEvents events,
            Notices notices,
            Event<RequestAccepted> accepted,
            Event<AcceptanceReplaced> replaced,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
        this.replaced = replaced;
        this.requests = requests;
        this.partners = partners;
        this.regimes = regimes;
        this.outbox = outbox;
        this.events = events;
        this.notices = notices;
        this.accepted = accepted;
        this.audit = audit;
        this.clock = clock;
    }

    public ReadmissionRequest draft(OutgoingDraft d, String by) {
        if (d.origin() == RequestOrigin.PARTNER) {
            throw ProblemException.invalidField(
                    "origin",
                    "ENTRY, RECEPTION, RSD or DESK: a partner's requests arrive through the state API");
        }
        Regime regime = bound(d.country(), d.regime());
        if (!regimes.has(regime, d.kind())) {
            throw ProblemException.invalidField(
                    "kind",
                    "the regime "
                            + regime.code()
                            + " has no "
                            + d.kind().code()
                            + " (regime.request-kinds)");
        }
        SharedPerson.check(d.person(), regime.code(), regimes.sharedFields(regime), "person");
        ReadmissionRequest r =
                ReadmissionRequest.outgoing(
                        d.country(),
                        regime.code(),
                        d.kind(),
                        d.grounds(),
                        d.origin(),
                        d.originReference(),
                        d.links(),
                        d.person().toString(),
                        d.notes(),
                        d.anchors(),
                        by,
                        clock.instant());
        em.persist(r);
        em.flush(); // evidence and messages refer to it
        audit.record(by, "request.drafted", RECORD, r.id(), summary(r));
        return r;
    }

    public Evidence addEvidence(String id, String category, String description, String by) {
        ReadmissionRequest r = requests.lock(id);
        r.requireDraft();
        Regime regime = regimes.regime(r.regime(), "regime");
        EvidenceWeight weight =
                regimes.evidence(regime, category)
                        .orElseThrow(
                                () ->
                                        ProblemException.invalidField(
                                                "category",
                                                "not a category of evidence the regime "
                                                        + regime.code()
                                                        + " accepts (regime.evidence.proof,"
                                                        + " regime.evidence.circumstantial)"));
        Evidence e = new Evidence(id, category, weight, description, by, clock.instant());
        em.persist(e);
        audit.record(
                by,
                "request.evidence-added",
                RECORD,
                id,
                Jsons.object().add("category", category).build().toString());
        return e;
    }

    /**
     * Sends the request: the partner must still be active and bound by the regime, the person's
     * facts still within the regime's shared fields, the evidence present, and the requesting
     * state's own time limit not passed where lateness frees the requested state.
     */
    public ReadmissionRequest send(String id, String by) {
        ReadmissionRequest r = requests.lock(id);
        r.requireDraft();
        Regime regime = bound(r.country(), r.regime());
        JsonObject person = Jsons.readObject(r.person());
        SharedPerson.check(person, regime.code(), regimes.sharedFields(regime), "person");
        List<Evidence> evidence = requests.evidence(id);
        if (evidence.isEmpty()) {
            throw ProblemException.ruleViolated(
                    "regime.evidence.proof",
                    regime.instrument(),
                    "A request rests on evidence: add at least one item in a category of the regime's lists.");
        }
        Instant now = clock.instant();
        // only the ordinary limit says what lateness does (AMMR Art 39(1)); a detained person's
        // shorter limits state no consequence, so missing them does not stop the request
        Optional<RuledDeadline> limit =
                regimes.ordinaryRequest(regime, r.kind(), r.grounds(), r.anchors());
        if (limit.isPresent()
                && !now.isBefore(limit.get().passesAt(regimes.zone()))
                && regimes.lateRequestReleases(regime, r.kind())) {
            throw ProblemException.ruleViolated(
                    limit.get().deadline().rule(),
                    limit.get().deadline().basis(),
                    "The time limit to send this request has passed ("
                            + limit.get().deadline().explanation()
                            + "): "
                            + limit.get().consequence()
                            + ".");
        }
        r.send(now);
        outbox.queue(
                r.country(),
                RequestMessages.REQUEST,
                r.id(),
                RequestMessages.REQUESTS,
                RequestMessages.request(r, person, evidence, now),
                by);
        events.sent(r);
        audit.record(by, "request.sent", RECORD, r.id(), summary(r));
        return r;
    }

    public ReadmissionRequest askReExamination(String id, String reasons, String by) {
        ReadmissionRequest r = requests.lock(id);
        if (r.direction() != Direction.OUTGOING) {
            throw ProblemException.invalidField(
                    "id", "only the requesting state asks for a re-examination");
        }
        Instant now = clock.instant();
        r.askReExamination(reasons, now);
        r.replyDue(null, null);
        outbox.queue(
                r.country(),
                RequestMessages.RE_EXAMINATION,
                r.id(),
                RequestMessages.path(r.id(), RequestMessages.RE_EXAMINATION),
                RequestMessages.reExamination(reasons, now),
                by);
        events.reExamination(r);
        audit.record(by, "request.re-examination-asked", RECORD, r.id(), summary(r));
        return r;
    }

    /**
     * The partner's reply to one of this state's requests, given at {@code repliedAt} by the
     * partner's word (bounded by when the request was sent and by now). A reply given before the
     * end of the reply period stands even where this state already applied silence (the message was
     * in transit, or the two states count the last day in different zones): the tacit acceptance
     * gives way, with a notice, unless the transfer has been carried out.
     */
    public ReadmissionRequest replyReceived(
            String country, String exchangeId, Reply decision, String reasons, Instant repliedAt) {
        ReadmissionRequest r = requests.requireShared(country, exchangeId);
        if (r.direction() != Direction.OUTGOING) {
            throw ProblemException.notFound("request of this state", exchangeId);
        }
        Instant at = within(repliedAt, r.sentAt(), clock.instant());
        boolean inTimeAfterAll =
                r.state() == RequestState.TACITLY_ACCEPTED && at.isBefore(r.repliedAt());
        if (inTimeAfterAll) {
            r.replaceTacitAcceptance(decision, reasons, "state:" + country, at);
        } else {
            r.reply(decision, reasons, "state:" + country, at);
        }
        r.replyDue(null, r.replyRule());
        events.replied(r);
        notices.tell(
                r.id(),
                inTimeAfterAll ? "tacit-acceptance-replaced" : "reply-received",
                country
                        + " replied "
                        + decision
                        + " to the "
                        + r.kind().code()
                        + " request under "
                        + r.regime()
                        + " on "
                        + at
                        + (reasons == null ? "" : ": " + reasons)
                        + (inTimeAfterAll
                                ? " — before the reply period ended: the reply stands and replaces the"
                                        + " tacit acceptance this state applied."
                                : "."));
        audit.record("state:" + country, "request.reply-received", RECORD, r.id(), summary(r));
        if (inTimeAfterAll) {
            replaced.fire(new AcceptanceReplaced(r.id(), r.state().accepted(), at));
        } else if (r.state().accepted()) {
            accepted.fire(new RequestAccepted(r.id(), at));
        }
        return r;
    }

    /**
     * {@code claimed}, if it lies between {@code from} and now (two minutes of clock drift
     * allowed); else now.
     */
    static Instant within(Instant claimed, Instant from, Instant now) {
        if (claimed == null
                || from != null && claimed.isBefore(from)
                || claimed.isAfter(now.plus(java.time.Duration.ofMinutes(2)))) {
            return now;
        }
        return claimed.isAfter(now) ? now : claimed;
    }

    /**
     * The partner acknowledged a request or a re-examination: the reply period runs from its
     * receipt.
     */
    public void delivered(@Observes MessageDelivered d) {
        if (!RequestMessages.REQUEST.equals(d.kind())
                && !RequestMessages.RE_EXAMINATION.equals(d.kind())) {
            return;
        }
        ReadmissionRequest r = em.find(ReadmissionRequest.class, d.requestRef());
        if (r == null || r.direction() != Direction.OUTGOING) {
            return;
        }
        Instant receipt =
                within(instant(d.answer(), "receivedAt").orElse(null), r.sentAt(), clock.instant());
        Regime regime = regimes.regime(r.regime(), "regime");
        if (RequestMessages.REQUEST.equals(d.kind())) {
            r.receivedByPartner(receipt);
            RuledDeadline due = regimes.reply(regime, r.kind(), r.grounds(), r.receivedAt());
            r.replyDue(due.passesAt(regimes.zone()), due.deadline().rule());
        } else {
            regimes.reExamination(regime, receipt)
                    .ifPresent(
                            due -> r.replyDue(due.passesAt(regimes.zone()), due.deadline().rule()));
        }
    }

    public void refused(@Observes MessageRefused m) {
        notices.tell(
                m.requestRef(),
                "message-refused",
                m.country()
                        + " refused this state's "
                        + m.kind()
                        + " message with "
                        + m.status()
                        + ": "
                        + (m.problem() == null ? "" : m.problem())
                        + " — correct it with the partner's desk, then send it again (state-messages).");
    }

    private Regime bound(String country, String code) {
        PartnerState partner =
                partners.active(country)
                        .orElseThrow(
                                () ->
                                        ProblemException.invalidField(
                                                "partnerState",
                                                "not an active partner state: " + country));
        Regime regime = regimes.regime(code, "regime");
        if (!partner.binds(regime.code())) {
            throw ProblemException.invalidField(
                    "regime",
                    "the regime "
                            + regime.code()
                            + " does not bind this state and "
                            + country
                            + " (the partner's regimes: "
                            + String.join(", ", partner.regimes())
                            + ")");
        }
        return regime;
    }

    private static Optional<Instant> instant(JsonObject o, String key) {
        try {
            return Optional.ofNullable(o.getString(key, null)).map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String summary(ReadmissionRequest r) {
        return Jsons.object()
                .add("direction", r.direction().name())
                .add("country", r.country())
                .add("regime", r.regime())
                .add("kind", r.kind().code())
                .add("state", r.state().name())
                .build()
                .toString();
    }
}
