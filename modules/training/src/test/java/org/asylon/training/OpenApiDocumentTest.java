package org.asylon.training;

import java.util.List;
import org.asylon.kernel.audit.boundary.AuditResource;
import org.asylon.kernel.feed.EventsResource;
import org.asylon.kernel.profile.DeadlinesResource;
import org.asylon.kernel.profile.ProfileRulesResource;
import org.asylon.kernel.session.SessionResource;
import org.asylon.kernel.testing.OpenApiContract;

/** The runner's document against its resources (checks in {@link OpenApiContract}). */
class OpenApiDocumentTest extends OpenApiContract {

    OpenApiDocumentTest() {
        super(
                "/training/api/v1",
                List.of(
                        org.asylon.training.catalogue.boundary.ExercisesResource.class,
                        org.asylon.training.run.boundary.RunsResource.class,
                        org.asylon.training.run.boundary.RunResource.class,
                        org.asylon.training.run.boundary.FeedbackResource.class,
                        EventsResource.class,
                        AuditResource.class,
                        DeadlinesResource.class,
                        ProfileRulesResource.class,
                        SessionResource.class));
    }
}
