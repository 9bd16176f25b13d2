package org.asylon.readmission.request.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.asylon.kernel.audit.control.AuditTrail;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.profile.Regime;
import org.asylon.kernel.security.Caller;
import org.asylon.readmission.regime.control.RegimeBook;
import org.asylon.readmission.regime.control.RuledDeadline;
import org.asylon.readmission.request.entity.Direction;
import org.asylon.readmission.request.entity.Evidence;
import org.asylon.readmission.request.entity.ReadmissionRequest;
import org.asylon.readmission.request.entity.RequestState;

/**
 * Reads requests for the desk, each read audited (a request holds a person's facts), with its
 * deadlines computed now from the regime: this state's own limit to ask (outgoing) and the reply
 * period with what silence means.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RequestReading {

    /** A request with what the desk needs beside it. */
    public record RequestFile(
            ReadmissionRequest request,
            JsonObject person,
            Optional<RuledDeadline> requestDeadline,
            Optional<RuledDeadline> replyDeadline,
            List<Evidence> evidence) {}

    private Requests requests;
    private RegimeBook regimes;
    private AuditTrail audit;

    protected RequestReading() {
        // for CDI's client proxy
    }

    @Inject
    public RequestReading(Requests requests, RegimeBook regimes, AuditTrail audit) {
        this.requests = requests;
        this.regimes = regimes;
        this.audit = audit;
    }

    public RequestFile read(String id, Caller caller) {
        ReadmissionRequest r = requests.require(id);
        audit.record(caller.name(), "request.read", OutgoingRequests.RECORD, id, "{}");
        return file(r);
    }

    public RequestFile file(ReadmissionRequest r) {
        Regime regime = regimes.regime(r.regime(), "regime");
        Optional<RuledDeadline> ask =
                r.direction() == Direction.OUTGOING
                        ? regimes.request(regime, r.kind(), r.grounds(), r.anchors())
                        : Optional.empty();
        Optional<RuledDeadline> reply = Optional.empty();
        if (r.state() == RequestState.RE_EXAMINATION && r.reExaminationAt() != null) {
            Instant from = r.direction() == Direction.INCOMING ? r.reExaminationAt() : null;
            reply = from == null ? Optional.empty() : regimes.reExamination(regime, from);
        } else if (r.receivedAt() != null) {
            reply = Optional.of(regimes.reply(regime, r.kind(), r.grounds(), r.receivedAt()));
        }
        return new RequestFile(
                r, Jsons.readObject(r.person()), ask, reply, requests.evidence(r.id()));
    }

    public List<RequestFile> list(
            Direction direction, String country, String state, int limit, Caller caller) {
        List<ReadmissionRequest> found = requests.list(direction, country, state, limit);
        audit.record(
                caller.name(),
                "request.listed",
                OutgoingRequests.RECORD,
                "-",
                Jsons.object().add("count", found.size()).build().toString());
        return found.stream().map(this::file).toList();
    }
}
