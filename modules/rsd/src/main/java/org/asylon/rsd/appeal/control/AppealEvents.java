package org.asylon.rsd.appeal.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import org.asylon.kernel.json.Jsons;
import org.asylon.rsd.appeal.entity.Appeal;
import org.asylon.rsd.application.control.RsdEvents;
import org.asylon.rsd.application.entity.AsylumApplication;
import org.asylon.rsd.decision.control.DecisionEvents;

/**
 * The appeal events (catalogue in modules/rsd/README.md), with the claim state from {@link
 * RsdEvents}. {@code suspensiveAppealPending} says whether an appeal that suspends removal is
 * pending after the change; the reasons of the appeal body never go on the feed.
 */
@ApplicationScoped
public class AppealEvents {

    public static final String APPEAL_LODGED = "org.asylon.rsd.appeal-lodged.v1";
    public static final String APPEAL_ADMITTED = "org.asylon.rsd.appeal-admitted.v1";
    public static final String APPEAL_DECIDED = "org.asylon.rsd.appeal-decided.v1";

    private RsdEvents events;

    protected AppealEvents() {
        // for CDI's client proxy
    }

    @Inject
    public AppealEvents(RsdEvents events) {
        this.events = events;
    }

    public void lodged(AsylumApplication a, Appeal ap, String derivativeOf) {
        JsonObjectBuilder facts =
                base(ap, derivativeOf)
                        .add("decisionId", ap.decisionId())
                        .add("lodgedAt", ap.lodgedAt().toString())
                        .add("appealDeadline", ap.windowLastDay().toString())
                        .add("late", ap.late())
                        .add("daysLate", ap.daysLate())
                        .add("afterFinality", ap.afterFinality())
                        .add(
                                "awaitingAdmission",
                                ap.status()
                                        == org.asylon.rsd.appeal.entity.AppealStatus
                                                .AWAITING_ADMISSION);
        DecisionEvents.add(facts, "track", ap.track());
        DecisionEvents.add(
                facts,
                "appealDecisionDeadline",
                ap.decisionDeadline() == null ? null : ap.decisionDeadline().toString());
        events.publish(APPEAL_LODGED, a, facts);
    }

    public void admitted(AsylumApplication a, Appeal ap, String derivativeOf) {
        events.publish(
                APPEAL_ADMITTED,
                a,
                base(ap, derivativeOf).add("admittedAt", ap.admittedAt().toString()));
    }

    public void decided(AsylumApplication a, Appeal ap, String derivativeOf) {
        JsonObjectBuilder facts =
                base(ap, derivativeOf)
                        .add("result", ap.result().name())
                        .add("decidedAt", ap.decidedAt().toString());
        DecisionEvents.add(
                facts, "newOutcome", ap.newOutcome() == null ? null : ap.newOutcome().name());
        DecisionEvents.basis(facts, ap.newLegalBasis());
        DecisionEvents.add(
                facts,
                "inadmissibilityGround",
                ap.newInadmissibilityGround() == null
                        ? null
                        : ap.newInadmissibilityGround().name());
        DecisionEvents.add(facts, "country", ap.newCountry());
        events.publish(APPEAL_DECIDED, a, facts);
    }

    private static JsonObjectBuilder base(Appeal ap, String derivativeOf) {
        JsonObjectBuilder facts =
                Jsons.object()
                        .add("appealId", ap.id())
                        .add("suspensiveAppealPending", ap.suspendsRemoval());
        if (ap.suspension() != null) {
            facts.add("suspensive", ap.suspension().suspensive())
                    .add("suspensiveRule", ap.suspension().rule());
        }
        DecisionEvents.add(facts, "derivativeOf", derivativeOf);
        return facts;
    }
}
