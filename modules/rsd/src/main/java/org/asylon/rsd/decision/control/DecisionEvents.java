package org.asylon.rsd.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.asylon.kernel.json.Jsons;
import org.asylon.rsd.application.control.RsdEvents;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.application.entity.Outcome;
import org.asylon.rsd.decision.entity.Decision;
import org.asylon.rsd.decision.entity.DecisionKind;
import org.asylon.rsd.decision.entity.LegalBasis;

/**
 * The decision and finality events (catalogue in modules/rsd/README.md), published through {@link
 * RsdEvents} so that each carries the claim state (stage, claimPending, outcome,
 * protectionGranted). The outcome, its legal basis code and the country of an inadmissibility
 * decision are facts other modules need; the reasons and review comments are RSD content and never
 * go here. A dependant without a claim of their own gets the same event as the principal, with
 * {@code derivativeOf} naming the principal's application, so that a consumer can answer for each
 * person separately.
 */
@ApplicationScoped
public class DecisionEvents {

    public static final String DECISION_ISSUED = "org.asylon.rsd.decision-issued.v1";
    public static final String DECISION_NOTIFIED = "org.asylon.rsd.decision-notified.v1";
    public static final String CLAIM_FINAL = "org.asylon.rsd.claim-final.v1";

    /** How a decision became final. */
    public enum FinalBy {
        /** The appeal window passed without an appeal. */
        APPEAL_WINDOW_PASSED,
        /** An appeal was decided (confirmed or overturned). */
        APPEAL_DECIDED
    }

    private RsdEvents events;

    protected DecisionEvents() {
        // for CDI's client proxy
    }

    @Inject
    public DecisionEvents(RsdEvents events) {
        this.events = events;
    }

    public void issued(AsylumApplication a, Decision d, String derivativeOf) {
        JsonObjectBuilder facts =
                Jsons.object()
                        .add("decisionId", d.id())
                        .add("kind", d.kind().name())
                        .add(
                                "decidingBody",
                                d.kind() == DecisionKind.RECORDED_UNHCR_OUTCOME ? "UNHCR" : "STATE")
                        .add("issuedAt", d.issuedAt().toString())
                        .add("fourEyes", d.fourEyes());
        basis(facts, d.legalBasis());
        add(
                facts,
                "inadmissibilityGround",
                d.inadmissibilityGround() == null ? null : d.inadmissibilityGround().name());
        add(facts, "country", d.country());
        add(facts, "unhcrReference", d.unhcrReference());
        add(
                facts,
                "unhcrDecidedOn",
                d.unhcrDecidedOn() == null ? null : d.unhcrDecidedOn().toString());
        add(facts, "derivativeOf", derivativeOf);
        events.publish(DECISION_ISSUED, a, facts);
    }

    public void notified(AsylumApplication a, Decision d, String derivativeOf) {
        JsonObjectBuilder facts =
                Jsons.object()
                        .add("decisionId", d.id())
                        .add("notifiedAt", d.notification().notifiedAt().toString())
                        .add("appealDeadline", d.appealWindow().lastDay().toString())
                        .add("appealDeadlineRule", d.appealWindow().rule());
        add(facts, "derivativeOf", derivativeOf);
        events.publish(DECISION_NOTIFIED, a, facts);
    }

    public void fin(
            AsylumApplication a,
            Outcome finalOutcome,
            FinalBy how,
            Instant at,
            String derivativeOf) {
        JsonObjectBuilder facts =
                Jsons.object()
                        .add("finalOutcome", finalOutcome.name())
                        .add("protectionGranted", finalOutcome.protects())
                        .add("finalBy", how.name())
                        .add("finalAt", at.toString());
        add(facts, "derivativeOf", derivativeOf);
        events.publish(CLAIM_FINAL, a, facts);
    }

    /** The legal basis code and the rule it is from (never the label or reasons). */
    public static void basis(JsonObjectBuilder facts, LegalBasis basis) {
        if (basis != null) {
            facts.add("legalBasis", basis.code()).add("legalBasisRule", basis.rule());
        }
    }

    public static void add(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
