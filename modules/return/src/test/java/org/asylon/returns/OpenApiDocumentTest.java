package org.asylon.returns;

import java.util.List;
import org.asylon.kernel.audit.boundary.AuditResource;
import org.asylon.kernel.feed.EventsResource;
import org.asylon.kernel.profile.DeadlinesResource;
import org.asylon.kernel.profile.ProfileRulesResource;
import org.asylon.kernel.session.SessionResource;
import org.asylon.kernel.testing.OpenApiContract;

/**
 * Return's document against the return application's resources (checks in {@link OpenApiContract}).
 */
class OpenApiDocumentTest extends OpenApiContract {

    OpenApiDocumentTest() {
        super(
                "/return/api/v1",
                List.of(
                        // cases, protection, gate
                        org.asylon.returns.returncase.boundary.CasesResource.class,
                        org.asylon.returns.returncase.boundary.CaseResource.class,
                        org.asylon.returns.protection.boundary.ProtectionResource.class,
                        org.asylon.returns.gate.boundary.GateResource.class,
                        org.asylon.returns.gate.boundary.ProtectionStatusResource.class,
                        // decisions and alternative outcomes
                        org.asylon.returns.decision.boundary.CaseDecisionsResource.class,
                        org.asylon.returns.decision.boundary.DecisionsResource.class,
                        org.asylon.returns.decision.boundary.AppealsResource.class,
                        org.asylon.returns.outcome.boundary.CaseOutcomesResource.class,
                        org.asylon.returns.outcome.boundary.OutcomesResource.class,
                        // assisted voluntary return
                        org.asylon.returns.avrr.boundary.PartnersResource.class,
                        org.asylon.returns.avrr.boundary.CaseAvrrReferralsResource.class,
                        org.asylon.returns.avrr.boundary.AvrrReferralsResource.class,
                        org.asylon.returns.avrr.boundary.AvrrCounsellingResource.class,
                        org.asylon.returns.avrr.boundary.AvrrReportsResource.class,
                        // travel documents and operations
                        org.asylon.returns.operation.boundary.CaseTravelDocumentsResource.class,
                        org.asylon.returns.operation.boundary.TravelDocumentsResource.class,
                        org.asylon.returns.operation.boundary.CaseOperationsResource.class,
                        org.asylon.returns.operation.boundary.OperationsResource.class,
                        org.asylon.returns.operation.boundary.OperationObservationsResource.class,
                        org.asylon.returns.operation.boundary.ObservationsResource.class,
                        org.asylon.returns.operation.boundary.PostReturnReportsResource.class,
                        EventsResource.class,
                        AuditResource.class,
                        DeadlinesResource.class,
                        ProfileRulesResource.class,
                        SessionResource.class));
    }
}
