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
import org.asylon.kernel.capacity.SelfAssessmentResource;
import org.asylon.kernel.leaflets.LeafletsResource;
import org.asylon.kernel.profile.DeadlinesResource;
import org.asylon.kernel.testing.OpenApiDocumentContract;

/** Drift check between entry's hand-written META-INF/openapi.yaml and its JAX-RS resources. */
class OpenApiDocumentTest extends OpenApiDocumentContract {

    @Override
    protected List<Class<?>> resources() {
        // the resources of the entry application, under /entry/api/v1: add a new resource here
        return List.of(CrossingPointsResource.class, EncountersResource.class, EncounterBatchResource.class,
                AlreadyKnownResource.class, GroupsResource.class, DocumentReadingsResource.class, EventsResource.class,
                AuditResource.class, DeadlinesResource.class, LeafletsResource.class, SelfAssessmentResource.class);
    }

    @Override
    protected String serverUrl() {
        return "/entry/api/v1";
    }
}
