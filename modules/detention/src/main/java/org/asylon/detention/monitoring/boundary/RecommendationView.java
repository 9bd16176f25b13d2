package org.asylon.detention.monitoring.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.asylon.detention.monitoring.control.Recommendations;
import org.asylon.detention.monitoring.entity.Category;
import org.asylon.detention.monitoring.entity.FollowUpStatus;
import org.asylon.detention.monitoring.entity.Priority;
import org.asylon.detention.monitoring.entity.Recommendation;
import org.asylon.detention.monitoring.entity.Stance;

/**
 * A recommendation with the authority's responses and the monitor's follow-up: what both the
 * monitor and the authority see (never the visit's interviews or findings).
 */
public record RecommendationView(
        String id,
        String visitId,
        String facilityId,
        Category category,
        Priority priority,
        String text,
        Instant madeAt,
        String madeBy,
        FollowUpStatus followUpStatus,
        boolean answered,
        boolean answerOverdue,
        List<ResponseView> responses,
        List<FollowUpView> followUps) {

    /** One response of the authority. */
    public record ResponseView(
            String id,
            Stance stance,
            String response,
            LocalDate plannedBy,
            Instant answeredAt,
            String answeredBy) {}

    /** One follow-up step of the monitor. */
    public record FollowUpView(FollowUpStatus status, String note, Instant setAt, String setBy) {}

    static RecommendationView of(Recommendations.Filed filed) {
        Recommendation r = filed.recommendation();
        return new RecommendationView(
                r.id(),
                r.visitId(),
                r.facilityId(),
                r.category(),
                r.priority(),
                r.text(),
                r.madeAt(),
                r.madeBy(),
                r.followUpStatus(),
                !filed.answers().isEmpty(),
                filed.answerOverdue(),
                filed.answers().stream()
                        .map(
                                a ->
                                        new ResponseView(
                                                a.id(),
                                                a.stance(),
                                                a.text(),
                                                a.plannedBy(),
                                                a.answeredAt(),
                                                a.answeredBy()))
                        .toList(),
                filed.followUps().stream()
                        .map(f -> new FollowUpView(f.status(), f.note(), f.setAt(), f.setBy()))
                        .toList());
    }
}
