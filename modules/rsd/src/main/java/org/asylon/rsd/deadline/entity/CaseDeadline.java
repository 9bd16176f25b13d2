package org.asylon.rsd.deadline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.asylon.kernel.profile.Deadline;

/**
 * One time limit of one application, as the kernel's calculator computed it from the profile rule
 * and the recorded anchor: the due date with the rule, its basis and status, the explanation shown
 * to the officer, and when the stage change that meets it happened. {@code openDue} mirrors the due
 * date while the deadline is open and is empty once it is met or closed: the sweep reads only open
 * ones.
 */
@Entity
@Table(name = "case_deadline")
public class CaseDeadline {

    private static final int TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private String applicationId;

    @Column(name = "rule", nullable = false)
    private String rule;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "open_due")
    private LocalDate openDue;

    @Column(name = "anchor", nullable = false)
    private String anchor;

    @Column(name = "anchor_at", nullable = false)
    private Instant anchorAt;

    @Column(name = "basis", nullable = false, length = 1000)
    private String basis;

    @Column(name = "legal_status", nullable = false)
    private String legalStatus;

    @Column(name = "unconfirmed", nullable = false)
    private boolean unconfirmed;

    @Column(name = "explanation", nullable = false, length = TEXT)
    private String explanation;

    @Column(name = "caveats", length = TEXT)
    private String caveats;

    @Column(name = "met_at")
    private Instant metAt;

    /** The stage whose arrival met or closed the deadline (e.g. REGISTERED, or WITHDRAWN). */
    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected CaseDeadline() {}

    public CaseDeadline(String applicationId, String rule) {
        this.applicationId = applicationId;
        this.rule = rule;
    }

    /**
     * Takes the calculator's result. A deadline already met stays met unless its anchor was
     * recorded again later (a new decision notified after a remittal opens a new appeal window).
     *
     * @param extraCaveats what the module adds to the calculator's caveats (e.g. a fallback rule)
     */
    public void computed(Deadline d, Instant anchorTime, List<String> extraCaveats, Instant now) {
        if (metAt != null) {
            if (!anchorTime.isAfter(metAt)) {
                return;
            }
            metAt = null;
            closedBy = null;
        }
        dueDate = d.dueDate().orElseThrow();
        openDue = dueDate;
        anchor = d.anchor().orElseThrow();
        anchorAt = anchorTime;
        basis = clip(d.basis(), 1000);
        legalStatus = d.status().code();
        unconfirmed = d.unconfirmed();
        explanation = clip(d.explanation(), TEXT);
        List<String> all = new java.util.ArrayList<>(d.caveats());
        all.addAll(extraCaveats);
        caveats = all.isEmpty() ? null : clip(String.join("\n", all), TEXT);
        computedAt = now;
    }

    /** The stage change that satisfies the limit happened. */
    public void met(String stage, Instant at) {
        if (metAt == null) {
            metAt = at;
            closedBy = stage;
            openDue = null;
        }
    }

    public boolean open() {
        return metAt == null;
    }

    /** The claim was reopened: a limit the withdrawal closed runs again (one met stays met). */
    public void reopened() {
        if ("WITHDRAWN".equals(closedBy)) {
            metAt = null;
            closedBy = null;
            openDue = dueDate;
        }
    }

    /**
     * OVERDUE after the due date, DUE_SOON from {@code window} before it, MET or CLOSED once the
     * stage change came (CLOSED when the application was withdrawn rather than the limit met).
     */
    public DeadlineStatus status(LocalDate today, Period window) {
        if (metAt != null) {
            return "WITHDRAWN".equals(closedBy) ? DeadlineStatus.CLOSED : DeadlineStatus.MET;
        }
        if (today.isAfter(dueDate)) {
            return DeadlineStatus.OVERDUE;
        }
        return today.plus(window).isBefore(dueDate) ? DeadlineStatus.OPEN : DeadlineStatus.DUE_SOON;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public String applicationId() {
        return applicationId;
    }

    public String rule() {
        return rule;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public LocalDate openDue() {
        return openDue;
    }

    public String anchor() {
        return anchor;
    }

    public Instant anchorAt() {
        return anchorAt;
    }

    public String basis() {
        return basis;
    }

    public String legalStatus() {
        return legalStatus;
    }

    public boolean unconfirmed() {
        return unconfirmed;
    }

    public String explanation() {
        return explanation;
    }

    public List<String> caveats() {
        return caveats == null ? List.of() : Arrays.asList(caveats.split("\n"));
    }

    public Instant metAt() {
        return metAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public Instant computedAt() {
        return computedAt;
    }
}
