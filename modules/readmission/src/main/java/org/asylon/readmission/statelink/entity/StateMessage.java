package org.asylon.readmission.statelink.entity;

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

/**
 * One message between this state and a partner, either way, exactly as it was sent or received. An
 * outgoing message is written in the transaction of the change it announces and sent by the courier
 * until the partner acknowledges it, so nothing acknowledged to an officer is lost; an incoming one
 * keeps the answer it got, so that the partner's retry of the same message id gets that answer
 * again and changes nothing.
 */
@Entity
@Table(name = "state_message")
public class StateMessage {

    /** Longest error text kept from a failed delivery. */
    private static final int ERROR_LENGTH = 1000;

    @Id private String id;

    @Version private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "direction", nullable = false)
    private MessageDirection direction;

    @Column(name = "country", nullable = false)
    private String country;

    /** The id both states know the message by (the {@code mid} claim of its tokens). */
    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(name = "kind", nullable = false)
    private String kind;

    /** The requesting state's id of the request the message is about. */
    @Column(name = "request_ref")
    private String requestRef;

    /** The path under the receiving module's base URL, e.g. {@code /api/v1/state/requests}. */
    @Column(name = "path", nullable = false)
    private String path;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "body_hash", nullable = false)
    private String bodyHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private MessageState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt")
    private Instant nextAttempt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "answer_status")
    private Integer answerStatus;

    @Lob
    @Column(name = "answer")
    private String answer;

    protected StateMessage() {}

    private StateMessage(
            MessageDirection direction,
            String country,
            String messageId,
            String kind,
            String requestRef,
            String path,
            String body,
            String bodyHash,
            Instant at) {
        this.id = UUID.randomUUID().toString();
        this.direction = direction;
        this.country = country;
        this.messageId = messageId;
        this.kind = kind;
        this.requestRef = requestRef;
        this.path = path;
        this.body = body;
        this.bodyHash = bodyHash;
        this.createdAt = at;
        this.state =
                direction == MessageDirection.OUT ? MessageState.PENDING : MessageState.RECEIVED;
        this.nextAttempt = direction == MessageDirection.OUT ? at : null;
    }

    /** A message to a partner, to be sent by the courier. */
    public static StateMessage outgoing(
            String country,
            String kind,
            String requestRef,
            String path,
            String body,
            String bodyHash,
            Instant at) {
        return new StateMessage(
                MessageDirection.OUT,
                country,
                UUID.randomUUID().toString(),
                kind,
                requestRef,
                path,
                body,
                bodyHash,
                at);
    }

    /** A partner's message, received; its answer follows ({@link #answered}). */
    public static StateMessage incoming(
            String country,
            String messageId,
            String kind,
            String requestRef,
            String path,
            String body,
            String bodyHash,
            Instant at) {
        return new StateMessage(
                MessageDirection.IN,
                country,
                messageId,
                kind,
                requestRef,
                path,
                body,
                bodyHash,
                at);
    }

    /** The answer this state gave the partner's message, kept for its retries. */
    public void answered(int status, String answer) {
        this.answerStatus = status;
        this.answer = answer;
    }

    public void delivered(int status, String answer, Instant at) {
        this.attempts++;
        this.state = MessageState.DELIVERED;
        this.answerStatus = status;
        this.answer = answer;
        this.deliveredAt = at;
        this.nextAttempt = null;
        this.lastError = null;
    }

    /** A failed attempt that a later one may mend (network, 5xx, 429...). */
    public void failed(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = clip(error);
        this.nextAttempt = retryAt;
    }

    /** The partner refused the message for good; an officer must look at it. */
    public void refused(int status, String problem) {
        this.attempts++;
        this.state = MessageState.REFUSED;
        this.answerStatus = status;
        this.answer = problem;
        this.lastError = clip("refused with " + status);
        this.nextAttempt = null;
    }

    /** An officer sends a refused message again (after the partner fixed its side). */
    public void retryNow(Instant at) {
        this.state = MessageState.PENDING;
        this.nextAttempt = at;
    }

    private static String clip(String text) {
        return text == null || text.length() <= ERROR_LENGTH
                ? text
                : text.substring(0, ERROR_LENGTH);
    }

    public String id() {
        return id;
    }

    public MessageDirection direction() {
        return direction;
    }

    public String country() {
        return country;
    }

    public String messageId() {
        return messageId;
    }

    public String kind() {
        return kind;
    }

    public String requestRef() {
        return requestRef;
    }

    public String path() {
        return path;
    }

    public String body() {
        return body;
    }

    public String bodyHash() {
        return bodyHash;
    }

    public MessageState state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttempt() {
        return nextAttempt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public String lastError() {
        return lastError;
    }

    public Integer answerStatus() {
        return answerStatus;
    }

    public String answer() {
        return answer;
    }
}
