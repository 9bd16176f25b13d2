package org.asylon.reception.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asylon.kernel.testing.Api;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reception's REST contract, black-box against the built WAR on Payara Micro (reception alone,
 * legal profile convention-1951): the asylum-referral rule with an officer's role, the
 * accommodation rules, temporary documents and their verification, households, vulnerability and
 * counselling, partners with consent and its withdrawal event, and the role matrix. One deployment
 * serves every test (boots are costly); each test makes its own people and facilities, so they run
 * in any order.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceptionApiIT {

    private static final String EVENT = "org.asylon.reception.";

    @ArquillianResource URL base;

    Api clerk;
    Api border;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "reception.war")
                .importFrom(new File(System.getProperty("reception.war", "target/reception.war")))
                .as(WebArchive.class);
    }

    @BeforeEach
    void clients() {
        // loopback only: the connector may report the machine's outward address
        clerk =
                new Api(
                        "http://127.0.0.1:" + base.getPort() + "/reception/api/v1",
                        "reception.officer");
        border = clerk.as("border.officer");
    }

    // ---- the asylum-referral rule ----

    @Test
    void whoeverAskedForAsylumStaysReferredToTheAsylumProcedureWhateverTheOfficerDecides() {
        JsonObject walkIn =
                clerk.create(
                                "arrivals",
                                "{\"surname\":\"Nazari\",\"givenNames\":\"Maryam\","
                                        + "\"nationalities\":[\"IRN\"],\"asylumRequested\":true}")
                        .json();
        String id = walkIn.getString("id");
        assertEquals(
                List.of("ASYLUM_PROCEDURE"),
                channels(walkIn),
                "referred the moment the wish is known");

        String etag = clerk.get("arrivals/" + id).header("ETag");
        Api.Reply leftOut =
                clerk.put(
                        "arrivals/" + id + "/referrals",
                        "{\"channels\":[\"ASSISTED_VOLUNTARY_RETURN\"],\"reason\":\"officer thinks she wants to go home\"}",
                        "If-Match",
                        etag);
        assertRule("reception.asylum-referral", leftOut);
        assertTrue(
                leftOut.json().getString("legalBasis").contains("10-Point Plan"),
                leftOut::toString);
        assertEquals(etag, clerk.get("arrivals/" + id).header("ETag"), "nothing changed");

        assertEquals(
                428,
                clerk.put("arrivals/" + id + "/referrals", "{\"channels\":[\"ASYLUM_PROCEDURE\"]}")
                        .status());
        Api.Reply decided =
                clerk.put(
                        "arrivals/" + id + "/referrals",
                        "{\"channels\":[\"ASYLUM_PROCEDURE\",\"MEDICAL_PSYCHOSOCIAL\"],\"reason\":\"counselling\"}",
                        "If-Match",
                        etag);
        assertEquals(200, decided.status(), decided::toString);
        assertEquals(List.of("ASYLUM_PROCEDURE", "MEDICAL_PSYCHOSOCIAL"), channels(decided.json()));
        assertEquals(
                412,
                clerk.put(
                                "arrivals/" + id + "/referrals",
                                "{\"channels\":[\"ASYLUM_PROCEDURE\"]}",
                                "If-Match",
                                etag)
                        .status(),
                "an ETag read before the decision is stale");
    }

    @Test
    void aWishExpressedAtReceptionBindsLaterDecisionsToo() {
        JsonObject walkIn =
                clerk.create("arrivals", "{\"surname\":\"Rahimi\",\"nationalities\":[\"AFG\"]}")
                        .json();
        String id = walkIn.getString("id");
        assertEquals(List.of(), channels(walkIn));
        Api.Reply asked =
                clerk.post(
                        "arrivals/" + id + "/asylum-request",
                        "",
                        "If-Match",
                        clerk.get("arrivals/" + id).header("ETag"));
        assertEquals(200, asked.status(), asked::toString);
        assertEquals("RECEPTION", asked.json().getString("asylumRequestedWhere"));
        assertEquals(List.of("ASYLUM_PROCEDURE"), channels(asked.json()));
        assertRule(
                "reception.asylum-referral",
                clerk.put(
                        "arrivals/" + id + "/referrals",
                        "{\"channels\":[\"VICTIM_OF_TRAFFICKING\"]}",
                        "If-Match",
                        asked.header("ETag")));

        List<JsonObject> referralEvents = events(EVENT + "referral-made.v1", id);
        assertEquals(1, referralEvents.size(), referralEvents::toString);
        assertEquals(
                "ASYLUM_PROCEDURE",
                referralEvents.get(0).getJsonObject("data").getString("channel"));
    }

    // ---- accommodation ----

    @Test
    void allocationsFollowThePlacementRules() {
        String centre =
                facility(
                        "RECEPTION_CENTRE",
                        "Hotspot Nord",
                        "{\"FAMILY\":3,\"ADULT_MALE\":1,\"CHILD\":2}");
        String transit = facility("TRANSIT_SITE", "Transit Sud", "{\"FAMILY\":4}");
        String safeHouse = facility("SAFE_HOUSE", "Casa Aurora", "{\"ADULT_FEMALE\":2}");
        assertEquals(
                422,
                clerk.create(
                                "facilities",
                                "{\"kind\":\"TRANSIT_SITE\",\"name\":\"X\",\"places\":{\"TENT\":3}}")
                        .status(),
                "unknown place type");

        // families stay together, and move together: the household comes from the register, named
        // or not
        String mother = arrival("Tesfay", "");
        String son = arrival("Tesfay", "");
        String household =
                clerk.create(
                                "households",
                                "{\"kind\":\"HOUSEHOLD\",\"members\":["
                                        + member(mother, "FOCAL_POINT")
                                        + ","
                                        + member(son, "CHILD")
                                        + "]}")
                        .json()
                        .getString("id");
        Api.Reply notTheirs =
                allocate(mother, centre, "FAMILY", "\"householdId\":\"" + UUID.randomUUID() + "\"");
        assertEquals(422, notTheirs.status(), notTheirs::toString);
        assertTrue(notTheirs.toString().contains("householdId"), notTheirs::toString);
        assertEquals(
                201,
                allocate(mother, centre, "FAMILY", "\"householdId\":\"" + household + "\"")
                        .status());
        assertRule("reception.accommodation.family-unity", allocate(son, transit, "FAMILY", null));
        assertEquals(201, allocate(son, centre, "FAMILY", null).status());
        assertEquals(2, places(centre, "FAMILY").getInt("occupied"), "occupancy in real time");

        Api.Reply current = clerk.get("arrivals/" + mother + "/allocation");
        assertEquals(
                428,
                clerk.post(
                                "arrivals/" + mother + "/allocation/transfer",
                                "{\"facilityId\":\"" + transit + "\",\"placeType\":\"FAMILY\"}")
                        .status());
        Api.Reply moved =
                clerk.post(
                        "arrivals/" + mother + "/allocation/transfer",
                        "{\"facilityId\":\""
                                + transit
                                + "\",\"placeType\":\"FAMILY\",\"reason\":\"school nearby\"}",
                        "If-Match",
                        current.header("ETag"));
        assertEquals(200, moved.status(), moved::toString);
        assertEquals(
                transit,
                clerk.get("arrivals/" + son + "/allocation").json().getString("facilityId"));
        assertEquals(0, places(centre, "FAMILY").getInt("occupied"));
        assertEquals(2, places(transit, "FAMILY").getInt("occupied"));
        assertEquals(2, clerk.get("arrivals/" + mother + "/allocation/history").array().size());
        assertEquals(
                412,
                clerk.post(
                                "arrivals/" + mother + "/allocation/transfer",
                                "{\"facilityId\":\"" + centre + "\",\"placeType\":\"FAMILY\"}",
                                "If-Match",
                                current.header("ETag"))
                        .status(),
                "an ETag read before the transfer is stale");

        // unaccompanied children only in child places; trafficking survivors only in safe houses
        String child =
                clerk.create("arrivals", "{\"surname\":\"Warsame\",\"unaccompaniedChild\":true}")
                        .json()
                        .getString("id");
        assertRule(
                "reception.accommodation.child-appropriate-place",
                allocate(child, centre, "ADULT_MALE", null));
        assertEquals(201, allocate(child, centre, "CHILD", null).status());
        String survivor = arrival("Okafor", "POSSIBLE_VICTIM_OF_TRAFFICKING");
        assertRule(
                "reception.accommodation.safe-house", allocate(survivor, transit, "FAMILY", null));
        assertEquals(201, allocate(survivor, safeHouse, "ADULT_FEMALE", null).status());

        // over capacity only with an emergency override, audited and visible
        String first = arrival("Haddad", "");
        assertEquals(201, allocate(first, centre, "ADULT_MALE", null).status());
        String late = arrival("Rahimi", "");
        assertRule("reception.accommodation.capacity", allocate(late, centre, "ADULT_MALE", null));
        Api.Reply overridden =
                allocate(
                        late,
                        centre,
                        "ADULT_MALE",
                        "\"emergencyOverrideReason\":\"night landing, 300 people, no other place\"");
        assertEquals(201, overridden.status(), overridden::toString);
        assertTrue(overridden.json().getBoolean("emergencyOverride"));
        assertEquals(1, places(centre, "ADULT_MALE").getInt("overCapacity"));
        List<JsonObject> audit =
                clerk.as("auditor").get("audit?limit=1000").array().getValuesAs(JsonObject.class);
        assertTrue(
                audit.stream()
                        .anyMatch(
                                r ->
                                        r.getString("action")
                                                        .equals("accommodation.capacity-overridden")
                                                && r.getString("recordId").equals(late)
                                                && r.getString("details")
                                                        .contains("night landing")),
                audit::toString);

        int allocated = 0;
        for (String person : List.of(mother, son, child, survivor, first, late)) {
            List<JsonObject> mine = events(EVENT + "allocated.v1", person);
            allocated += mine.size();
            assertTrue(
                    mine.stream().noneMatch(e -> e.toString().contains("Rahimi")),
                    "no names in the event");
        }
        assertEquals(8, allocated, "2 + 2 moved + child + survivor + 2 men");
    }

    /**
     * Issue 10 (3.6, 2.4): eighteen valid codes overflowed their column and answered 500; the codes
     * are now the suite's set, so every input is stored or refused naming the field.
     */
    @Test
    void aWalkInWithEighteenSpecificNeedsIsRegistered() {
        List<String> codes =
                List.of(
                        "SC",
                        "SC-UC",
                        "SC-SC",
                        "CR",
                        "WR",
                        "WR-PL",
                        "SP",
                        "ER",
                        "DS",
                        "SM",
                        "TR",
                        "SV",
                        "FU",
                        "FU-TR",
                        "FU-FR",
                        "LP",
                        "LP-SG",
                        "POSSIBLE_VICTIM_OF_TRAFFICKING");
        Api.Reply walkIn =
                clerk.create(
                        "arrivals",
                        "{\"surname\":\"Osman\",\"specificNeeds\":[\""
                                + String.join("\",\"", codes)
                                + "\"]}");
        assertEquals(201, walkIn.status(), walkIn::toString);
        assertEquals(18, walkIn.json().getJsonArray("specificNeeds").size());
        assertTrue(
                walkIn.json().getJsonArray("specificNeeds").toString().contains("\"LP-TP\""),
                "the former code's");
        Api.Reply unknown =
                clerk.create(
                        "arrivals", "{\"surname\":\"Osman\",\"specificNeeds\":[\"DS\",\"SAD\"]}");
        assertProblem(unknown, 422, "validation-failed");
        assertEquals(
                "specificNeeds[1]",
                unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    // ---- temporary documents ----

    @Test
    void documentsAreIssuedPrintedVerifiedRevokedAndReplaced() {
        String arrival =
                clerk.create(
                                "arrivals",
                                "{\"surname\":\"Nazari\",\"givenNames\":\"Maryam\","
                                        + "\"dateOfBirth\":\"1994-03-12\",\"nationalities\":[\"IRN\"],\"asylumRequested\":true}")
                        .json()
                        .getString("id");

        // issue, idempotently
        String key = "doc-" + UUID.randomUUID();
        Api.Reply issued =
                clerk.post("arrivals/" + arrival + "/documents", "{}", "Idempotency-Key", key);
        assertEquals(201, issued.status(), issued::toString);
        JsonObject first = issued.json();
        String number = first.getString("number");
        assertTrue(number.matches("TD-\\d{8}-\\d{8}-\\d{2}"), number);
        assertEquals("VALID", first.getString("status"));
        assertEquals(
                "reception.temporary-document.validity",
                first.getJsonObject("validity").getString("rule"));
        assertTrue(first.getJsonObject("validity").getString("basis").contains("10-Point Plan"));
        assertEquals(
                number,
                clerk.post("arrivals/" + arrival + "/documents", "{}", "Idempotency-Key", key)
                        .json()
                        .getString("number"),
                "a retried request issues nothing new");
        assertEquals(1, clerk.get("arrivals/" + arrival + "/documents").array().size());

        // the certificate: names and dates on the page, only number and address in the QR code
        Api.Reply certificate = clerk.get("documents/" + number + "/certificate");
        assertEquals(200, certificate.status(), certificate::toString);
        assertTrue(certificate.contentType().startsWith("text/html"), certificate.contentType());
        String html = certificate.raw().body();
        assertTrue(html.contains("<svg") && html.contains("Nazari") && html.contains("1994-03-12"));
        Matcher payload = Pattern.compile("data-payload=\"([^\"]*)\"").matcher(html);
        assertTrue(payload.find(), "the QR payload is stated on the page");
        String[] lines = payload.group(1).split("\n");
        assertEquals(2, lines.length, payload.group(1));
        assertEquals(number, lines[0]);
        assertTrue(lines[1].endsWith("/documents/" + number + "/verification"), lines[1]);
        assertFalse(
                payload.group(1).contains("Nazari") || payload.group(1).contains("1994"),
                "no personal data in the QR");

        // verification by a border officer: valid, and nothing about the person
        Api.Reply verified = border.get("documents/" + number + "/verification");
        assertEquals(200, verified.status(), verified::toString);
        assertTrue(verified.json().getBoolean("valid"));
        assertEquals(first.getString("validUntil"), verified.json().getString("validUntil"));
        assertFalse(
                verified.raw().body().contains("Nazari")
                        || verified.raw().body().contains(arrival));
        String typo =
                number.substring(0, 5)
                        + (number.charAt(5) == '9' ? '0' : (char) (number.charAt(5) + 1))
                        + number.substring(6);
        assertProblem(border.get("documents/" + typo + "/verification"), 400, "invalid-request");

        // revoke with a reason and If-Match: the same number is then not valid
        String etag = clerk.get("documents/" + number).header("ETag");
        assertEquals(
                428,
                clerk.post("documents/" + number + "/revocation", "{\"reason\":\"lost\"}")
                        .status());
        assertEquals(
                422,
                clerk.post("documents/" + number + "/revocation", "{}", "If-Match", etag).status(),
                "a reason is required");
        Api.Reply revoked =
                clerk.post(
                        "documents/" + number + "/revocation",
                        "{\"reason\":\"reported lost\"}",
                        "If-Match",
                        etag);
        assertEquals(200, revoked.status(), revoked::toString);
        JsonObject invalid = border.get("documents/" + number + "/verification").json();
        assertFalse(invalid.getBoolean("valid"));
        assertEquals("REVOKED", invalid.getString("status"));
        assertTrue(
                clerk.get("documents/" + number + "/certificate")
                        .raw()
                        .body()
                        .contains("NOT VALID: REVOKED"));

        // a new document; issuing yet another replaces it
        String second =
                clerk.create("arrivals/" + arrival + "/documents", "{}").json().getString("number");
        String third =
                clerk.create("arrivals/" + arrival + "/documents", "{}").json().getString("number");
        assertNotEquals(second, third);
        assertEquals(
                "REPLACED",
                border.get("documents/" + second + "/verification").json().getString("status"));
        assertEquals(third, clerk.get("documents/" + second).json().getString("replacedBy"));
        assertTrue(border.get("documents/" + third + "/verification").json().getBoolean("valid"));
        assertEquals(
                "REVOKED",
                border.get("documents/" + number + "/verification").json().getString("status"),
                "a revoked document is not turned into a replaced one");

        // who may verify
        assertEquals(
                200,
                clerk.as("border.supervisor").get("documents/" + third + "/verification").status());
        assertEquals(
                403,
                clerk.as("eligibility.officer")
                        .get("documents/" + third + "/verification")
                        .status());
        assertEquals(403, border.get("documents/" + third + "/certificate").status());
        assertEquals(404, clerk.create("arrivals/no-such-arrival/documents", "{}").status());

        // events: ids, number and dates, never names
        List<JsonObject> issuedEvents = events(EVENT + "document-issued.v1", arrival);
        assertEquals(3, issuedEvents.size());
        assertTrue(
                issuedEvents.toString().contains("\"replacesNumber\":\"" + second + "\""),
                issuedEvents::toString);
        assertEquals(1, events(EVENT + "document-revoked.v1", arrival).size());
        assertFalse(issuedEvents.toString().contains("Nazari"));
    }

    @Test
    void aHouseholdDocumentIsRefusedWhereTheProfileDoesNotSaySo() {
        String father = arrival("Haddad", "");
        String son = arrival("Haddad", "");
        String household =
                clerk.create(
                                "households",
                                "{\"kind\":\"HOUSEHOLD\",\"members\":["
                                        + member(father, "FOCAL_POINT")
                                        + ","
                                        + member(son, "CHILD")
                                        + "]}")
                        .json()
                        .getString("id");
        Api.Reply refused = clerk.create("households/" + household + "/documents", "");
        assertRule("reception.temporary-document.per-household", refused);
        assertTrue(
                refused.json().getString("legalBasis").startsWith("National choice"),
                refused::toString);
        assertEquals(0, clerk.get("arrivals/" + father + "/documents").array().size());
    }

    // ---- codes and dates (the kernel's registers) ----

    @Test
    void aDateOfBirthThatDoesNotExistIsRefusedByItsFieldAndADocumentsCodeIsANationality() {
        // 2016-02-30 used to be stored, and then read as "not a child"; Germany's D is read from
        // passports
        Api.Reply impossible =
                clerk.create(
                        "arrivals",
                        "{\"surname\":\"Haile\",\"dateOfBirth\":\"2016-02-30\","
                                + "\"nationalities\":[\"D\"],\"languages\":[\"tir\"]}");
        assertProblem(impossible, 422, "validation-failed");
        assertEquals(1, impossible.json().getJsonArray("errors").size(), impossible::toString);
        assertEquals(
                "dateOfBirth",
                impossible.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                201,
                clerk.create(
                                "arrivals",
                                "{\"surname\":\"Haile\",\"dateOfBirth\":\"2016-02-29\","
                                        + "\"nationalities\":[\"D\"],\"languages\":[\"tir\"]}")
                        .status());
    }

    // ---- households ----

    @Test
    void householdsAreFormedSplitAndMergedWithHistory() {
        String father = arrival("Haddad", "");
        String mother = arrival("Haddad", "");
        String son =
                clerk.create("arrivals", "{\"surname\":\"Haddad\",\"dateOfBirth\":\"2015\"}")
                        .json()
                        .getString("id");
        String nephew =
                clerk.create("arrivals", "{\"surname\":\"Haddad\",\"dateOfBirth\":\"2012\"}")
                        .json()
                        .getString("id");

        assertRule(
                "reception.household-focal-point",
                clerk.create(
                        "households",
                        "{\"kind\":\"HOUSEHOLD\",\"members\":["
                                + member(father, "FOCAL_POINT")
                                + ","
                                + member(mother, "FOCAL_POINT")
                                + "]}"));
        Api.Reply created =
                clerk.create(
                        "households",
                        "{\"kind\":\"HOUSEHOLD\",\"label\":\"Haddad\",\"members\":["
                                + member(father, "FOCAL_POINT")
                                + ","
                                + member(mother, "SPOUSE")
                                + ","
                                + member(son, "CHILD")
                                + "]}");
        assertEquals(201, created.status(), created::toString);
        String id = created.json().getString("id");
        assertTrue(created.header("Location").endsWith("households/" + id));

        assertEquals(
                428,
                clerk.post("households/" + id + "/members", member(nephew, "OTHER_RELATIVE"))
                        .status());
        Api.Reply added =
                clerk.post(
                        "households/" + id + "/members",
                        member(nephew, "OTHER_RELATIVE"),
                        "If-Match",
                        householdTag(id));
        assertEquals(200, added.status(), added::toString);
        String afterAdd = added.header("ETag");

        Api.Reply split =
                clerk.post(
                        "households/" + id + "/split",
                        "{\"members\":["
                                + member(mother, "FOCAL_POINT")
                                + ","
                                + member(son, "CHILD")
                                + "],\"label\":\"Haddad, mother\"}",
                        "If-Match",
                        afterAdd);
        assertEquals(201, split.status(), split::toString);
        String splitId = split.json().getString("id");
        JsonObject rest = clerk.get("households/" + id).json();
        assertEquals(2, rest.getJsonArray("members").size());
        assertTrue(
                member(rest, nephew).getBoolean("separatedChild"),
                "nephew with his uncle only: separated");
        assertEquals("WITH_PARENT", member(split.json(), son).getString("child"));

        assertEquals(
                412,
                clerk.post(
                                "households/" + id + "/merge",
                                "{\"householdId\":\"" + splitId + "\"}",
                                "If-Match",
                                afterAdd)
                        .status());
        Api.Reply merged =
                clerk.post(
                        "households/" + id + "/merge",
                        "{\"householdId\":\""
                                + splitId
                                + "\",\"relationships\":["
                                + member(mother, "SPOUSE")
                                + ","
                                + member(son, "CHILD")
                                + "]}",
                        "If-Match",
                        householdTag(id));
        assertEquals(200, merged.status(), merged::toString);
        assertEquals(4, merged.json().getJsonArray("members").size());
        assertEquals(
                List.of("CREATED", "MEMBER_ADDED", "SPLIT_OFF", "MERGED_IN"),
                merged.json().getJsonArray("history").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("action"))
                        .toList());
        JsonObject gone = clerk.get("households/" + splitId).json();
        assertEquals("MERGED", gone.getString("status"));
        assertEquals(id, gone.getString("mergedInto"));

        assertEquals(
                422,
                clerk.create(
                                "households",
                                "{\"kind\":\"HOUSEHOLD\",\"members\":["
                                        + member(son, "FOCAL_POINT")
                                        + "]}")
                        .status(),
                "one group per person");
        assertEquals(1, clerk.get("households?arrivalId=" + son).array().size());

        String types =
                subjectEvents("households/" + id).toString()
                        + subjectEvents("households/" + splitId);
        assertTrue(
                types.contains("household-created.v1")
                        && types.contains("household-split.v1")
                        && types.contains("household-merged.v1")
                        && types.contains("household-changed.v1"),
                types);
    }

    // ---- vulnerability and counselling ----

    @Test
    void assessmentsCarryThePriorityFlagAndCounsellingChangesNoReferral() {
        JsonObject walkIn =
                clerk.create(
                                "arrivals",
                                "{\"surname\":\"Haile\",\"givenNames\":\"Selam\","
                                        + "\"nationalities\":[\"ERI\"],\"asylumRequested\":true}")
                        .json();
        String arrival = walkIn.getString("id");
        String path = "arrivals/" + arrival + "/vulnerability-assessments";
        String body =
                "{\"needs\":[{\"category\":\"SURVIVOR_OF_TORTURE_OR_VIOLENCE\",\"note\":\"scars, detention in Libya\"},"
                        + "{\"category\":\"WOMAN_AT_RISK\"}]}";
        String key = "va-" + UUID.randomUUID();
        Api.Reply assessed = clerk.post(path, body, "Idempotency-Key", key);
        assertEquals(201, assessed.status(), assessed::toString);
        JsonObject assessment = assessed.json();
        assertEquals("PRIORITY", assessment.getString("priority"));
        assertEquals("reception.officer", assessment.getString("assessedBy"));
        assertEquals(
                assessment.getString("id"),
                clerk.post(path, body, "Idempotency-Key", key).json().getString("id"));
        assertEquals(200, clerk.get(path + "/" + assessment.getString("id")).status());
        assertEquals(
                "STANDARD",
                clerk.create(
                                path,
                                "{\"needs\":[{\"category\":\"FAMILY_UNITY\",\"note\":\"husband in Malta\"}]}")
                        .json()
                        .getString("priority"));
        assertEquals(2, clerk.get(path).array().size());
        assertEquals(
                422,
                clerk.create(path, "{\"needs\":[{\"category\":\"OTHER\"}]}").status(),
                "OTHER needs a note");
        assertEquals(422, clerk.create(path, "{\"needs\":[]}").status());
        assertEquals(
                404,
                clerk.create(
                                "arrivals/no-such-arrival/vulnerability-assessments",
                                "{\"needs\":[{\"category\":\"DISABILITY\"}]}")
                        .status());

        Api.Reply counselled =
                clerk.create(
                        "arrivals/" + arrival + "/counselling-records",
                        "{\"motives\":\"They took my brother for the army and came for me.\",\"intendedDestination\":\"Sweden\","
                                + "\"optionsExplained\":[\"ASYLUM_PROCEDURE\",\"FAMILY_TRACING\"],\"wishes\":\"find my brother\"}");
        assertEquals(201, counselled.status(), counselled::toString);
        assertFalse(
                counselled.json().containsKey("status") || counselled.json().containsKey("score"));
        assertEquals(
                walkIn.getJsonArray("referrals"),
                clerk.get("arrivals/" + arrival).json().getJsonArray("referrals"),
                "a counselling record changes no referral");

        List<JsonObject> recorded = events(EVENT + "vulnerability-recorded.v1", arrival);
        assertEquals(2, recorded.size(), recorded::toString);
        assertEquals(
                "[\"WR\",\"TR\"]",
                recorded.get(0).getJsonObject("data").getJsonArray("categories").toString(),
                "the suite's codes, in the code set's order");
        String all = subjectEvents("arrivals/" + arrival).toString();
        assertFalse(
                all.contains("Libya")
                        || all.contains("Malta")
                        || all.contains("army")
                        || all.contains("Sweden"),
                "no notes and nothing said in counselling in events");
    }

    // ---- partners and consent ----

    @Test
    void aPartnerSeesOnlyItsReferralsAndAWithdrawalOfConsentIsPublished() {
        String iomId =
                clerk.create(
                                "partners",
                                "{\"name\":\"IOM\",\"purposes\":{\"ASSISTED_VOLUNTARY_RETURN\":"
                                        + "[\"NAMES\",\"DATE_OF_BIRTH\",\"NATIONALITIES\"]},\"users\":[\"partner.iom\"]}")
                        .json()
                        .getString("id");
        String unicefId =
                clerk.create(
                                "partners",
                                "{\"name\":\"UNICEF\",\"purposes\":{\"CHILD_PROTECTION\":"
                                        + "[\"NAMES\",\"DATE_OF_BIRTH\",\"SPECIFIC_NEEDS\"]},\"users\":[\"partner.unicef\"]}")
                        .json()
                        .getString("id");
        assertProblem(
                clerk.create("partners", "{\"name\":\"X\",\"purposes\":{\"NO_SUCH\":[]}}"),
                422,
                "validation-failed");
        Api iom = clerk.as("partner.iom");

        String arrival =
                clerk.create(
                                "arrivals",
                                "{\"surname\":\"Nazari\",\"givenNames\":\"Maryam\","
                                        + "\"dateOfBirth\":\"1994-03-12\",\"sex\":\"F\",\"nationalities\":[\"IRN\"],\"languages\":[\"fas\"],"
                                        + "\"specificNeeds\":[\"SERIOUS_MEDICAL_CONDITION\"]}")
                        .json()
                        .getString("id");
        String child =
                clerk.create(
                                "arrivals",
                                "{\"surname\":\"Ahmadi\",\"dateOfBirth\":\"2011\",\"unaccompaniedChild\":true}")
                        .json()
                        .getString("id");

        assertRule(
                "reception.partner.consent",
                clerk.create(
                        "arrivals/" + arrival + "/partner-referrals",
                        "{\"partnerId\":\""
                                + iomId
                                + "\",\"purpose\":\"ASSISTED_VOLUNTARY_RETURN\"}"));
        assertRule(
                "reception.partner.purpose",
                clerk.create(
                        "arrivals/" + arrival + "/partner-referrals",
                        "{\"partnerId\":\""
                                + iomId
                                + "\",\"purpose\":\"CHILD_PROTECTION\",\"consent\":{\"given\":true}}"));
        Api.Reply referred =
                clerk.create(
                        "arrivals/" + arrival + "/partner-referrals",
                        "{\"partnerId\":\""
                                + iomId
                                + "\",\"purpose\":\"ASSISTED_VOLUNTARY_RETURN\",\"consent\":{\"given\":true}}");
        assertEquals(201, referred.status(), referred::toString);
        String referral = referred.json().getString("id");
        String other =
                clerk.create(
                                "arrivals/" + child + "/partner-referrals",
                                "{\"partnerId\":\""
                                        + unicefId
                                        + "\",\"purpose\":\"CHILD_PROTECTION\",\"notNeededReason\":\"best interests of the child\"}")
                        .json()
                        .getString("id");

        // the partner's account: its own referrals, the allowed fields exactly, another partner's
        // is 404
        List<String> mine =
                iom.get("partner-referrals").array().getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getString("id"))
                        .toList();
        assertTrue(mine.contains(referral) && !mine.contains(other), mine::toString);
        JsonObject seen = iom.get("partner-referrals/" + referral).json();
        assertEquals(
                Set.of("surname", "givenNames", "dateOfBirth", "nationalities"),
                seen.getJsonObject("fields").keySet());
        assertFalse(
                seen.getJsonObject("fields").containsKey("specificNeeds")
                        || seen.containsKey("consentRecordedBy"));
        assertProblem(iom.get("partner-referrals/" + other), 404, "not-found");
        List<String> all =
                clerk.get("partner-referrals").array().getValuesAs(JsonObject.class).stream()
                        .map(r -> r.getString("id"))
                        .toList();
        assertTrue(all.containsAll(List.of(referral, other)), "reception officers see all");
        assertEquals(403, iom.get("partners").status());
        assertEquals(403, iom.get("arrivals/" + arrival).status());

        // withdrawal: If-Match, reason, by a reception officer only; published without the reason
        String etag = clerk.get("partner-referrals/" + referral).header("ETag");
        assertEquals(
                403,
                iom.post(
                                "partner-referrals/" + referral + "/consent-withdrawal",
                                "{\"reason\":\"x\"}",
                                "If-Match",
                                etag)
                        .status());
        assertEquals(
                428,
                clerk.post(
                                "partner-referrals/" + referral + "/consent-withdrawal",
                                "{\"reason\":\"changed her mind\"}")
                        .status());
        Api.Reply withdrawn =
                clerk.post(
                        "partner-referrals/" + referral + "/consent-withdrawal",
                        "{\"reason\":\"changed her mind\"}",
                        "If-Match",
                        etag);
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        assertEquals("CONSENT_WITHDRAWN", withdrawn.json().getString("status"));
        assertTrue(
                iom.get("partner-referrals/" + referral).json().getJsonObject("fields").isEmpty());

        List<JsonObject> published = events(EVENT + "consent-withdrawn.v1", arrival);
        assertEquals(1, published.size(), published::toString);
        JsonObject data = published.get(0).getJsonObject("data");
        assertEquals(referral, data.getString("referralId"));
        assertEquals(iomId, data.getString("partnerId"));
        assertTrue(data.containsKey("withdrawnAt"));
        assertFalse(
                published.toString().contains("changed her mind"),
                "no free-text reason in the event");
    }

    // ---- reads are audited ----

    /**
     * Issue 10 (3.5): who read which sensitive record, by id; a list read names the people it
     * showed.
     */
    @Test
    void readsOfSensitiveRecordsAreAuditedWithTheIdsShown() {
        String arrival = arrival("Audited", "");
        String path = "arrivals/" + arrival;
        String assessment =
                clerk.create(
                                path + "/vulnerability-assessments",
                                "{\"needs\":[{\"category\":\"DISABILITY\"}]}")
                        .json()
                        .getString("id");
        String counselling =
                clerk.create(
                                path + "/counselling-records",
                                "{\"motives\":\"fled the war\","
                                        + "\"optionsExplained\":[\"ASYLUM_PROCEDURE\"]}")
                        .json()
                        .getString("id");
        String centre = facility("RECEPTION_CENTRE", "Audit house", "{\"ADULT_MALE\":2}");
        String allocation = allocate(arrival, centre, "ADULT_MALE", null).json().getString("id");
        String document =
                clerk.post(
                                path + "/documents",
                                "{}",
                                "Idempotency-Key",
                                "audit-" + UUID.randomUUID())
                        .json()
                        .getString("id");
        String partner =
                clerk.create(
                                "partners",
                                "{\"name\":\"Red Cross\",\"purposes\":{\"FAMILY_TRACING\":"
                                        + "[\"NAMES\"]}}")
                        .json()
                        .getString("id");
        String referral =
                clerk.create(
                                path + "/partner-referrals",
                                "{\"partnerId\":\""
                                        + partner
                                        + "\",\"purpose\":\"FAMILY_TRACING\",\"consent\":{\"given\":true}}")
                        .json()
                        .getString("id");
        assertEquals(
                201,
                clerk.create(
                                "households",
                                "{\"kind\":\"HOUSEHOLD\",\"members\":["
                                        + member(arrival, "FOCAL_POINT")
                                        + "]}")
                        .status());
        assertEquals(
                200,
                clerk.put(
                                path + "/referrals",
                                "{\"channels\":[\"FAMILY_TRACING\"],\"reason\":"
                                        + "\"brother Yonas seen in Benghazi\"}",
                                "If-Match",
                                clerk.get(path).header("ETag"))
                        .status());

        for (String read :
                List.of(
                        path + "/vulnerability-assessments",
                        path + "/vulnerability-assessments/" + assessment,
                        path + "/counselling-records",
                        path + "/counselling-records/" + counselling,
                        path + "/allocation",
                        path + "/allocation/history",
                        path + "/documents",
                        path + "/partner-referrals",
                        "partner-referrals",
                        "arrivals?limit=500",
                        "households?arrivalId=" + arrival)) {
            assertEquals(200, clerk.get(read).status(), read);
        }

        List<JsonObject> trail = auditTrail();
        assertAudited(trail, "vulnerability-assessment.listed", arrival, assessment);
        assertAudited(trail, "vulnerability-assessment.read", assessment, arrival);
        assertAudited(trail, "counselling-record.listed", arrival, counselling);
        assertAudited(trail, "counselling-record.read", counselling, arrival);
        assertAudited(trail, "allocation.read", allocation, arrival);
        assertAudited(trail, "allocation.listed", arrival, allocation);
        assertAudited(trail, "document.listed", arrival, document);
        assertAudited(trail, "partner-referral.listed", arrival, referral);
        assertAudited(trail, "partner-referral.listed", "visible", arrival);
        assertAudited(trail, "arrival.listed", "all", arrival);
        assertAudited(trail, "household.listed", "all", arrival);

        List<JsonObject> referred = events(EVENT + "referral-made.v1", arrival);
        assertEquals(1, referred.size(), referred::toString);
        assertFalse(
                referred.get(0).getJsonObject("data").containsKey("reason"), referred::toString);
        assertFalse(
                referred.toString().contains("Yonas"), "the officer's reason stays in reception");
    }

    // ---- lists that grow ----

    /**
     * Issue 10 (2.5): keyset pages with a Link rel="next" cursor, and a person found by the
     * border's id.
     */
    @Test
    void listsArePagedWithAnOpaqueCursor() {
        for (int i = 0; i < 3; i++) {
            String focal = arrival("Paged" + i, "");
            assertEquals(
                    201,
                    clerk.create(
                                    "households",
                                    "{\"kind\":\"HOUSEHOLD\",\"members\":["
                                            + member(focal, "FOCAL_POINT")
                                            + "]}")
                            .status());
        }
        for (String list : List.of("arrivals", "households", "partner-referrals")) {
            if (list.equals("partner-referrals")) {
                String partner =
                        clerk.create(
                                        "partners",
                                        "{\"name\":\"Caritas\",\"purposes\":{\"FAMILY_TRACING\":"
                                                + "[\"NAMES\"]}}")
                                .json()
                                .getString("id");
                for (int i = 0; i < 2; i++) {
                    assertEquals(
                            201,
                            clerk.create(
                                            "arrivals/"
                                                    + arrival("Referred" + i, "")
                                                    + "/partner-referrals",
                                            "{\"partnerId\":\""
                                                    + partner
                                                    + "\",\"purpose\":\"FAMILY_TRACING\",\"consent\":{\"given\":true}}")
                                    .status());
                }
            }
            Api.Reply first = clerk.get(list + "?limit=1");
            assertEquals(200, first.status(), first::toString);
            Matcher next =
                    Pattern.compile("<[^>]*[?&]after=([^&>]+)[^>]*>;\\s*rel=\"next\"")
                            .matcher(String.valueOf(first.header("Link")));
            assertTrue(next.find(), list + ": " + first.header("Link"));
            Api.Reply second = clerk.get(list + "?limit=1&after=" + next.group(1));
            assertEquals(200, second.status(), second::toString);
            assertNotEquals(
                    first.array().getJsonObject(0).getString("id"),
                    second.array().getJsonObject(0).getString("id"),
                    list + ": the next page starts after the first");
            assertProblem(clerk.get(list + "?after=not-a-cursor"), 400, "invalid-request");
        }
        assertEquals(
                0, clerk.get("arrivals?sourceEncounterId=" + UUID.randomUUID()).array().size());
        assertProblem(
                clerk.get("arrivals?sourceEncounterId=" + "x".repeat(37)), 400, "invalid-request");
    }

    // ---- roles ----

    @Test
    void everyEndpointNeedsSignInAndTheRightRole() {
        String arrival = arrival("Roles", "");
        Api anonymous = clerk.as(null);
        List<String> officerOnly =
                List.of(
                        "arrivals",
                        "arrivals/" + arrival,
                        "arrivals/" + arrival + "/documents",
                        "arrivals/" + arrival + "/allocation/history",
                        "arrivals/" + arrival + "/vulnerability-assessments",
                        "arrivals/" + arrival + "/counselling-records",
                        "arrivals/" + arrival + "/partner-referrals",
                        "households",
                        "facilities",
                        "partners");
        for (String path : officerOnly) {
            assertProblem(anonymous.get(path), 401, "not-authenticated");
            assertProblem(border.get(path), 403, "forbidden");
            assertEquals(200, clerk.get(path).status(), path);
        }
        assertProblem(anonymous.get("partner-referrals"), 401, "not-authenticated");
        assertProblem(border.get("partner-referrals"), 403, "forbidden");
        assertProblem(border.create("arrivals", "{\"surname\":\"X\"}"), 403, "forbidden");
        assertProblem(border.create("arrivals/" + arrival + "/documents", "{}"), 403, "forbidden");
        assertProblem(
                border.put(
                        "arrivals/" + arrival + "/referrals",
                        "{\"channels\":[\"ASYLUM_PROCEDURE\"]}",
                        "If-Match",
                        "*"),
                403,
                "forbidden");
        assertEquals(403, clerk.as("partner.iom").get("arrivals").status());
        assertEquals(200, clerk.as("feed.reader").get("events?after=0").status());
        assertEquals(403, clerk.get("audit").status(), "the audit trail is for auditors");
        Api.Reply document = anonymous.get("openapi.yaml");
        assertEquals(200, document.status(), "the contract is public");
        assertTrue(document.raw().body().contains("openapi: 3.0.3"));
    }

    // ---- helpers ----

    private List<JsonObject> auditTrail() {
        Api auditor = clerk.as("auditor");
        List<JsonObject> all = new ArrayList<>();
        long after = 0;
        while (true) {
            List<JsonObject> page =
                    auditor.get("audit?after=" + after + "&limit=1000")
                            .array()
                            .getValuesAs(JsonObject.class);
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            after = page.get(page.size() - 1).getJsonNumber("sequence").longValue();
        }
    }

    private static void assertAudited(
            List<JsonObject> trail, String action, String recordId, String inDetails) {
        assertTrue(
                trail.stream()
                        .anyMatch(
                                r ->
                                        r.getString("action").equals(action)
                                                && r.getString("recordId").equals(recordId)
                                                && r.getString("details", "").contains(inDetails)),
                () ->
                        action
                                + " of "
                                + recordId
                                + " naming "
                                + inDetails
                                + " not in the audit trail");
    }

    private String facility(String kind, String name, String places) {
        Api.Reply created =
                clerk.create(
                        "facilities",
                        "{\"kind\":\""
                                + kind
                                + "\",\"name\":\""
                                + name
                                + "\",\"location\":\"Island\",\"places\":"
                                + places
                                + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private String arrival(String surname, String need) {
        Api.Reply created =
                clerk.create(
                        "arrivals",
                        "{\"surname\":\""
                                + surname
                                + "\""
                                + (need.isEmpty() ? "" : ",\"specificNeeds\":[\"" + need + "\"]")
                                + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json().getString("id");
    }

    private Api.Reply allocate(String arrival, String facility, String type, String more) {
        return clerk.create(
                "arrivals/" + arrival + "/allocation",
                "{\"facilityId\":\""
                        + facility
                        + "\",\"placeType\":\""
                        + type
                        + "\""
                        + (more == null ? "" : "," + more)
                        + "}");
    }

    private JsonObject places(String facility, String type) {
        return clerk
                .get("facilities/" + facility)
                .json()
                .getJsonArray("places")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> p.getString("placeType").equals(type))
                .findFirst()
                .orElseThrow();
    }

    private String householdTag(String id) {
        return clerk.get("households/" + id).header("ETag");
    }

    private static String member(String arrivalId, String relationship) {
        return "{\"arrivalId\":\"" + arrivalId + "\",\"relationship\":\"" + relationship + "\"}";
    }

    private static JsonObject member(JsonObject household, String arrivalId) {
        return household.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("arrivalId").equals(arrivalId))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> channels(JsonObject arrival) {
        return arrival.getJsonArray("referrals").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("channel"))
                .sorted()
                .toList();
    }

    /**
     * The events of one type about one arrival, from the whole feed (other tests write to it too).
     */
    private List<JsonObject> events(String type, String arrivalId) {
        return subjectEvents("arrivals/" + arrivalId).stream()
                .filter(e -> e.getString("type").equals(type))
                .toList();
    }

    private List<JsonObject> subjectEvents(String subject) {
        Api reader = clerk.as("feed.reader");
        List<JsonObject> found = new ArrayList<>();
        String after = "0";
        while (true) {
            JsonArray page = reader.get("events?after=" + after + "&limit=1000").array();
            if (page.isEmpty()) {
                return found;
            }
            for (JsonObject event : page.getValuesAs(JsonObject.class)) {
                if (event.getString("subject").equals(subject)) {
                    found.add(event);
                }
                after = event.getString("sequence");
            }
        }
    }

    private static void assertRule(String rule, Api.Reply reply) {
        assertProblem(reply, 422, "rule-violated");
        assertEquals(rule, reply.json().getString("rule"), reply::toString);
    }

    private static void assertProblem(Api.Reply reply, int status, String typeSuffix) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        assertTrue(reply.json().getString("type").endsWith(typeSuffix), reply::toString);
        assertFalse(reply.raw().body().contains("Exception"), "no class names: " + reply);
    }
}
