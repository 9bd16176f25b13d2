package org.asylon.detention;

import java.util.List;
import org.asylon.detention.alert.boundary.AlertsResource;
import org.asylon.detention.conditions.boundary.ConfinementDaysResource;
import org.asylon.detention.conditions.boundary.ConfinementResource;
import org.asylon.detention.conditions.boundary.SolitaryQueueResource;
import org.asylon.detention.monitoring.boundary.FindingsResource;
import org.asylon.detention.monitoring.boundary.InterviewsResource;
import org.asylon.detention.monitoring.boundary.RecommendationsResource;
import org.asylon.detention.monitoring.boundary.StandardsCheckResource;
import org.asylon.detention.monitoring.boundary.VisitFindingsResource;
import org.asylon.detention.monitoring.boundary.VisitInterviewsResource;
import org.asylon.detention.monitoring.boundary.VisitRecommendationsResource;
import org.asylon.detention.monitoring.boundary.VisitsResource;
import org.asylon.detention.place.boundary.FacilitiesResource;
import org.asylon.detention.place.boundary.RoomsResource;
import org.asylon.kernel.audit.boundary.AuditResource;
import org.asylon.kernel.feed.EventsResource;
import org.asylon.kernel.profile.DeadlinesResource;
import org.asylon.kernel.profile.ProfileRulesResource;
import org.asylon.kernel.session.SessionResource;
import org.asylon.kernel.testing.OpenApiContract;

/**
 * Detention's document against the detention application's resources (checks in {@link
 * OpenApiContract}).
 */
class OpenApiDocumentTest extends OpenApiContract {

    OpenApiDocumentTest() {
        super(
                "/detention/api/v1",
                List.of(
                        // places of detention
                        FacilitiesResource.class,
                        RoomsResource.class,
                        ConfinementDaysResource.class,
                        ConfinementResource.class,
                        SolitaryQueueResource.class,
                        // people, orders, reviews, alternatives
                        org.asylon.detention.person.boundary.PeopleResource.class,
                        org.asylon.detention.person.boundary.HandoversResource.class,
                        org.asylon.detention.order.boundary.PersonOrdersResource.class,
                        org.asylon.detention.order.boundary.OrdersResource.class,
                        org.asylon.detention.alternative.boundary.PersonAlternativesResource.class,
                        org.asylon.detention.alternative.boundary.AlternativesResource.class,
                        // independent monitoring
                        VisitsResource.class,
                        VisitInterviewsResource.class,
                        VisitFindingsResource.class,
                        VisitRecommendationsResource.class,
                        InterviewsResource.class,
                        FindingsResource.class,
                        RecommendationsResource.class,
                        StandardsCheckResource.class,
                        // alerts
                        AlertsResource.class,
                        EventsResource.class,
                        AuditResource.class,
                        DeadlinesResource.class,
                        ProfileRulesResource.class,
                        SessionResource.class));
    }
}
