package org.asylon.readmission.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.DeadlineView;
import org.asylon.kernel.profile.Regime;
import org.asylon.readmission.partner.control.PartnerStates;
import org.asylon.readmission.partner.entity.PartnerState;
import org.asylon.readmission.regime.control.RegimeBook;
import org.asylon.readmission.regime.control.RuledDeadline;
import org.asylon.readmission.regime.entity.Anchors;
import org.asylon.readmission.regime.entity.Grounds;
import org.asylon.readmission.regime.entity.RequestKind;
import org.asylon.readmission.request.entity.Direction;
import org.asylon.readmission.request.entity.Evidence;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.request.entity.Reply;
import org.asylon.readmission.request.entity.RequestState;
import org.asylon.readmission.statelink.control.Answer;
import org.asylon.readmission.statelink.control.StateOutbox;

/**
 * Partners' requests to this state: registered at receipt (the reply period runs from that moment),
 * checked against the regime that binds the two (its kinds, its evidence categories, its shared
 * fields: a partner sending more is refused and the excess never stored), and answered by the
 * liaison desk, or by silence where the regime gives silence a meaning.
 */
@ApplicationScoped
@jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.MANDATORY)
public class IncomingRequests {

    private EntityManager em;
    private Requests requests;
    private PartnerStates partners;
    private RegimeBook regimes;
    private StateOutbox outbox;
    private RequestEvents events;
    private Notices notices;
    private Event<RequestAccepted> accepted;
    private AuditTrail audit;
    private Clock clock;

    protected IncomingRequests() {
        // for CDI's client proxy
    }

