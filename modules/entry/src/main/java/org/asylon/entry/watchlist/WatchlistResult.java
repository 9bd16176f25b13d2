package org.asylon.entry.watchlist;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * What the watch-list check said. {@code NOT_PERFORMED} is recorded as such: no system configured
 * is never shown as a clearance. The port answers in its own terms; the encounter keeps the answer
 * as an embedded value (the {@code watchlist_*} columns of {@code encounter}).
 */
@Embeddable
public class WatchlistResult {

    public enum Status {
        NOT_PERFORMED,
        NO_HIT,
        HIT
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "watchlist_status")
    private Status status;

    @Column(name = "watchlist_system")
    private String system;

    @Column(name = "watchlist_detail", length = 1000)
    private String detail;

    @Column(name = "watchlist_checked_at")
    private Instant checkedAt;

    protected WatchlistResult() {}

    public WatchlistResult(Status status, String system, String detail, Instant checkedAt) {
        this.status = status;
        this.system = system;
        this.detail = detail;
        this.checkedAt = checkedAt;
    }

    public Status status() {
        return status;
    }

    public String system() {
        return system;
    }

    public String detail() {
        return detail;
    }

    public Instant checkedAt() {
        return checkedAt;
    }
}
