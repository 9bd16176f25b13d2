package org.asylon.rsd.decision.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The time limit to appeal, computed by the kernel's deadline calculator when the decision was
 * notified and kept with the rule that produced it: the rule in force at notification governs the
 * case even if the profile changes later.
 */
@Embeddable
public class AppealWindow {

    /** The last day on which an appeal is in time, in the profile's zone. */
    @Column(name = "appeal_deadline")
    private LocalDate lastDay;

    @Column(name = "appeal_deadline_rule")
    private String rule;

    @Column(name = "appeal_deadline_basis", length = 1000)
    private String basis;

    @Column(name = "appeal_deadline_status")
    private String status;

    @Column(name = "appeal_deadline_explanation", length = 2000)
    private String explanation;

    protected AppealWindow() {}

    public AppealWindow(
            LocalDate lastDay, String rule, String basis, String status, String explanation) {
        this.lastDay = lastDay;
        this.rule = rule;
        this.basis = basis;
        this.status = status;
        this.explanation = explanation;
    }

    /** True once {@code today} is after the last day of the window. */
    public boolean passed(LocalDate today) {
        return lastDay != null && today.isAfter(lastDay);
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public String rule() {
        return rule;
    }

    public String basis() {
        return basis;
    }

    public String status() {
        return status;
    }

    public String explanation() {
        return explanation;
    }
}
