package org.asylon.detention.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.asylon.detention.monitoring.entity.Answer;
import org.asylon.detention.monitoring.entity.Finding;
import org.asylon.detention.monitoring.entity.FollowUp;
import org.asylon.detention.monitoring.entity.Recommendation;
import org.asylon.detention.monitoring.entity.Visit;
import org.asylon.kernel.feed.EventPublisher;
import org.asylon.kernel.json.Jsons;

/**
 * The monitoring events. The feed is read by the authority's systems, so it carries codes, ids and
 * times only: never an interview (no event at all), never a finding's or a recommendation's text,
 * never an answer's text, never a team's names. A visit is published when the monitor records it,
 * at its start or after it, never ahead ({@link Visit} refuses a start in the future): a planned
 * visit on the feed would announce an unannounced one to the facility.
 */
@ApplicationScoped
public class MonitoringEvents {

    public static final String VISIT_RECORDED = "org.asylon.detention.visit-recorded.v1";
    public static final String FINDING_RECORDED = "org.asylon.detention.finding-recorded.v1";
    public static final String RECOMMENDATION_MADE = "org.asylon.detention.recommendation-made.v1";
    public static final String RECOMMENDATION_ANSWERED =
            "org.asylon.detention.recommendation-answered.v1";
    public static final String RECOMMENDATION_FOLLOW_UP =
            "org.asylon.detention.recommendation-follow-up.v1";

    private EventPublisher publisher;

    protected MonitoringEvents() {
        // for CDI's client proxy
    }

    @Inject
    public MonitoringEvents(EventPublisher publisher) {
        this.publisher = publisher;
    }

    public void visitRecorded(Visit visit) {
        publisher.publish(
                VISIT_RECORDED,
                "visits/" + visit.id(),
                Jsons.object()
                        .add("visitId", visit.id())
                        .add("facilityId", visit.facilityId())
                        .add("monitoringBody", visit.monitoringBody())
                        .add("announced", visit.announced())
                        .add("startedAt", visit.startedAt().toString())
                        .build());
    }

    public void findingRecorded(Finding finding) {
        publisher.publish(
                FINDING_RECORDED,
                "visits/" + finding.visitId(),
                Jsons.object()
                        .add("findingId", finding.id())
                        .add("visitId", finding.visitId())
                        .add("standard", finding.standard().name())
                        .build());
    }

    public void recommendationMade(Recommendation r) {
        publisher.publish(
                RECOMMENDATION_MADE,
                "recommendations/" + r.id(),
                Jsons.object()
                        .add("recommendationId", r.id())
                        .add("facilityId", r.facilityId())
                        .add("category", r.category().name())
                        .build());
    }

    public void recommendationAnswered(Answer answer) {
        publisher.publish(
                RECOMMENDATION_ANSWERED,
                "recommendations/" + answer.recommendationId(),
                Jsons.object()
                        .add("recommendationId", answer.recommendationId())
                        .add("stance", answer.stance().name())
                        .build());
    }

    public void followUp(FollowUp step) {
        publisher.publish(
                RECOMMENDATION_FOLLOW_UP,
                "recommendations/" + step.recommendationId(),
                Jsons.object()
                        .add("recommendationId", step.recommendationId())
                        .add("status", step.status().name())
                        .build());
    }
}
