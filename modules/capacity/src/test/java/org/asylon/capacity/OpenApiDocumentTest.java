package org.asylon.capacity;

import java.util.List;
import org.asylon.capacity.leaflet.boundary.LeafletsResource;
import org.asylon.capacity.selfassessment.boundary.SelfAssessmentResource;
import org.asylon.kernel.testing.OpenApiContract;

/**
 * The capacity document against the capacity application's resources (checks in {@link
 * OpenApiContract}), including which operations are public: the leaflets, and nothing else.
 */
class OpenApiDocumentTest extends OpenApiContract {

    OpenApiDocumentTest() {
        super("/capacity/api/v1", List.of(LeafletsResource.class, SelfAssessmentResource.class));
    }
}
