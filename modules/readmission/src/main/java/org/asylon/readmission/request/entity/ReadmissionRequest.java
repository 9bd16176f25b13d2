package org.asylon.readmission.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.readmission.regime.entity.Anchors;
import org.asylon.readmission.regime.entity.Grounds;
import org.asylon.readmission.regime.entity.RequestKind;

/**
 * A request to take a person back or take charge of them, on either side: this state asking a
 * partner ({@link Direction#OUTGOING}) or a partner asking this state ({@link Direction#INCOMING}).
 * Between the two states it is known by the requesting state's id, which the requested state keeps
 * as {@code partnerReference}. {@code person} is exactly what left or arrived: the regime's shared
 * fields and nothing else.
 */
@Entity
@Table(name = "readmission_request")
public class ReadmissionRequest {

    @Id private String id;

    @Version private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false)
    private Direction direction;

    /**
     * The partner state (the requested state of an outgoing request, the requesting of an
     * incoming).
     */
    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "partner_reference")
    private String partnerReference;

    @Column(name = "regime", nullable = false)
    private String regime;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private RequestKind kind;

    @Column(name = "hit_based", nullable = false)
    private boolean hitBased;

    @Column(name = "detained", nullable = false)
    private boolean detained;

    @Column(name = "urgent", nullable = false)
    private boolean urgent;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false)
    private RequestOrigin origin;

    @Column(name = "origin_reference")
    private String originReference;

    @Column(name = "rsd_application_id")
    private String rsdApplicationId;

    @Column(name = "source_arrival_id")
    private String sourceArrivalId;

    @Column(name = "source_encounter_id")
    private String sourceEncounterId;

    @Lob
    @Column(name = "person", nullable = false)
    private String person;

    /** The desk's own notes; they never leave the state. */
    @Column(name = "notes", length = 4000)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private RequestState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** When the requested state received the request: the reply period runs from here. */
    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "application_registered_at")
    private Instant applicationRegisteredAt;

    @Column(name = "hit_received_at")
    private Instant hitReceivedAt;

    @Column(name = "irregular_stay_known_at")
    private Instant irregularStayKnownAt;

    @Column(name = "detention_started_at")
    private Instant detentionStartedAt;

    @Column(name = "reply_due_at")
    private Instant replyDueAt;

    @Column(name = "reply_rule")
    private String replyRule;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply")
    private Reply reply;

    @Column(name = "reply_reasons", length = 2000)
    private String replyReasons;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "replied_by")
    private String repliedBy;

    @Column(name = "tacit", nullable = false)
    private boolean tacit;

    @Column(name = "re_examinations", nullable = false)
    private int reExaminations;

    @Column(name = "re_examination_at")
    private Instant reExaminationAt;

    @Column(name = "re_examination_reasons", length = 2000)
    private String reExaminationReasons;

    protected ReadmissionRequest() {}

    private ReadmissionRequest(
            Direction direction,
            String country,
            String regime,
            RequestKind kind,
            Grounds grounds,
            RequestOrigin origin,
            String person,
            Anchors anchors,
            String by,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.direction = direction;
        this.country = country;
        this.regime = regime;
        this.kind = kind;
        this.hitBased = grounds.hitBased();
        this.detained = grounds.detained();
        this.urgent = grounds.urgent();
        this.origin = origin;
        this.person = person;
        this.applicationRegisteredAt = anchors.applicationRegisteredAt();
        this.hitReceivedAt = anchors.hitReceivedAt();
        this.irregularStayKnownAt = anchors.irregularStayKnownAt();
        this.detentionStartedAt = anchors.detentionStartedAt();
        this.createdBy = by;
        this.createdAt = at;
    }

    /** A request this state prepares for a partner; evidence is added before it is sent. */
    public static ReadmissionRequest outgoing(
            String country,
            String regime,
            RequestKind kind,
            Grounds grounds,
            RequestOrigin origin,
            String originReference,
            PersonLinks links,
            String person,
            String notes,
            Anchors anchors,
            String by,
            Instant at) {
        ReadmissionRequest r =
                new ReadmissionRequest(
                        Direction.OUTGOING,
                        country,
                        regime,
                        kind,
                        grounds,
                        origin,
                        person,
                        anchors,
                        by,
                        at);
        r.originReference = originReference;
        r.rsdApplicationId = links.rsdApplicationId();
        r.sourceArrivalId = links.sourceArrivalId();
        r.sourceEncounterId = links.sourceEncounterId();
        r.notes = notes;
        r.state = RequestState.DRAFT;
        return r;
    }

    /** A partner's request, registered at its receipt: the reply period runs from now. */
    public static ReadmissionRequest incoming(
            String country,
            String partnerReference,
            String regime,
            RequestKind kind,
            Grounds grounds,
            String person,
            Anchors anchors,
            String by,
            Instant receivedAt) {
        ReadmissionRequest r =
                new ReadmissionRequest(
                        Direction.INCOMING,
                        country,
                        regime,
                        kind,
                        grounds,
                        RequestOrigin.PARTNER,
                        person,
                        anchors,
                        by,
                        receivedAt);
        r.partnerReference = partnerReference;
        r.receivedAt = receivedAt;
        r.state = RequestState.AWAITING_REPLY;
        return r;
    }

    /** The id both states know the request by: the requesting state's. */
    public String exchangeId() {
        return direction == Direction.OUTGOING ? id : partnerReference;
    }

    public void send(Instant at) {
        require(RequestState.DRAFT, "sent");
        this.state = RequestState.AWAITING_REPLY;
        this.sentAt = at;
    }

    /**
     * The partner acknowledged receipt at {@code at} (its clock): the reply period runs from it.
     */
    public void receivedByPartner(Instant at) {
        if (receivedAt == null) {
            this.receivedAt = at;
        }
    }

    /** When the reply is due and the rule that says so; null when the regime sets no limit. */
    public void replyDue(Instant due, String rule) {
        this.replyDueAt = due;
        this.replyRule = rule;
    }

    public void reply(Reply answer, String reasons, String by, Instant at) {
        if (state != RequestState.AWAITING_REPLY && state != RequestState.RE_EXAMINATION) {
            throw conflict("answered");
        }
        if (answer == Reply.CONFIRMED && !kind.confirmed()
                || answer == Reply.ACCEPTED && kind.confirmed()) {
            throw ProblemException.invalidField(
                    "decision",
                    kind.confirmed()
                            ? "a take-back notification is confirmed (CONFIRMED) or refused"
                            : "a request is accepted (ACCEPTED) or refused");
        }
        this.reply = answer;
        this.replyReasons = reasons;
        this.repliedAt = at;
        this.repliedBy = by;
        this.tacit = false;
        this.state = answer == Reply.REFUSED ? RequestState.REFUSED : RequestState.ACCEPTED;
    }

    /** The reply period passed in silence and silence means acceptance (or confirmation). */
    public void acceptTacitly(Instant at) {
        if (state != RequestState.AWAITING_REPLY && state != RequestState.RE_EXAMINATION) {
            throw conflict("tacitly accepted");
        }
        this.reply = kind.confirmed() ? Reply.CONFIRMED : Reply.ACCEPTED;
        this.repliedAt = at;
        this.repliedBy = null;
        this.replyReasons = null;
        this.tacit = true;
        this.state = RequestState.TACITLY_ACCEPTED;
    }

    /**
     * The partner's express reply, signed as given before the reply period ended, reaches this
     * state after it applied silence: the reply given in time stands.
     */
    public void replaceTacitAcceptance(Reply answer, String reasons, String by, Instant at) {
        require(RequestState.TACITLY_ACCEPTED, "answered in time after all");
        this.state = RequestState.AWAITING_REPLY;
        reply(answer, reasons, by, at);
    }

    public void askReExamination(String reasons, Instant at) {
        require(RequestState.REFUSED, "re-examined");
        this.reExaminations++;
        this.reExaminationAt = at;
        this.reExaminationReasons = reasons;
        this.state = RequestState.RE_EXAMINATION;
    }

    /** A re-examination went unanswered and the requesting state is responsible. */
    public void closeUnanswered(Instant at) {
        require(RequestState.RE_EXAMINATION, "closed");
        this.repliedAt = at;
        this.state = RequestState.CLOSED;
    }

    public void withdraw(String by, Instant at) {
        if (state != RequestState.DRAFT && state != RequestState.AWAITING_REPLY) {
            throw conflict("withdrawn");
        }
        this.state = RequestState.WITHDRAWN;
        this.repliedAt = at;
        this.repliedBy = by;
    }

    public void requireDraft() {
        require(RequestState.DRAFT, "changed");
    }

    private void require(RequestState expected, String what) {
        if (state != expected) {
            throw conflict(what);
        }
    }

    private ProblemException conflict(String what) {
        return new ProblemException(
                ProblemType.CONFLICT, "The request is " + state + " and cannot be " + what + ".");
    }

    public PersonLinks links() {
        return new PersonLinks(rsdApplicationId, sourceArrivalId, sourceEncounterId);
    }

    public Grounds grounds() {
        return new Grounds(hitBased, detained, urgent);
    }

    public Anchors anchors() {
        return new Anchors(
                applicationRegisteredAt, hitReceivedAt, irregularStayKnownAt, detentionStartedAt);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Direction direction() {
        return direction;
    }

    public String country() {
        return country;
    }

    public String partnerReference() {
        return partnerReference;
    }

    public String regime() {
        return regime;
    }

    public RequestKind kind() {
        return kind;
    }

    public RequestOrigin origin() {
        return origin;
    }

    public String originReference() {
        return originReference;
    }

    public String person() {
        return person;
    }

    public String notes() {
        return notes;
    }

    public RequestState state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Instant replyDueAt() {
        return replyDueAt;
    }

    public String replyRule() {
        return replyRule;
    }

    public Reply reply() {
        return reply;
    }

    public String replyReasons() {
        return replyReasons;
    }

    public Instant repliedAt() {
        return repliedAt;
    }

    public String repliedBy() {
        return repliedBy;
    }

    public boolean tacit() {
        return tacit;
    }

    public int reExaminations() {
        return reExaminations;
    }

    public Instant reExaminationAt() {
        return reExaminationAt;
    }

    public String reExaminationReasons() {
        return reExaminationReasons;
    }
}
