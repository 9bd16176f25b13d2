package org.asylon.reception.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.Test;

/**
 * Partners and consent on reception running alone: register partners, refer with consent, the partner's
 * account sees only the allowed fields of only its own referrals, consent withdrawn and published.
 */
class PartnersConsentIT {

    private static final Path RECEPTION_WAR = Path.of(System.getProperty("reception.war"));

    @Test
    void referWithConsentPartnerSeesOnlyItsOwnAndWithdrawal() throws Exception {
        Path data = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "reception-partners");
        try (MicroProcess reception = new MicroProcess(data).deploying("reception", RECEPTION_WAR)) {
            reception.start();
            Api clerk = new Api(reception.base(), "reception.officer");
            Api iomUser = clerk.as("partner.iom");

            Api.Reply iom = clerk.post("partners", "{\"name\":\"IOM\",\"purposes\":{\"ASSISTED_VOLUNTARY_RETURN\":"
                    + "[\"NAMES\",\"DATE_OF_BIRTH\",\"NATIONALITIES\"]},\"users\":[\"partner.iom\"]}",
                    "Idempotency-Key", "partner-iom");
            assertEquals(201, iom.status(), iom::toString);
            String iomId = iom.json().getString("id");
            assertEquals(iomId, clerk.post("partners", "{\"name\":\"IOM\",\"purposes\":{\"ASSISTED_VOLUNTARY_RETURN\":"
                    + "[\"NAMES\",\"DATE_OF_BIRTH\",\"NATIONALITIES\"]},\"users\":[\"partner.iom\"]}",
                    "Idempotency-Key", "partner-iom").json().getString("id"), "a retried registration creates nothing");
            String unicefId = clerk.create("partners", "{\"name\":\"UNICEF\",\"purposes\":{\"CHILD_PROTECTION\":"
                    + "[\"NAMES\",\"DATE_OF_BIRTH\",\"SPECIFIC_NEEDS\"]},\"users\":[\"partner.unicef\"]}")
                    .json().getString("id");
            assertEquals(2, clerk.get("partners").array().size());
            assertEquals(422, clerk.create("partners", "{\"name\":\"X\",\"purposes\":{\"NO_SUCH\":[]}}").status());

            String arrival = clerk.create("arrivals", "{\"surname\":\"Nazari\",\"givenNames\":\"Maryam\","
                    + "\"dateOfBirth\":\"1994-03-12\",\"sex\":\"F\",\"nationalities\":[\"IRN\"],\"languages\":[\"fas\"],"
                    + "\"specificNeeds\":[\"SERIOUS_MEDICAL_CONDITION\"]}").json().getString("id");
            String child = clerk.create("arrivals", "{\"surname\":\"Ahmadi\",\"givenNames\":\"Ali\","
                    + "\"dateOfBirth\":\"2011\",\"unaccompaniedChild\":true}").json().getString("id");

            // refused: no consent and no reason; a purpose the partner is not registered for
            Api.Reply noConsent = clerk.create("arrivals/" + arrival + "/partner-referrals",
                    "{\"partnerId\":\"" + iomId + "\",\"purpose\":\"ASSISTED_VOLUNTARY_RETURN\"}");
            assertEquals(422, noConsent.status(), noConsent::toString);
            assertEquals("reception.partner.consent", noConsent.json().getString("rule"));
            Api.Reply wrongPurpose = clerk.create("arrivals/" + arrival + "/partner-referrals",
                    "{\"partnerId\":\"" + iomId + "\",\"purpose\":\"CHILD_PROTECTION\",\"consent\":{\"given\":true}}");
            assertEquals(422, wrongPurpose.status(), wrongPurpose::toString);
            assertEquals("reception.partner.purpose", wrongPurpose.json().getString("rule"));

            // with consent: only the fields of the purpose
            Api.Reply referred = clerk.create("arrivals/" + arrival + "/partner-referrals", "{\"partnerId\":\""
                    + iomId + "\",\"purpose\":\"ASSISTED_VOLUNTARY_RETURN\",\"consent\":{\"given\":true,"
                    + "\"recordedBy\":\"reception.officer\"}}");
            assertEquals(201, referred.status(), referred::toString);
            String referral = referred.json().getString("id");
            // the child to UNICEF without consent, for the child's best interests
            Api.Reply childReferral = clerk.create("arrivals/" + child + "/partner-referrals", "{\"partnerId\":\""
                    + unicefId + "\",\"purpose\":\"CHILD_PROTECTION\",\"notNeededReason\":\"best interests of the child\"}");
            assertEquals(201, childReferral.status(), childReferral::toString);
            String other = childReferral.json().getString("id");

            // the partner's account: its referral, the allowed fields exactly, nothing of the other partner's
            JsonArray mine = iomUser.get("partner-referrals").array();
            assertEquals(1, mine.size(), mine::toString);
            JsonObject seen = iomUser.get("partner-referrals/" + referral).json();
            assertEquals(Set.of("surname", "givenNames", "dateOfBirth", "nationalities"),
                    seen.getJsonObject("fields").keySet());
            assertEquals("Nazari", seen.getJsonObject("fields").getString("surname"));
            assertFalse(seen.toString().contains("SERIOUS_MEDICAL_CONDITION") || seen.toString().contains("\"fas\""));
            assertEquals(404, iomUser.get("partner-referrals/" + other).status(), "another partner's: as if absent");
            assertEquals(404, iomUser.get("partner-referrals/no-such-referral").status());
            assertEquals(2, clerk.get("partner-referrals").array().size(), "reception officers see all");

            // roles
            assertEquals(403, iomUser.get("partners").status());
            assertEquals(403, iomUser.get("arrivals/" + arrival).status());
            assertEquals(403, iomUser.create("arrivals/" + arrival + "/partner-referrals", "{\"partnerId\":\""
                    + iomId + "\",\"purpose\":\"ASSISTED_VOLUNTARY_RETURN\",\"consent\":{\"given\":true}}").status());
            assertEquals(403, clerk.as("border.officer").get("partner-referrals").status());
            assertEquals(401, clerk.as(null).get("partner-referrals").status());

            // withdrawal: If-Match, reason, by a reception officer only
            String etag = clerk.get("partner-referrals/" + referral).header("ETag");
            assertEquals(403, iomUser.post("partner-referrals/" + referral + "/consent-withdrawal",
                    "{\"reason\":\"x\"}", "If-Match", etag).status());
            assertEquals(428, clerk.post("partner-referrals/" + referral + "/consent-withdrawal",
                    "{\"reason\":\"changed her mind\"}").status());
            Api.Reply withdrawn = clerk.post("partner-referrals/" + referral + "/consent-withdrawal",
                    "{\"reason\":\"changed her mind\"}", "If-Match", etag);
            assertEquals(200, withdrawn.status(), withdrawn::toString);
            assertEquals("CONSENT_WITHDRAWN", withdrawn.json().getString("status"));
            assertEquals("reception.officer", withdrawn.json().getString("withdrawnBy"));
            JsonObject after = iomUser.get("partner-referrals/" + referral).json();
            assertTrue(after.getJsonObject("fields").isEmpty(), after::toString);
            assertFalse(iomUser.get("partner-referrals").raw().body().contains("Nazari"));

            // events: ids and purpose, never personal data
            String events = clerk.as("feed.reader").get("events?after=0").raw().body();
            assertTrue(events.contains("org.asylon.reception.partner-referral-made.v1"), events);
            assertTrue(events.contains("org.asylon.reception.consent-withdrawn.v1"), events);
            int at = events.indexOf("org.asylon.reception.consent-withdrawn.v1");
            String tail = events.substring(at);
            assertTrue(tail.contains("\"referralId\":\"" + referral + "\""), tail);
            assertTrue(tail.contains("\"partnerId\":\"" + iomId + "\""), tail);
            assertTrue(tail.contains("withdrawnAt"), tail);
            assertFalse(tail.contains("changed her mind"), "no free-text reason in the event");
        }
    }
}
