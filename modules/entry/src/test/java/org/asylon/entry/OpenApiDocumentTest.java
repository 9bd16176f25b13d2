package org.asylon.entry;

import java.util.List;
import org.asylon.entry.crossingpoint.boundary.CrossingPointsResource;
import org.asylon.entry.document.boundary.DocumentReadingsResource;
import org.asylon.entry.encounter.boundary.AlreadyKnownResource;
import org.asylon.entry.encounter.boundary.EncounterBatchResource;
import org.asylon.entry.encounter.boundary.EncountersResource;
import org.asylon.entry.encounter.boundary.GroupsResource;
import org.asylon.kernel.audit.boundary.AuditResource;
import org.asylon.kernel.feed.EventsResource;
import org.asylon.kernel.profile.DeadlinesResource;
import org.asylon.kernel.profile.ProfileRulesResource;
import org.asylon.kernel.session.SessionResource;
import org.asylon.kernel.testing.OpenApiContract;

/**
 * The entry document against the entry application's resources (checks in {@link OpenApiContract}).
 */
class OpenApiDocumentTest extends OpenApiContract {

    OpenApiDocumentTest() {
        super(
                "/entry/api/v1",
                List.of(
                        CrossingPointsResource.class,
                        EncountersResource.class,
                        EncounterBatchResource.class,
                        AlreadyKnownResource.class,
                        GroupsResource.class,
                        DocumentReadingsResource.class,
                        EventsResource.class,
                        AuditResource.class,
                        DeadlinesResource.class,
                        ProfileRulesResource.class,
                        SessionResource.class));
    }
}
