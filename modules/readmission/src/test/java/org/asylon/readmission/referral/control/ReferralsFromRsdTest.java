package org.asylon.readmission.referral.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.time.OffsetDateTime;
import java.util.List;
import org.asylon.kernel.feed.CloudEvent;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.readmission.Fixture;
import org.asylon.readmission.referral.entity.Referral;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * RSD's inadmissibility decisions on a first-country-of-asylum or safe-third-country ground reach
 * the desk as referrals, once each, with nothing of the decision but its ground and country.
 */
class ReferralsFromRsdTest {

    private Fixture f;

    @BeforeEach
    void open() {
        f = new Fixture("eu-pact-2026");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aSafeThirdCountryDecisionBecomesOneReferral() {
        CloudEvent decision = decision("d-1", "SAFE_THIRD_COUNTRY", "ALB");
        f.run(d -> d.fromRsd.apply(decision, d.em));
        f.run(d -> d.fromRsd.apply(decision, d.em));
        List<Referral> open = f.at(d -> d.referrals.list(Referral.State.OPEN, 10));
        assertEquals(1, open.size(), "once, however often the feed offers it");
        assertEquals("ALB", open.get(0).country());
        assertEquals("app-1", open.get(0).rsdApplicationId());
        assertEquals("SAFE_THIRD_COUNTRY", open.get(0).ground());
    }

    @Test
    void otherDecisionsAreNotTheDesksBusiness() {
        f.run(d -> d.fromRsd.apply(decision("d-2", null, null), d.em));
        f.run(d -> d.fromRsd.apply(decision("d-3", "SOMETHING_ELSE", "FRA"), d.em));
        assertEquals(List.of(), f.at(d -> d.referrals.list(null, 10)));
    }

    @Test
    void aReferralIsDraftedOrDismissedOnce() {
        f.run(d -> d.fromRsd.apply(decision("d-4", "FIRST_COUNTRY_OF_ASYLUM", "TUR"), d.em));
        String id = f.at(d -> d.referrals.list(Referral.State.OPEN, 10).get(0).id());
        f.run(d -> d.referrals.dismiss(id, "Turkey is not a partner state", "liaison.officer"));
        assertThrows(
                ProblemException.class,
                () -> f.run(d -> d.referrals.dismiss(id, "again", "liaison.officer")));
        assertThrows(ProblemException.class, () -> f.run(d -> d.referrals.open(id, "referralId")));
    }

    private static CloudEvent decision(String id, String ground, String country) {
        var data =
                Json.createObjectBuilder()
                        .add("decisionId", id)
                        .add("applicationId", "app-1")
                        .add("kind", "INADMISSIBLE")
                        .add("issuedAt", "2026-07-01T10:00:00Z")
                        .add("reasons", "RSD content that the desk never reads");
        if (ground != null) {
            data.add("inadmissibilityGround", ground);
        }
        if (country != null) {
            data.add("country", country);
        }
        return new CloudEvent(
                id,
                "/rsd",
                "org.asylon.rsd.decision-issued.v1",
                "applications/app-1",
                OffsetDateTime.parse("2026-07-01T10:00:00Z"),
                1,
                data.build());
    }
}
