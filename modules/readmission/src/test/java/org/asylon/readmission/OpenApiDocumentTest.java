package org.asylon.readmission;

import java.util.List;
import org.asylon.kernel.audit.boundary.AuditResource;
import org.asylon.kernel.feed.EventsResource;
import org.asylon.kernel.profile.DeadlinesResource;
import org.asylon.kernel.profile.ProfileRulesResource;
import org.asylon.kernel.session.SessionResource;
import org.asylon.kernel.testing.OpenApiContract;

/**
 * Readmission's document, the officers' API and the state-to-state API, against the readmission
 * application's resources (checks in {@link OpenApiContract}).
 */
class OpenApiDocumentTest extends OpenApiContract {

    OpenApiDocumentTest() {
        super(
                "/readmission/api/v1",
                List.of(
                        // regimes, partner states, this state
                        org.asylon.readmission.regime.boundary.RegimesResource.class,
                        org.asylon.readmission.partner.boundary.PartnerStatesResource.class,
                        org.asylon.readmission.partner.boundary.PartnerStateResource.class,
                        org.asylon.readmission.statelink.boundary.OwnStateResource.class,
                        // requests, notices, state messages
                        org.asylon.readmission.request.boundary.RequestsResource.class,
                        org.asylon.readmission.request.boundary.RequestResource.class,
                        org.asylon.readmission.referral.boundary.ReferralsResource.class,
                        org.asylon.readmission.referral.boundary.ReferralResource.class,
                        org.asylon.readmission.request.boundary.NoticesResource.class,
                        org.asylon.readmission.request.boundary.NoticeResource.class,
                        org.asylon.readmission.statelink.boundary.StateMessagesResource.class,
                        org.asylon.readmission.statelink.boundary.StateMessageResource.class,
                        // transfers
                        org.asylon.readmission.transfer.boundary.TransfersResource.class,
                        org.asylon.readmission.transfer.boundary.TransferResource.class,
                        // the state-to-state API
                        org.asylon.readmission.request.boundary.StateRequestsResource.class,
                        org.asylon.readmission.request.boundary.StateRequestResource.class,
                        org.asylon.readmission.transfer.boundary.StateTransferResource.class,
                        EventsResource.class,
                        AuditResource.class,
                        DeadlinesResource.class,
                        ProfileRulesResource.class,
                        SessionResource.class));
    }
}
