package org.asylon.returns.decision.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;
import org.asylon.returns.decision.entity.DecisionAppeal;
import org.asylon.returns.decision.entity.DepartureExtension;
import org.asylon.returns.decision.entity.EntryBan;
import org.asylon.returns.decision.entity.ReturnDecision;
import org.asylon.returns.decision.entity.VoluntaryDeparture;

/**
 * The events of return decisions and appeals (catalogue in docs/README-decisions.md): codes, ids,
 * numbers and times only, never the reasons, which may name people and facts of the case.
 * Readmission and statistics act on them.
 */
@ApplicationScoped
public class DecisionEvents {

    public static final String DECISION_ISSUED = "org.asylon.return.decision-issued.v1";
    public static final String DECISION_NOTIFIED = "org.asylon.return.decision-notified.v1";
    public static final String PERIOD_EXTENDED =
            "org.asylon.return.voluntary-departure-extended.v1";
    public static final String COUNTRY_CHANGED = "org.asylon.return.country-of-return-changed.v1";
    public static final String DECISION_WITHDRAWN = "org.asylon.return.decision-withdrawn.v1";
    public static final String DEPARTURE_CONFIRMED =
            "org.asylon.return.voluntary-departure-confirmed.v1";
    public static final String APPEAL_LODGED = "org.asylon.return.appeal-lodged.v1";
    public static final String SUSPENSION_RULED = "org.asylon.return.appeal-suspension-ruled.v1";
    public static final String APPEAL_DECIDED = "org.asylon.return.appeal-decided.v1";

    private EventPublisher publisher;

    protected DecisionEvents() {
        // for CDI's client proxy
    }

    @Inject
    public DecisionEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void issued(ReturnDecision d) {
        VoluntaryDeparture p = d.voluntaryDeparture();
        JsonObjectBuilder data =
                base(d).add("groundCode", d.groundCode())
                        .add("borderProcedure", d.borderProcedure())
                        .add("voluntaryDeparture", p.kind().name())
                        .add("voluntaryDepartureDays", p.totalDays())
                        .add("shorteningGrounds", codes(p.shorteningGrounds()))
                        .add("countryOfReturn", d.countryOfReturn().country())
                        .add("countryBasis", d.countryOfReturn().basis().name())
                        .add("decidedAt", d.decidedAt().toString());
        EntryBan ban = d.entryBan();
        data.add("entryBan", ban != null);
        if (ban != null) {
            data.add("entryBanIndefinite", ban.indefinite());
            if (ban.duration() != null) {
                data.add("entryBanDuration", ban.duration());
            }
            data.add("entryBanLongerGrounds", codes(ban.longerGrounds()));
        }
        publish(DECISION_ISSUED, d, data);
    }

    public void notified(ReturnDecision d) {
        JsonObjectBuilder data =
                base(d).add("notifiedAt", d.notifiedAt().toString())
                        .add("notificationMethod", d.notificationMethod().name());
        period(d, data);
        publish(DECISION_NOTIFIED, d, data);
    }

    public void extended(ReturnDecision d, DepartureExtension e) {
        JsonObjectBuilder data =
                base(d).add("extensionId", e.id())
                        .add("days", e.days())
                        .add("circumstances", codes(e.circumstances()))
                        .add("voluntaryDepartureDays", d.voluntaryDeparture().totalDays());
        period(d, data);
        publish(PERIOD_EXTENDED, d, data);
    }

    public void countryChanged(ReturnDecision d, String before) {
        publish(
                COUNTRY_CHANGED,
                d,
                base(d).add("countryOfReturn", d.countryOfReturn().country())
                        .add("countryBasis", d.countryOfReturn().basis().name())
                        .add("previousCountry", before));
    }

    public void withdrawn(ReturnDecision d) {
        publish(
                DECISION_WITHDRAWN,
                d,
                base(d).add("withdrawal", d.withdrawal().name())
                        .add("withdrawnAt", d.withdrawnAt().toString()));
    }

    public void departed(ReturnDecision d) {
        var departure = d.departure();
        publish(
                DEPARTURE_CONFIRMED,
                d,
                base(d).add("departedAt", departure.departedAt().toString())
                        .add("destination", departure.destination())
                        .add("evidence", departure.evidence().name())
                        .add("withinPeriod", departure.withinPeriod())
                        .add("gateCheckId", departure.gateCheckId()));
    }

    public void appealLodged(DecisionAppeal a) {
        publishAppeal(
                APPEAL_LODGED,
                a,
                appeal(a)
                        .add("lodgedAt", a.lodgedAt().toString())
                        .add("suspensiveRule", a.suspensiveRule())
                        .add("suspension", a.suspension().name())
                        .add("barsRemoval", a.suspends() || a.awaitsSuspensionRuling()));
    }

    public void suspensionRuled(DecisionAppeal a) {
        publishAppeal(
                SUSPENSION_RULED,
                a,
                appeal(a)
                        .add("suspension", a.suspension().name())
                        .add("ruledAt", a.suspensionRuledAt().toString())
                        .add("barsRemoval", a.suspends() || a.awaitsSuspensionRuling()));
    }

    public void appealDecided(DecisionAppeal a, ReturnDecision d) {
        publishAppeal(
                APPEAL_DECIDED,
                a,
                appeal(a)
                        .add("outcome", a.outcome().name())
                        .add("decidedAt", a.decidedAt().toString())
                        .add("decisionStatus", d.status().name()));
    }

    private static JsonObjectBuilder base(ReturnDecision d) {
        return Jsons.object().add("decisionId", d.id()).add("caseId", d.caseId());
    }

    private static JsonObjectBuilder appeal(DecisionAppeal a) {
        return Jsons.object()
                .add("appealId", a.id())
                .add("decisionId", a.decisionId())
                .add("caseId", a.caseId());
    }

    private static void period(ReturnDecision d, JsonObjectBuilder data) {
        VoluntaryDeparture p = d.voluntaryDeparture();
        if (p.lastDay() != null) {
            data.add("voluntaryDepartureLastDay", p.lastDay().toString())
                    .add("voluntaryDepartureEndsAt", p.endsAt().toString());
        }
    }

    private static JsonArrayBuilder codes(List<String> codes) {
        JsonArrayBuilder array = Jsons.array();
        codes.forEach(array::add);
        return array;
    }

    private void publish(String type, ReturnDecision d, JsonObjectBuilder data) {
        publisher.publish(type, "decisions/" + d.id(), data.build());
    }

    private void publishAppeal(String type, DecisionAppeal a, JsonObjectBuilder data) {
        publisher.publish(type, "appeals/" + a.id(), data.build());
    }
}
