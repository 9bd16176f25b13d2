package org.asylon.readmission.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.profile.Regime;
import org.asylon.readmission.regime.control.RegimeBook;
import org.asylon.readmission.regime.control.Silence;
import org.asylon.readmission.request.entity.Direction;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.request.entity.RequestState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What silence does when a reply period passes, applied by the system on both sides, never
 * silently: an event, a state change and a notice to the desk, each naming the regime rule. Where
 * silence means acceptance (or confirmation of a take-back notification) the request is accepted as
 * of the end of the period and the transfer opens; where an unanswered re-examination makes the
 * requesting state responsible the request is closed; where silence means nothing the desk is told
 * to follow it up. The requesting state applies silence a grace period ({@code
 * asylon.readmission.tacit-grace}, a day by default: an allowance for a reply in transit, not a
 * legal period) after the end it computed, and a reply the partner signed as given in time still
 * replaces it ({@link OutgoingRequests#replyReceived}). Each request is handled in its own
 * transaction, and only if it is still waiting with its period passed, so a run that overlaps a
 * reply changes nothing twice.
 */
@ApplicationScoped
public class ReplyPeriods {

    static final String ACTOR = "asylon:reply-periods";
    private static final int BATCH = 200;

    private EntityManager em;
    private Requests requests;
    private RegimeBook regimes;
    private RequestEvents events;
    private Notices notices;
    private Event<RequestAccepted> accepted;
    private AuditTrail audit;
    private Clock clock;
    private Duration grace;

    protected ReplyPeriods() {
        // for CDI's client proxy
    }

    @Inject
    public ReplyPeriods(
            EntityManager em,
            Requests requests,
            RegimeBook regimes,
            RequestEvents events,
            Notices notices,
            Event<RequestAccepted> accepted,
            AuditTrail audit,
            Clock clock,
            @ConfigProperty(name = "asylon.readmission.tacit-grace", defaultValue = "PT24H")
                    String grace) {
        this.em = em;
        this.grace = Duration.parse(grace);
        this.requests = requests;
        this.regimes = regimes;
        this.events = events;
        this.notices = notices;
        this.accepted = accepted;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<String> passed(int limit) {
        return em.createQuery(
                        "SELECT r.id FROM ReadmissionRequest r WHERE r.replyDueAt <= :now"
                                + " AND (r.state = :waiting OR r.state = :reExamination)"
                                + " ORDER BY r.replyDueAt",
                        String.class)
                .setParameter("now", clock.instant())
                .setParameter("waiting", RequestState.AWAITING_REPLY)
                .setParameter("reExamination", RequestState.RE_EXAMINATION)
                .setMaxResults(limit <= 0 ? BATCH : limit)
                .getResultList();
    }

    /** Applies what silence means to one request; false when there was nothing (left) to do. */
    @Transactional
    public boolean expire(String id) {
        ReadmissionRequest r = requests.lock(id);
        Instant end = r.replyDueAt();
        if (end == null
                || clock.instant().isBefore(applyFrom(r, end))
                || r.state() != RequestState.AWAITING_REPLY
                        && r.state() != RequestState.RE_EXAMINATION) {
            return false;
        }
        Regime regime = regimes.regime(r.regime(), "regime");
        String rule = r.replyRule();
        if (r.state() == RequestState.RE_EXAMINATION) {
            r.replyDue(null, rule);
            if (regimes.reExaminationSilenceEnds(regime)) {
                r.closeUnanswered(end);
                events.closed(r, "regime.re-examination.reply.silence", end);
                tell(
                        r,
                        "re-examination-unanswered",
                        "The re-examination went unanswered by the end of its period ("
                                + rule
                                + "): the procedure ends and the requesting state is responsible"
                                + " (regime.re-examination.reply.silence, "
                                + regime.code()
                                + ").");
            } else {
                tell(
                        r,
                        "re-examination-unanswered",
                        "The re-examination went unanswered by the end of its period ("
                                + rule
                                + "); the regime "
                                + regime.code()
                                + " gives silence no consequence: follow it up.");
            }
            return true;
        }
        Silence silence = regimes.silence(regime, r.kind(), r.grounds());
        r.replyDue(null, rule);
        if (!silence.accepts()) {
            tell(
                    r,
                    "reply-period-passed",
                    "No reply by the end of the period ("
                            + rule
                            + "); "
                            + silence.consequence()
                            + " ("
                            + regime.code()
                            + ").");
            return true;
        }
        r.acceptTacitly(end);
        String silenceRule = regimes.silenceRule(regime, r.kind(), r.grounds());
        events.tacitlyAccepted(r, silenceRule);
        tell(
                r,
                "tacit-acceptance",
                "No reply by the end of the period ("
                        + rule
                        + ", "
                        + regime.rules().rule(rule).basis()
                        + "): "
                        + silence.consequence()
                        + " as of "
                        + end
                        + " ("
                        + silenceRule
                        + ", "
                        + regime.code()
                        + ").");
        accepted.fire(new RequestAccepted(r.id(), end));
        return true;
    }

    /**
     * The requesting state gives a reply on its way a grace period more to arrive before it applies
     * silence itself; the acceptance still dates from the period's end.
     */
    private Instant applyFrom(ReadmissionRequest r, Instant end) {
        return r.direction() == Direction.OUTGOING ? end.plus(grace) : end;
    }

    private void tell(ReadmissionRequest r, String kind, String text) {
        notices.tell(r.id(), kind, text);
        audit.record(
                ACTOR,
                "request." + kind,
                OutgoingRequests.RECORD,
                r.id(),
                OutgoingRequests.summary(r));
    }
}
