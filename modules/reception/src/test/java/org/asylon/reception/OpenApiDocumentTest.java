package org.asylon.reception;

import java.util.List;
import org.asylon.kernel.audit.boundary.AuditResource;
import org.asylon.kernel.feed.EventsResource;
import org.asylon.kernel.profile.DeadlinesResource;
import org.asylon.kernel.profile.ProfileRulesResource;
import org.asylon.kernel.session.SessionResource;
import org.asylon.kernel.testing.OpenApiContract;
import org.asylon.reception.accommodation.boundary.AllocationResource;
import org.asylon.reception.accommodation.boundary.FacilitiesResource;
import org.asylon.reception.arrival.boundary.ArrivalsResource;
import org.asylon.reception.document.boundary.ArrivalDocumentsResource;
import org.asylon.reception.document.boundary.DocumentsResource;
import org.asylon.reception.document.boundary.HouseholdDocumentsResource;
import org.asylon.reception.household.boundary.HouseholdsResource;
import org.asylon.reception.partner.boundary.ArrivalPartnerReferralsResource;
import org.asylon.reception.partner.boundary.PartnerReferralsResource;
import org.asylon.reception.partner.boundary.PartnersResource;
import org.asylon.reception.vulnerability.boundary.CounsellingRecordsResource;
import org.asylon.reception.vulnerability.boundary.VulnerabilityAssessmentsResource;

/**
 * Reception's document against the reception application's resources (checks in {@link
 * OpenApiContract}).
 */
class OpenApiDocumentTest extends OpenApiContract {

    OpenApiDocumentTest() {
        super(
                "/reception/api/v1",
                List.of(
                        ArrivalsResource.class,
                        HouseholdsResource.class,
                        ArrivalDocumentsResource.class,
                        HouseholdDocumentsResource.class,
                        DocumentsResource.class,
                        FacilitiesResource.class,
                        AllocationResource.class,
                        VulnerabilityAssessmentsResource.class,
                        CounsellingRecordsResource.class,
                        PartnersResource.class,
                        ArrivalPartnerReferralsResource.class,
                        PartnerReferralsResource.class,
                        EventsResource.class,
                        AuditResource.class,
                        DeadlinesResource.class,
                        ProfileRulesResource.class,
                        SessionResource.class));
    }
}
