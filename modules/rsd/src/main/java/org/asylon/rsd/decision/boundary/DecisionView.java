package org.asylon.rsd.decision.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.asylon.rsd.decision.entity.AppealWindow;
import org.asylon.rsd.decision.entity.Decision;
import org.asylon.rsd.decision.entity.DecisionKind;
import org.asylon.rsd.decision.entity.LegalBasis;
import org.asylon.rsd.decision.entity.Notification;

/**
 * The decision's summary: outcome, legal basis, country, who decided and reviewed, notification and
 * appeal window. It never carries the reasons or review comments (RSD content): those are read at
 * {@code decision/reasons}, which checks and audits the reader.
 *
 * @param derivativeOf for a dependant without a claim of their own: the principal's application,
 *     whose decision this is
 * @param label who decided, in words (a recorded UNHCR outcome says the state did not examine the
 *     claim)
 * @param reasonsAt where the reasons are read (by the file holders only, audited)
 */
public record DecisionView(
        String id,
        String applicationId,
        String derivativeOf,
        String kind,
        String decidingBody,
        String label,
        String status,
        String outcome,
        Basis legalBasis,
        String inadmissibilityGround,
        String country,
        String unhcrReference,
        LocalDate unhcrDecidedOn,
        String profile,
        String decidedBy,
        Instant decidedAt,
        boolean fourEyes,
        String reviewedBy,
        Instant reviewedAt,
        Instant issuedAt,
        NotificationView notification,
        Window appealWindow,
        List<String> warnings,
        String reasonsAt,
        long version) {

    public record Basis(String code, String rule, String basis, String status) {

        public static Basis of(LegalBasis b) {
            return b == null ? null : new Basis(b.code(), b.rule(), b.text(), b.status());
        }
    }

    public record NotificationView(
            Instant notifiedAt,
            String notifiedBy,
            String language,
            String method,
            boolean appealInformationGiven,
            String appealInformationText) {

        static NotificationView of(Notification n) {
            return n == null
                    ? null
                    : new NotificationView(
                            n.notifiedAt(),
                            n.notifiedBy(),
                            n.language(),
                            n.method().name(),
                            n.appealInformationGiven(),
                            n.appealInformationText());
        }
    }

    /**
     * The appeal window with the rule, basis and explanation that produced it; {@code passed} as of
     * today.
     */
    public record Window(
            LocalDate lastDay,
            String rule,
            String basis,
            String status,
            String explanation,
            boolean passed) {

        static Window of(AppealWindow w, LocalDate today) {
            return w == null
                    ? null
                    : new Window(
                            w.lastDay(),
                            w.rule(),
                            w.basis(),
                            w.status(),
                            w.explanation(),
                            w.passed(today));
        }
    }

    public static DecisionView of(Decision d, String derivativeOf, LocalDate today) {
        boolean unhcr = d.kind() == DecisionKind.RECORDED_UNHCR_OUTCOME;
        List<String> warnings = new ArrayList<>();
        if (d.notification() != null && !d.notification().appealInformationGiven()) {
            warnings.add(
                    "The applicant was not told how to appeal: check whether the law extends the appeal window.");
        }
        if (d.appealWindow() != null && !"confirmed".equals(d.appealWindow().status())) {
            warnings.add(
                    "The appeal window comes from a rule that is "
                            + d.appealWindow().status()
                            + " in profile "
                            + d.profile()
                            + ": verify it.");
        }
        return new DecisionView(
                d.id(),
                d.applicationId(),
                derivativeOf,
                d.kind().name(),
                unhcr ? "UNHCR" : "STATE",
                unhcr
                        ? "UNHCR's decision under its mandate, recorded by the state: the state did not examine the claim"
                        : "Decision of the state's determining authority",
                d.status().name(),
                d.outcome().name(),
                Basis.of(d.legalBasis()),
                d.inadmissibilityGround() == null ? null : d.inadmissibilityGround().name(),
                d.country(),
                d.unhcrReference(),
                d.unhcrDecidedOn(),
                d.profile(),
                d.decidedBy(),
                d.decidedAt(),
                d.fourEyes(),
                d.reviewedBy(),
                d.reviewedAt(),
                d.issuedAt(),
                NotificationView.of(d.notification()),
                Window.of(d.appealWindow(), today),
                warnings,
                "applications/"
                        + (derivativeOf == null ? d.applicationId() : derivativeOf)
                        + "/decision/reasons",
                d.version());
    }
}
