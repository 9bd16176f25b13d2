package org.asylon.rsd;

import java.util.List;
import org.asylon.kernel.audit.boundary.AuditResource;
import org.asylon.kernel.feed.EventsResource;
import org.asylon.kernel.profile.DeadlinesResource;
import org.asylon.kernel.profile.ProfileRulesResource;
import org.asylon.kernel.session.SessionResource;
import org.asylon.kernel.testing.OpenApiContract;
import org.asylon.rsd.appeal.boundary.AppealsResource;
import org.asylon.rsd.application.boundary.ApplicationsResource;
import org.asylon.rsd.casework.boundary.AssessmentResource;
import org.asylon.rsd.casework.boundary.InterpretersResource;
import org.asylon.rsd.casework.boundary.InterviewRecordResource;
import org.asylon.rsd.casework.boundary.InterviewersResource;
import org.asylon.rsd.casework.boundary.InterviewsResource;
import org.asylon.rsd.deadline.boundary.CaseDeadlinesResource;
import org.asylon.rsd.deadline.boundary.DueDeadlinesResource;
import org.asylon.rsd.deadline.boundary.QueueResource;
import org.asylon.rsd.decision.boundary.DecisionsResource;
import org.asylon.rsd.decision.boundary.FinalisationResource;
import org.asylon.rsd.triage.boundary.RecognitionRatesResource;
import org.asylon.rsd.triage.boundary.SafeCountriesResource;
import org.asylon.rsd.triage.boundary.TrackResource;
import org.asylon.rsd.triage.boundary.TriageResource;

/** RSD's document against the RSD application's resources (checks in {@link OpenApiContract}). */
class OpenApiDocumentTest extends OpenApiContract {

    OpenApiDocumentTest() {
        super(
                "/rsd/api/v1",
                List.of(
                        ApplicationsResource.class,
                        TriageResource.class,
                        TrackResource.class,
                        RecognitionRatesResource.class,
                        SafeCountriesResource.class,
                        InterviewersResource.class,
                        InterpretersResource.class,
                        InterviewsResource.class,
                        InterviewRecordResource.class,
                        AssessmentResource.class,
                        CaseDeadlinesResource.class,
                        DueDeadlinesResource.class,
                        QueueResource.class,
                        DecisionsResource.class,
                        FinalisationResource.class,
                        AppealsResource.class,
                        EventsResource.class,
                        AuditResource.class,
                        DeadlinesResource.class,
                        ProfileRulesResource.class,
                        SessionResource.class));
    }
}