    @Inject
    public IncomingRequests(
            EntityManager em,
            Requests requests,
            PartnerStates partners,
            RegimeBook regimes,
            StateOutbox outbox,
            RequestEvents events,
            Notices notices,
            Event<RequestAccepted> accepted,
            AuditTrail audit,
            Clock clock) {
        this.em = em;
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

    /**
     * Registers a partner's request; the answer tells the partner when it was received and when the
     * reply is due.
     */
    public Answer register(String country, JsonObject body) {
        String reference = text(body, "reference", 100);
        if (!reference.matches("[A-Za-z0-9._:-]+")) {
            throw ProblemException.invalidField("reference", "letters, digits and . _ : - only");
        }
        if (requests.shared(country, reference).isPresent()) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "A request " + reference + " from " + country + " is registered already.");
        }
        PartnerState partner = partners.require(country);
        Regime regime = regimes.regime(text(body, "regime", 60), "regime");
        if (!partner.binds(regime.code())) {
            throw ProblemException.invalidField(
                    "regime",
                    "the regime "
                            + regime.code()
                            + " does not bind "
                            + country
                            + " and this state");
        }
        RequestKind kind =
                RequestKind.of(text(body, "kind", 40))
                        .filter(k -> regimes.has(regime, k))
                        .orElseThrow(
                                () ->
                                        ProblemException.invalidField(
                                                "kind",
                                                "not a kind of request of the regime "
                                                        + regime.code()));
        JsonObject person = object(body, "person");
        SharedPerson.check(person, regime.code(), regimes.sharedFields(regime), "person");
        JsonObject g =
                body.containsKey("grounds") ? object(body, "grounds") : JsonValue.EMPTY_JSON_OBJECT;
        Grounds grounds = new Grounds(flag(g, "hitBased"), flag(g, "detained"), flag(g, "urgent"));
        JsonArray evidence =
                body.containsKey("evidence") ? array(body, "evidence") : JsonValue.EMPTY_JSON_ARRAY;
        if (evidence.isEmpty()) {
            throw ProblemException.invalidField(
                    "evidence", "at least one item in a category of the regime's lists");
        }
        Instant now = clock.instant();
        ReadmissionRequest r =
                ReadmissionRequest.incoming(
                        country,
                        reference,
                        regime.code(),
                        kind,
                        grounds,
                        person.toString(),
                        Anchors.NONE,
                        "state:" + country,
                        now);
        em.persist(r);
        em.flush(); // the evidence rows refer to it, and EclipseLink does not order unrelated
        // inserts
        for (int i = 0; i < evidence.size(); i++) {
            if (!(evidence.get(i) instanceof JsonObject item)) {
                throw ProblemException.invalidField("evidence[" + i + "]", "an object");
            }
            String category = text(item, "category", 60, "evidence[" + i + "].category");
            String description = text(item, "description", 1000, "evidence[" + i + "].description");
            int at = i;
            em.persist(
                    new Evidence(
                            r.id(),
                            category,
                            regimes.evidence(regime, category)
                                    .orElseThrow(
                                            () ->
                                                    ProblemException.invalidField(
                                                            "evidence[" + at + "].category",
                                                            "not a category the regime "
                                                                    + regime.code()
                                                                    + " accepts")),
                            description,
                            "state:" + country,
                            now));
        }
        RuledDeadline due = regimes.reply(regime, kind, grounds, now);
        r.replyDue(due.passesAt(regimes.zone()), due.deadline().rule());
        events.received(r);
        notices.tell(
                r.id(),
                "request-received",
                country
                        + " sent a "
                        + kind.code()
                        + " request under "
                        + regime.code()
                        + "; reply by "
                        + due.deadline().dueDate().map(Object::toString).orElse("?")
                        + " ("
                        + due.deadline().rule()
                        + ", "
                        + due.deadline().basis()
                        + "): if not, "
                        + due.consequence()
                        + ".");
        audit.record(
                "state:" + country,
                "request.received",
                OutgoingRequests.RECORD,
                r.id(),
                OutgoingRequests.summary(r));
        return new Answer(201, receipt(r, due));
    }

    /** The desk's reply to a partner's request (or to its re-examination). */
    public ReadmissionRequest reply(String id, Reply decision, String reasons, String by) {
        ReadmissionRequest r = requests.lock(id);
        if (r.direction() != Direction.INCOMING) {
            throw ProblemException.invalidField(
                    "id", "only a partner's request is replied to here");
        }
        Instant now = clock.instant();
        if (r.replyDueAt() != null && !now.isBefore(r.replyDueAt())) {
            Regime regime = regimes.regime(r.regime(), "regime");
            if (r.state() == RequestState.RE_EXAMINATION) {
                if (regimes.reExaminationSilenceEnds(regime)) {
                    throw ProblemException.ruleViolated(
                            "regime.re-examination.reply.silence",
                            regime.rules().rule("regime.re-examination.reply.silence").basis(),
                            "The re-examination period has passed: the procedure has ended and the"
                                    + " requesting state is responsible under "
                                    + regime.code()
                                    + "; the system records it.");
                }
            } else if (regimes.silence(regime, r.kind(), r.grounds()).accepts()) {
                String silenceRule = regimes.silenceRule(regime, r.kind(), r.grounds());
                throw ProblemException.ruleViolated(
                        silenceRule,
                        regime.rules().rule(silenceRule).basis(),
                        "The reply period has passed ("
                                + r.replyRule()
                                + "): silence counts as "
                                + (r.kind().confirmed() ? "confirmation" : "acceptance")
                                + " under "
                                + regime.code()
                                + ", and the system records it.");
            }
        }
        if (decision == Reply.REFUSED && (reasons == null || reasons.isBlank())) {
            throw ProblemException.invalidField("reasons", "a refusal gives its reasons");
        }
        r.reply(decision, reasons, by, now);
        r.replyDue(null, r.replyRule());
        outbox.queue(
                r.country(),
                RequestMessages.REPLY,
                r.exchangeId(),
                RequestMessages.path(r.exchangeId(), RequestMessages.REPLY),
                RequestMessages.reply(decision, reasons, now),
                by);
        events.replied(r);
        audit.record(
                by,
                "request.replied",
                OutgoingRequests.RECORD,
                r.id(),
                OutgoingRequests.summary(r));
        if (r.state().accepted()) {
            accepted.fire(new RequestAccepted(r.id(), now));
        }
        return r;
    }

    /** A partner asks this state to re-examine its refusal. */
    public Answer reExaminationReceived(String country, String exchangeId, String reasons) {
        ReadmissionRequest r = requests.requireShared(country, exchangeId);
        if (r.direction() != Direction.INCOMING) {
            throw ProblemException.notFound("request of " + country, exchangeId);
        }
        Instant now = clock.instant();
        r.askReExamination(reasons, now);
        Regime regime = regimes.regime(r.regime(), "regime");
        Optional<RuledDeadline> due = regimes.reExamination(regime, now);
        r.replyDue(
                due.map(d -> d.passesAt(regimes.zone())).orElse(null),
                due.map(d -> d.deadline().rule()).orElse(null));
        events.reExamination(r);
        notices.tell(
                r.id(),
                "re-examination-received",
                country
                        + " asks this state to re-examine its refusal"
                        + due.map(
                                        d ->
                                                "; reply by "
                                                        + d.deadline()
                                                                .dueDate()
                                                                .map(Object::toString)
                                                                .orElse("?")
                                                        + " ("
                                                        + d.deadline().rule()
                                                        + "): if not, "
                                                        + d.consequence())
                                .orElse("")
                        + ".");
        audit.record(
                "state:" + country,
                "request.re-examination-received",
                OutgoingRequests.RECORD,
                r.id(),
                OutgoingRequests.summary(r));
        JsonObjectBuilder b =
                Jsons.object().add("reference", exchangeId).add("receivedAt", now.toString());
        due.ifPresent(d -> b.add("replyDue", deadline(d)));
        return new Answer(200, b.build());
    }

    private static JsonObject receipt(ReadmissionRequest r, RuledDeadline due) {
        return Jsons.object()
                .add("reference", r.partnerReference())
                .add("receivedAt", r.receivedAt().toString())
                .add("replyDue", deadline(due))
                .build();
    }

    /** A deadline as a partner reads it: the date, the rule, its basis and what silence means. */
    static JsonObject deadline(RuledDeadline d) {
        DeadlineView v = DeadlineView.of(d.deadline());
        JsonObjectBuilder b =
                Jsons.object()
                        .add("rule", v.rule())
                        .add("basis", v.basis())
                        .add("status", v.status())
                        .add("consequence", d.consequence())
                        .add("consequenceRule", d.consequenceRule());
        if (v.due() != null) {
            b.add("due", v.due().toString());
        }
        return b.build();
    }

    private static String text(JsonObject o, String key, int max) {
        return text(o, key, max, key);
    }

    private static String text(JsonObject o, String key, int max, String field) {
        JsonValue v = o.get(key);
        if (!(v instanceof jakarta.json.JsonString s) || s.getString().isBlank()) {
            throw ProblemException.invalidField(field, "required text");
        }
        if (s.getString().length() > max) {
            throw ProblemException.invalidField(field, "at most " + max + " characters");
        }
        return s.getString();
    }

    private static JsonObject object(JsonObject o, String key) {
        if (!(o.get(key) instanceof JsonObject v)) {
            throw ProblemException.invalidField(key, "an object");
        }
        return v;
    }

    private static JsonArray array(JsonObject o, String key) {
        if (!(o.get(key) instanceof JsonArray v)) {
            throw ProblemException.invalidField(key, "a list");
        }
        return v;
    }

    private static boolean flag(JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null) {
            return false;
        }
        if (v.getValueType() != JsonValue.ValueType.TRUE
                && v.getValueType() != JsonValue.ValueType.FALSE) {
            throw ProblemException.invalidField("grounds." + key, "true or false");
        }
        return v.getValueType() == JsonValue.ValueType.TRUE;
    }
}
