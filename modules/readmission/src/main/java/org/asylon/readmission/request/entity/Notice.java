package org.asylon.readmission.request.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * Something the liaison desk must look at, written by the system when it happens: a request
 * received, a reply, a tacit acceptance applied, a transfer lapsed, a message the partner refused.
 * Nothing the system decides on its own happens silently.
 */
@Entity
@Table(name = "desk_notice")
public class Notice {

    @Id private String id;

    @Column(name = "request_id")
    private String requestId;

    @Column(name = "kind", nullable = false)
    private String kind;

    @Column(name = "text", nullable = false, length = 2000)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "read_by")
    private String readBy;

    protected Notice() {}

    public Notice(String requestId, String kind, String text, Instant at) {
        this.id = UUID.randomUUID().toString();
        this.requestId = requestId;
        this.kind = kind;
        this.text = text.length() > 2000 ? text.substring(0, 2000) : text;
        this.createdAt = at;
    }

    public void read(String by, Instant at) {
        if (readAt == null) {
            this.readAt = at;
            this.readBy = by;
        }
    }

    public String id() {
        return id;
    }

    public String requestId() {
        return requestId;
    }

    public String kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    public String readBy() {
        return readBy;
    }
}
