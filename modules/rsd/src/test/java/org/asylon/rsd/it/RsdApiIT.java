package org.asylon.rsd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * RSD's REST contract, black-box against the built WAR on Payara Micro (RSD alone, legal profile
 * eu-pact-2026, see arquillian.xml): problem responses, triage by the profile's grounds with the
 * exclusions no override passes, deadlines on the case and in the sweep, decisions with written
 * reasons under four-eyes review, appeals decided by an independent appeal officer, the
 * confidentiality role matrix with every content read audited, and no RSD content on the feed, the
 * summary or the queue. One deployment serves every test (boots are costly); each test makes its
 * own applications (and nationalities where recognition rates matter), so they run in any order and
 * on a database kept from earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RsdApiIT {

    private static final String EVENT = "org.asylon.rsd.";
    private static final ZoneId PROFILE_ZONE = ZoneId.of("Europe/Brussels"); // eu-pact-2026's zone

    @ArquillianResource URL base;

    Api officer;
    Api officer2;
    Api supervisor;
    Api appealOfficer;
    Api senior;
    Api representative;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "rsd.war")
                .importFrom(new File(System.getProperty("rsd.war", "target/rsd.war")))
                .as(WebArchive.class);
    }

    @BeforeEach
    void clients() {
        // loopback only: the connector may report the machine's outward address
        officer =
                new Api(
                        "http://127.0.0.1:" + base.getPort() + "/rsd/api/v1",
                        "eligibility.officer");
        officer2 = officer.as("eligibility.officer2");
        supervisor = officer.as("rsd.supervisor");
        appealOfficer = officer.as("appeal.officer");
        senior = officer.as("senior.officer");
        representative = officer.as("legal.representative");
    }

    // ---- problem responses ----

    @Test
    void badInputIsAProblemThatNamesTheField() {
        Api.Reply invalid =
                officer.create(
                        "applications",
                        "{\"surname\":\"Haddad\",\"nationalities\":[\"SYRIA\"],"
                                + "\"dateOfBirth\":\"13/04/1990\"}");
        assertProblem(invalid, 422, "validation-failed");
        List<String> fields = fields(invalid);
        assertTrue(fields.contains("nationalities[0]"), invalid::toString);
        assertTrue(fields.contains("dateOfBirth"), invalid::toString);
        assertEquals(
                "surname",
                fields(officer.create("applications", "{\"nationalities\":[\"SYR\"]}")).get(0));
        // the kernel's codes and dates: a German passport's D is a nationality, 30 February is no
        // date
        Api.Reply impossible =
                officer.create(
                        "applications",
                        "{\"surname\":\"Haddad\",\"nationalities\":[\"D\"],"
                                + "\"dateOfBirth\":\"2016-02-30\"}");
        assertProblem(impossible, 422, "validation-failed");
        assertEquals(List.of("dateOfBirth"), fields(impossible), impossible::toString);

        Api.Reply unknown =
                officer.create(
                        "applications", "{\"surname\":\"Haddad\",\"nickname\":\"Abu Omar\"}");
        assertProblem(unknown, 400, "invalid-request");
        assertEquals("nickname", fields(unknown).get(0), unknown::toString);
        assertProblem(officer.create("applications", "{\"surname\": "), 400, "invalid-request");
        assertProblem(
                officer.create(
                        "applications", "{\"surname\":\"Haddad\",\"unaccompaniedChild\":\"yes\"}"),
                400,
                "invalid-request");
        assertProblem(
                officer.post("applications", "{\"surname\":\"Haddad\"}"),
                400,
                "idempotency-key-required");

        // a retry replays the first answer; the same key with another body is refused
        String key = UUID.randomUUID().toString();
        String body = "{\"surname\":\"Retry\",\"nationalities\":[\"SYR\"]}";
        Api.Reply first = officer.post("applications", body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first::toString);
        Api.Reply again = officer.post("applications", body, "Idempotency-Key", key);
        assertEquals(201, again.status(), again::toString);
        assertEquals("true", again.header("Idempotency-Replayed"));
        assertEquals(
                first.json().getString("id"),
                again.json().getString("id"),
                "nothing created twice");
        assertProblem(
                officer.post(
                        "applications", body.replace("Retry", "Other"), "Idempotency-Key", key),
                422,
                "idempotency-key-reused");

        // unknown ids, and changes without (or with a stale) If-Match
        String id = first.json().getString("id");
        assertProblem(officer.get("applications/no-such-application"), 404, "not-found");
        assertProblem(officer.get("applications/no-such-application/deadlines"), 404, "not-found");
        assertProblem(
                officer.get("applications/no-such-application/decision/reasons"), 404, "not-found");
        assertProblem(
                officer.post("applications/" + id + "/registration", "{}"),
                428,
                "precondition-required");
        assertProblem(
                officer.post("applications/" + id + "/registration", "{}", "If-Match", "\"999\""),
                412,
                "precondition-failed");
        assertProblem(
                supervisor.put(
                        "applications/" + id + "/holders", "{\"officer\":\"eligibility.officer\"}"),
                428,
                "precondition-required");
        assertProblem(
                supervisor.put(
                        "applications/" + id + "/track",
                        "{\"track\":\"regular\",\"reasons\":\"x\"}"),
                428,
                "precondition-required");
        assertProblem(
                officer.post(
                        "applications/" + id + "/registration",
                        "{\"at\":\"yesterday\"}",
                        "If-Match",
                        tag(id)),
                400,
                "invalid-request");
        Api.Reply noRate =
                supervisor.put(
                        "recognition-rates/SYR",
                        "{\"period\":\"2025\",\"source\":\"EUAA\",\"asOf\":\"2026-01-01\"}");
        assertProblem(noRate, 422, "validation-failed");
        assertTrue(fields(noRate).contains("ratePercent"), noRate::toString);

        // who may call at all
        assertProblem(officer.as(null).get("applications"), 401, "not-authenticated");
        assertProblem(officer.as("reception.officer").get("applications"), 403, "forbidden");
        assertProblem(
                officer.as("border.officer").create("applications", "{\"surname\":\"X\"}"),
                403,
                "forbidden");
        assertProblem(officer.put("recognition-rates/SYR", rateBody("5")), 403, "forbidden");
        assertProblem(
                officer.put(
                        "applications/" + id + "/holders",
                        "{\"officer\":\"eligibility.officer\"}",
                        "If-Match",
                        tag(id)),
                403,
                "forbidden");
    }

    // ---- triage ----

    @Test
    void triageFollowsTheRecognitionRateAndNoOverridePutsAChildInTheBorderProcedure() {
        String low = "TUN"; // used by no other test: its rate decides the track here
        String high = "IRQ";
        rate(low, "4.5");
        rate(high, "48");

        JsonObject accelerated =
                officer.create("applications", person("Ben Salah", low, "")).json();
        JsonObject track = accelerated.getJsonObject("track");
        assertEquals("accelerated", track.getString("code"), accelerated::toString);
        assertEquals("asylum.accelerated.grounds", track.getString("rule"));
        assertEquals("recognition-rate", track.getString("ground"));
        assertEquals(
                "RSD_DESK",
                accelerated.getString("madeWhere"),
                "not made at the border: no border procedure");
        JsonObject regular = officer.create("applications", person("Hussein", high, "")).json();
        assertEquals(
                "regular", regular.getJsonObject("track").getString("code"), regular::toString);
        assertEquals("asylum.procedure.tracks", regular.getJsonObject("track").getString("rule"));

        // a ground that needs judgement holds when the officer indicates it; a code of no list is
        // refused
        String regularId = regular.getString("id");
        holders(regularId, "{\"officer\":\"eligibility.officer\"}");
        Api.Reply bogus =
                officer.post(
                        "applications/" + regularId + "/triage",
                        "{\"grounds\":[\"looks-suspicious\"]}",
                        "If-Match",
                        tag(regularId));
        assertProblem(bogus, 422, "validation-failed");
        assertEquals("grounds[0]", fields(bogus).get(0), bogus::toString);
        Api.Reply prioritised =
                officer.post(
                        "applications/" + regularId + "/triage",
                        "{\"grounds\":[\"likely-well-founded\"]}",
                        "If-Match",
                        tag(regularId));
        assertEquals(200, prioritised.status(), prioritised::toString);
        assertEquals("prioritised", prioritised.json().getJsonObject("track").getString("code"));
        assertEquals(
                "asylum.prioritised.grounds",
                prioritised.json().getJsonObject("track").getString("rule"));

        // unaccompanied children and applicants with special procedural needs: never the border
        // procedure
        String child =
                officer.create(
                                "applications",
                                person("Ben Ali", low, ",\"unaccompaniedChild\":true"))
                        .json()
                        .getString("id");
        holders(child, "{\"officer\":\"eligibility.officer\"}");
        Api.Reply childToBorder =
                officer.put(
                        "applications/" + child + "/track",
                        "{\"track\":\"border\",\"reasons\":\"arrived with a smuggler, age doubtful\"}",
                        "If-Match",
                        tag(child));
        assertRule("asylum.unaccompanied-children.excluded-tracks", childToBorder);
        assertTrue(
                childToBorder.json().getString("legalBasis").contains("Art 53"),
                childToBorder::toString);
        assertEquals(
                tag(child), officer.get("applications/" + child).header("ETag"), "nothing changed");
        String needs =
                officer.create(
                                "applications",
                                person("Trabelsi", low, ",\"specialProceduralNeeds\":true"))
                        .json()
                        .getString("id");
        holders(needs, "{\"officer\":\"eligibility.officer\"}");
        assertRule(
                "asylum.special-procedural-needs.excluded-tracks",
                officer.put(
                        "applications/" + needs + "/track",
                        "{\"track\":\"border\",\"reasons\":\"capacity at the border\"}",
                        "If-Match",
                        tag(needs)));

        // an adult may be overridden into it, with written reasons kept on the case and audited,
        // never on the feed
        String adult = accelerated.getString("id");
        holders(adult, "{\"officer\":\"eligibility.officer\"}");
        String marker = marker();
        Api.Reply noReasons =
                officer.put(
                        "applications/" + adult + "/track",
                        "{\"track\":\"border\"}",
                        "If-Match",
                        tag(adult));
        assertProblem(noReasons, 422, "validation-failed");
        assertEquals("reasons", fields(noReasons).get(0), noReasons::toString);
        Api.Reply noTrack =
                officer.put(
                        "applications/" + adult + "/track",
                        "{\"track\":\"express\",\"reasons\":\"x\"}",
                        "If-Match",
                        tag(adult));
        assertProblem(noTrack, 422, "validation-failed");
        assertEquals("track", fields(noTrack).get(0), noTrack::toString);
        Api.Reply overridden =
                officer.put(
                        "applications/" + adult + "/track",
                        "{\"track\":\"border\",\"reasons\":\""
                                + "apprehended at the crossing point, "
                                + marker
                                + "\"}",
                        "If-Match",
                        tag(adult));
        assertEquals(200, overridden.status(), overridden::toString);
        assertEquals("border", overridden.json().getJsonObject("track").getString("code"));
        assertTrue(overridden.json().getJsonObject("track").getBoolean("overridden"));

        List<JsonObject> history =
                officer.get("applications/" + adult + "/track/history")
                        .array()
                        .getValuesAs(JsonObject.class);
        assertEquals(2, history.size(), history::toString);
        assertEquals("accelerated", history.get(0).getString("track"));
        JsonObject last = history.get(1);
        assertTrue(last.getBoolean("overridden"));
        assertEquals("eligibility.officer", last.getString("setBy"));
        assertTrue(last.getString("reasons").contains(marker), last::toString);

        // the reasons are RSD content: the file holders read them (audited), other staff and the
        // summary do not
        List<JsonObject> seenByColleague =
                officer2.get("applications/" + adult + "/track/history")
                        .array()
                        .getValuesAs(JsonObject.class);
        JsonObject withheld = seenByColleague.get(1);
        assertTrue(
                !withheld.containsKey("reasons") || withheld.isNull("reasons"), withheld::toString);
        assertTrue(withheld.getBoolean("reasonsWithheld"), withheld::toString);
        assertFalse(
                seenByColleague.get(0).getBoolean("reasonsWithheld"),
                "a rule's assignment has no reasons to withhold");
        assertNoMarker(marker, officer2.get("applications/" + adult).raw().body(), "the summary");
        assertNoMarker(
                marker,
                officer.get("applications/" + adult).raw().body(),
                "the summary, even for a holder");
        assertTrue(
                supervisor
                        .get("applications/" + adult + "/track/history")
                        .raw()
                        .body()
                        .contains(marker));

        List<JsonObject> audit = audit(adult);
        assertTrue(
                audit.stream()
                        .anyMatch(
                                r ->
                                        r.getString("action").equals("rsd.track-reasons.read")
                                                && r.getString("actor").equals("rsd.supervisor")
                                                && r.getString("details").equals("SUPERVISOR")),
                audit::toString);
        assertTrue(
                audit.stream()
                        .noneMatch(
                                r ->
                                        r.getString("action").equals("rsd.track-reasons.read")
                                                && r.getString("actor")
                                                        .equals("eligibility.officer2")),
                "nothing read, nothing audited as read");
        assertTrue(
                audit.stream()
                        .anyMatch(
                                r ->
                                        r.getString("action").equals("application.track-overridden")
                                                && r.getString("actor")
                                                        .equals("eligibility.officer")
                                                && r.getString("details").contains("border")),
                audit::toString);

        List<JsonObject> assigned =
                events(adult).stream()
                        .filter(e -> e.getString("type").equals(EVENT + "track-assigned.v1"))
                        .toList();
        assertEquals(2, assigned.size(), assigned::toString);
        JsonObject data = assigned.get(1).getJsonObject("data");
        assertEquals("border", data.getString("track"));
        assertTrue(data.getBoolean("overridden"));
        assertEquals("accelerated", data.getString("previousTrack"));
        assertFalse(feedText().contains(marker), "override reasons never on the feed");
    }

    // ---- deadlines ----

    @Test
    void deadlinesAreShownOnTheCaseWithRuleAndBasisAndFoundByTheSweep() {
        String id = open("Karimi", "AFG");
        LocalDate today = LocalDate.now(PROFILE_ZONE);
        JsonObject made = officer.get("applications/" + id + "/deadlines").json();
        assertEquals("eu-pact-2026", made.getString("profile"));
        JsonObject registration = deadline(made, "asylum.registration.deadline");
        assertTrue(registration.getString("basis").contains("2024/1348"), registration::toString);
        assertFalse(registration.getString("explanation").isBlank());
        assertEquals("asylum.application-made", registration.getString("anchor"));
        assertEquals(
                today.plusDays(5),
                LocalDate.parse(registration.getString("dueDate")),
                registration::toString);
        assertEquals("DUE_SOON", registration.getString("status"), "inside the P7D alert window");
        assertTrue(
                made.getJsonArray("notStarted").stream()
                        .anyMatch(
                                n ->
                                        n.asJsonObject()
                                                .getString("rule")
                                                .equals("asylum.lodging.deadline")),
                made::toString);

        register(id);
        JsonObject registered = officer.get("applications/" + id + "/deadlines").json();
        assertEquals(
                "MET", deadline(registered, "asylum.registration.deadline").getString("status"));
        JsonObject lodging = deadline(registered, "asylum.lodging.deadline");
        assertEquals("OPEN", lodging.getString("status"), lodging::toString);
        assertEquals(
                today.plusDays(21),
                LocalDate.parse(lodging.getString("dueDate")),
                lodging::toString);
        assertTrue(lodging.getString("basis").contains("Art 28(1)"), lodging::toString);

        List<JsonObject> month = sweep("P30D");
        assertTrue(
                month.stream()
                        .anyMatch(
                                d ->
                                        d.getString("applicationId").equals(id)
                                                && d.getString("rule")
                                                        .equals("asylum.lodging.deadline")),
                "the sweep over 30 days finds it");
        assertTrue(
                month.stream()
                        .noneMatch(
                                d ->
                                        d.getString("applicationId").equals(id)
                                                && d.getString("rule")
                                                        .equals("asylum.registration.deadline")),
                "a met deadline is not swept");
        assertTrue(
                sweep("P14D").stream().noneMatch(d -> d.getString("applicationId").equals(id)),
                "due in 21 days: not within 14");
        assertEquals(200, appealOfficer.get("deadlines/due?within=P30D&limit=1").status());
        assertProblem(officer.get("deadlines/due?within=soon"), 400, "invalid-request");
        Api.Reply huge = officer.get("deadlines/due?within=P99999999Y");
        assertProblem(huge, 400, "invalid-request");
        assertEquals(List.of("within"), fields(huge), huge::toString);
        assertProblem(
                officer.as("reception.officer").get("deadlines/due?within=P30D"), 403, "forbidden");
        assertProblem(representative.get("applications/" + id + "/deadlines"), 404, "not-found");

        lodge(id);
        JsonObject examination =
                deadline(
                        officer.get("applications/" + id + "/deadlines").json(),
                        "asylum.examination.regular.deadline");
        assertEquals("OPEN", examination.getString("status"), examination::toString);
        assertEquals("asylum.lodging", examination.getString("anchor"));
    }

    @Test
    void firstTimeDesignationsOfOneCountrySentAtOnceStoreOneAndAnswerTheRestWithAProblem()
            throws Exception {
        String country = "BGD"; // used by no other test
        Api.Reply existing = supervisor.get("safe-countries-of-origin");
        existing.array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("country").equals(country))
                .findFirst()
                .ifPresent(
                        c ->
                                assertEquals(
                                        204,
                                        supervisor
                                                .send(
                                                        "DELETE",
                                                        "safe-countries-of-origin/" + country,
                                                        null,
                                                        null,
                                                        "If-Match",
                                                        "\""
                                                                + c.getJsonNumber("version")
                                                                        .longValue()
                                                                + "\"")
                                                .status()));
        String body =
                "{\"basis\":\"Union list, Annex II\",\"source\":\"OEIL 2025\",\"designatedOn\":\"2025-06-01\"}";
        int racers = 8;
        java.util.concurrent.ExecutorService pool =
                java.util.concurrent.Executors.newFixedThreadPool(racers);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                replies.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    return supervisor.put(
                                            "safe-countries-of-origin/" + country, body);
                                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Api.Reply> f : replies) {
                Api.Reply reply = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                statuses.add(reply.status());
                if (reply.status() >= 400) {
                    assertTrue(List.of(409, 412, 428).contains(reply.status()), reply::toString);
                    assertTrue(
                            reply.contentType().startsWith("application/problem+json"),
                            reply::toString);
                }
            }
            assertEquals(1, statuses.stream().filter(st -> st == 201).count(), statuses::toString);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                1,
                supervisor
                        .get("safe-countries-of-origin")
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(c -> c.getString("country").equals(country))
                        .count());
    }

    // ---- decisions ----

    @Test
    void aDecisionNeedsWrittenReasonsAndASecondOfficerAndItsNotificationGivesTheAppealWindow() {
        String id = open("Mahmoud", "SDN");
        holders(id, "{\"officer\":\"eligibility.officer\",\"reviewer\":\"eligibility.officer2\"}");
        register(id);
        lodge(id);
        String path = "applications/" + id + "/decision";

        Api.Reply noReasons = officer.create(path, "{\"outcome\":\"REJECTED\"}");
        assertProblem(noReasons, 422, "validation-failed");
        assertEquals("reasons", fields(noReasons).get(0), noReasons::toString);
        assertTrue(
                noReasons
                        .json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("written reasons"),
                noReasons::toString);
        assertEquals(
                "reasons",
                fields(officer.create(path, "{\"outcome\":\"REJECTED\",\"reasons\":\"   \"}"))
                        .get(0));
        assertRule(
                "asylum.refugee-definitions",
                officer.create(
                        path,
                        "{\"outcome\":\"RECOGNISED_REFUGEE\","
                                + "\"legalBasis\":\"oau-1969\",\"reasons\":\"persecuted\"}"));
        assertProblem(
                officer2.create(path, "{\"outcome\":\"REJECTED\",\"reasons\":\"not credible\"}"),
                403,
                "forbidden");
        assertEquals(
                "LODGED",
                officer.get("applications/" + id).json().getString("stage"),
                "nothing was decided");

        // four-eyes (eu-pact-2026: true): a draft until a second officer approves it
        Api.Reply drafted =
                officer.create(
                        path,
                        "{\"outcome\":\"REJECTED\",\"reasons\":\"The account of the arrest is "
                                + "inconsistent with the country information.\"}");
        assertEquals(201, drafted.status(), drafted::toString);
        assertEquals("DRAFT", drafted.json().getString("status"));
        assertTrue(drafted.json().getBoolean("fourEyes"));
        assertEquals("LODGED", officer.get("applications/" + id).json().getString("stage"));
        String decisionTag = officer.get(path).header("ETag");
        assertProblem(
                officer.post(path + "/review", "{\"action\":\"APPROVE\"}"),
                428,
                "precondition-required");
        assertRule(
                "asylum.decision.four-eyes",
                officer.post(
                        path + "/review", "{\"action\":\"APPROVE\"}", "If-Match", decisionTag));
        assertProblem(
                senior.post(path + "/review", "{\"action\":\"APPROVE\"}", "If-Match", decisionTag),
                403,
                "forbidden");
        Api.Reply approved =
                officer2.post(
                        path + "/review",
                        "{\"action\":\"APPROVE\",\"comments\":\"agreed\"}",
                        "If-Match",
                        decisionTag);
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("ISSUED", approved.json().getString("status"));
        assertEquals("eligibility.officer", approved.json().getString("decidedBy"));
        assertEquals("eligibility.officer2", approved.json().getString("reviewedBy"));
        assertEquals("DECIDED", officer.get("applications/" + id).json().getString("stage"));

        // notification: the appeal window with its rule and basis, from the kernel's calculator
        Api.Reply incomplete =
                officer.create(
                        path + "/notification",
                        "{\"language\":\"ara\",\"method\":\"IN_PERSON\","
                                + "\"appealInformationGiven\":true}");
        assertProblem(incomplete, 422, "validation-failed");
        assertEquals("appealInformationText", fields(incomplete).get(0));
        Api.Reply notified =
                officer.create(
                        path + "/notification",
                        "{\"language\":\"ara\",\"method\":\"IN_PERSON\","
                                + "\"appealInformationGiven\":true,\"appealInformationText\":\"You may appeal to the court within one month.\"}");
        assertEquals(201, notified.status(), notified::toString);
        JsonObject window = notified.json().getJsonObject("appealWindow");
        assertEquals("asylum.appeal.deadline", window.getString("rule"), window::toString);
        assertTrue(window.getString("basis").contains("Art 67(7)"), window::toString);
        assertFalse(window.getString("explanation").isBlank());
        LocalDate lastDay = LocalDate.parse(window.getString("lastDay"));
        LocalDate today = LocalDate.now(PROFILE_ZONE);
        assertTrue(
                !lastDay.isBefore(today.plusMonths(1))
                        && lastDay.isBefore(today.plusMonths(1).plusDays(4)),
                "one month (P1M, calendar) from notification: " + window);
        assertFalse(window.getBoolean("passed"));
        assertFalse(
                notified.json().getJsonArray("warnings").isEmpty(),
                "the rule is unconfirmed: a warning says so");
        assertEquals("NOTIFIED", officer.get("applications/" + id).json().getString("stage"));
        JsonObject onCase =
                deadline(
                        officer.get("applications/" + id + "/deadlines").json(),
                        "asylum.appeal.deadline");
        assertEquals(lastDay.toString(), onCase.getString("dueDate"));
        assertEquals("decision.notification", onCase.getString("anchor"));

        JsonObject notice =
                events(id).stream()
                        .filter(e -> e.getString("type").equals(EVENT + "decision-notified.v1"))
                        .findFirst()
                        .orElseThrow()
                        .getJsonObject("data");
        assertEquals(lastDay.toString(), notice.getString("appealDeadline"));
        assertEquals("asylum.appeal.deadline", notice.getString("appealDeadlineRule"));
        assertTrue(notice.getBoolean("claimPending"), "pending through the appeal window");
    }

    // ---- appeals ----

    @Test
    void theRepresentativeLodgesTheAppealAndOnlyAnIndependentAppealOfficerDecidesIt() {
        String id = open("Abdi", "SOM");
        holders(
                id,
                "{\"officer\":\"senior.officer\",\"representative\":\"legal.representative\","
                        + "\"appealOfficer\":\"senior.officer\"}");
        register(id);
        lodge(id);
        decideAndNotify(
                id,
                senior,
                supervisor,
                "REJECTED",
                "The fear of the clan militia is not well founded.",
                "approved");

        // lodged by the representative of this case; a representative of no case is told it does
        // not exist
        String unrepresented = open("Osman", "SOM");
        assertProblem(
                representative.create("applications/" + unrepresented + "/appeal", "{}"),
                404,
                "not-found");
        Api.Reply lodged = representative.create("applications/" + id + "/appeal", "{}");
        assertEquals(201, lodged.status(), lodged::toString);
        JsonObject appeal = lodged.json();
        assertEquals("legal.representative", appeal.getString("recordedBy"));
        assertFalse(appeal.getBoolean("late"));
        assertTrue(appeal.getJsonObject("suspensive").getBoolean("value"), appeal::toString);
        assertEquals(
                "asylum.appeal.suspensive.regular",
                appeal.getJsonObject("suspensive").getString("rule"));
        assertEquals("APPEALED", officer.get("applications/" + id).json().getString("stage"));

        // whoever decided at first instance never decides the appeal, whatever roles they hold
        String decision = "applications/" + id + "/appeal/decision";
        Api.Reply notIndependent =
                senior.create(decision, "{\"result\":\"CONFIRM\",\"reasons\":\"as before\"}");
        assertRule("rsd.appeal.independence", notIndependent);
        assertTrue(
                notIndependent.json().getString("legalBasis").contains("7.1.1"),
                notIndependent::toString);
        Api.Reply notAssigned =
                appealOfficer.create(
                        decision, "{\"result\":\"CONFIRM\",\"reasons\":\"as before\"}");
        assertProblem(notAssigned, 403, "forbidden");
        assertEquals("rsd.appeal.officer", notAssigned.json().getString("rule"));
        holders(id, "{\"appealOfficer\":\"appeal.officer\"}");
        assertRule(
                "rsd.appeal.independence",
                senior.create(decision, "{\"result\":\"CONFIRM\",\"reasons\":\"x\"}"));
        Api.Reply noReasons = appealOfficer.create(decision, "{\"result\":\"CONFIRM\"}");
        assertProblem(noReasons, 422, "validation-failed");
        assertEquals("reasons", fields(noReasons).get(0), noReasons::toString);

        Api.Reply decided =
                appealOfficer.create(
                        decision,
                        "{\"result\":\"CONFIRM\",\"reasons\":\"The first instance "
                                + "weighed the evidence correctly.\"}");
        assertEquals(201, decided.status(), decided::toString);
        assertEquals("CONFIRM", decided.json().getString("result"));
        assertEquals("appeal.officer", decided.json().getString("decidedBy"));
        JsonObject closed = officer.get("applications/" + id).json();
        assertEquals("FINAL", closed.getString("stage"));
        assertFalse(closed.getBoolean("claimPending"));
        assertEquals("REJECTED", closed.getString("outcome"));
        assertTrue(
                appealOfficer
                        .get("applications/" + id + "/appeal/reasons")
                        .json()
                        .getString("reasons")
                        .contains("weighed the evidence"));
        assertEquals(200, representative.get("applications/" + id + "/appeal/reasons").status());
    }

    // ---- confidentiality ----

    @Test
    void onlyTheFileHoldersReadRsdContentAndEveryReadIsAudited() {
        String id = open("Tesfay", "ERI");
        holders(
                id,
                "{\"officer\":\"eligibility.officer\",\"representative\":\"legal.representative\","
                        + "\"appealOfficer\":\"appeal.officer\"}");
        register(id);
        String interview =
                interviewWithRecord(id, officer, "I was detained for my faith " + marker());
        assessment(id, officer, marker());
        decideAndNotify(
                id, officer, supervisor, "REJECTED", "Not established " + marker(), "approved");

        String otherCase = open("Ghebre", "ERI");
        holders(otherCase, "{\"officer\":\"eligibility.officer\"}");
        register(otherCase);
        String otherInterview = interviewWithRecord(otherCase, officer, "statement " + marker());
        assessment(otherCase, officer, marker());

        Map<String, String> content =
                Map.of(
                        "interview", "applications/" + id + "/interviews/" + interview + "/record",
                        "assessment", "applications/" + id + "/assessment",
                        "decision", "applications/" + id + "/decision/reasons");
        Map<String, String> holdersAndCapacity =
                Map.of(
                        "eligibility.officer", "ASSIGNED_OFFICER",
                        "rsd.supervisor", "SUPERVISOR",
                        "legal.representative", "REPRESENTATIVE",
                        "appeal.officer", "APPEAL_OFFICER");
        for (Map.Entry<String, String> what : content.entrySet()) {
            String path = what.getValue();
            for (String holder : holdersAndCapacity.keySet()) {
                assertEquals(200, officer.as(holder).get(path).status(), holder + " reads " + path);
            }
            Api.Reply colleague = officer2.get(path);
            assertProblem(colleague, 403, "forbidden");
            assertEquals(
                    "rsd.confidentiality", colleague.json().getString("rule"), colleague::toString);
            assertProblem(senior.get(path), 403, "forbidden");
            assertProblem(officer.as("reception.officer").get(path), 403, "forbidden");
            assertProblem(officer.as("border.officer").get(path), 403, "forbidden");
            assertProblem(officer.as("feed.reader").get(path), 403, "forbidden");
            assertProblem(officer.as(null).get(path), 401, "not-authenticated");
        }
        // not this applicant's representative: the case does not exist for them
        assertProblem(
                representative.get(
                        "applications/" + otherCase + "/interviews/" + otherInterview + "/record"),
                404,
                "not-found");
        assertProblem(
                representative.get("applications/" + otherCase + "/assessment"), 404, "not-found");
        assertProblem(representative.get("applications/" + otherCase), 404, "not-found");
        assertEquals(
                200,
                officer.get("applications/" + otherCase + "/assessment").status(),
                "it exists");
        List<String> clients =
                allApplications(representative).stream().map(a -> a.getString("id")).toList();
        assertTrue(clients.contains(id) && !clients.contains(otherCase), clients::toString);

        // every read of content is in the audit trail, with the capacity in which it was made
        List<JsonObject> reads =
                audit(id).stream()
                        .filter(
                                r ->
                                        r.getString("action").startsWith("rsd.")
                                                && r.getString("action").endsWith(".read"))
                        .toList();
        for (String what : content.keySet()) {
            for (Map.Entry<String, String> holder : holdersAndCapacity.entrySet()) {
                assertTrue(
                        reads.stream()
                                .anyMatch(
                                        r ->
                                                r.getString("action")
                                                                .equals("rsd." + what + ".read")
                                                        && r.getString("actor")
                                                                .equals(holder.getKey())
                                                        && r.getString("details")
                                                                .equals(holder.getValue())),
                        "audited: " + holder + " reading the " + what + " in " + reads);
            }
        }
        assertEquals(
                content.size() * holdersAndCapacity.size(),
                reads.size(),
                "refused reads are no reads: " + reads);
    }

    @Test
    void aDependantsDecisionReasonsAreThePrincipalsAndReadOnlyByThePrincipalsFileHolders() {
        String principal = open("Gebru", "ERI");
        holders(
                principal,
                "{\"officer\":\"eligibility.officer\",\"reviewer\":\"eligibility.officer2\","
                        + "\"representative\":\"legal.representative\"}");
        register(principal);
        lodge(principal);
        Api.Reply child =
                officer.create(
                        "applications",
                        person(
                                "Gebru",
                                "ERI",
                                ",\"principalId\":\""
                                        + principal
                                        + "\",\"relationship\":\"CHILD\",\"ownClaim\":false"));
        assertEquals(201, child.status(), child::toString);
        String dependant = child.json().getString("id");
        register(dependant);
        String reasons = "Persecuted for the father's political opinion " + marker();
        decideAndNotify(principal, officer, officer2, "REJECTED", reasons, "agreed");

        String path = "applications/" + dependant + "/decision/reasons";
        // not the dependant's representative: neither the dependant's case nor its reasons exist
        // for them
        assertProblem(representative.get("applications/" + dependant), 404, "not-found");
        assertProblem(representative.get(path), 404, "not-found");
        // RSD staff see the dependant's summary; the reasons are the principal's content, for its
        // holders only
        assertEquals(200, senior.get("applications/" + dependant + "/decision").status());
        Api.Reply colleague = senior.get(path);
        assertProblem(colleague, 403, "forbidden");
        assertEquals("rsd.confidentiality", colleague.json().getString("rule"));
        for (Api holder : List.of(officer, officer2, supervisor)) {
            Api.Reply read = holder.get(path);
            assertEquals(200, read.status(), read::toString);
            assertTrue(read.json().getString("reasons").contains(reasons));
        }
        assertTrue(
                audit(principal).stream()
                        .anyMatch(
                                r ->
                                        r.getString("action").equals("rsd.decision.read")
                                                && r.getString("details")
                                                        .contains("via dependant " + dependant)));
    }

    // ---- a renewed wish after a withdrawal (issue 10, item 1.7) ----

    @Test
    void aPersonWhoAsksAgainAfterAWithdrawalHasASubsequentApplicationLinkedToTheEarlierClaim() {
        String earlier = open("Berhane", "ERI");
        register(earlier);
        Api.Reply pending = officer.create("applications/" + earlier + "/renewal", "{}");
        assertRule("asylum.renewed-request", pending);
        Api.Reply withdrawn =
                supervisor.post(
                        "applications/" + earlier + "/withdrawal",
                        "{\"outcome\":\"IMPLICITLY_WITHDRAWN\"}",
                        "If-Match",
                        tag(earlier));
        assertEquals(200, withdrawn.status(), withdrawn::toString);

        String key = UUID.randomUUID().toString();
        Api.Reply renewed =
                officer.post(
                        "applications/" + earlier + "/renewal",
                        "{\"madeWhere\":\"RSD_DESK\"}",
                        "Idempotency-Key",
                        key);
        assertEquals(201, renewed.status(), renewed::toString);
        JsonObject next = renewed.json();
        assertEquals(
                earlier,
                next.getString("earlierApplicationId"),
                "eu-pact-2026: a subsequent application");
        assertEquals("MADE", next.getString("stage"));
        assertTrue(next.getBoolean("claimPending"));
        assertTrue(
                renewed.header("Location").endsWith("applications/" + next.getString("id")),
                renewed::toString);
        Api.Reply again =
                officer.post(
                        "applications/" + earlier + "/renewal",
                        "{\"madeWhere\":\"RSD_DESK\"}",
                        "Idempotency-Key",
                        key);
        assertEquals(
                next.getString("id"), again.json().getString("id"), "a retry opens nothing twice");
        assertEquals("WITHDRAWN", officer.get("applications/" + earlier).json().getString("stage"));

        JsonObject opened = data(events(next.getString("id")), "claim-pending.v1");
        assertEquals(earlier, opened.getString("subsequentTo"));
        assertTrue(opened.getBoolean("claimPending"));
        assertEquals(
                "asylum.application-made",
                deadline(
                                officer.get("applications/" + next.getString("id") + "/deadlines")
                                        .json(),
                                "asylum.registration.deadline")
                        .getString("anchor"));
    }

    // ---- who may change a case (issue 10, item 3.4) ----

    @Test
    void onlyTheFileHoldersChangeACaseEveryOtherOfficerIsRefused() {
        String id = open("Tekle", "ERI");
        holders(
                id,
                "{\"officer\":\"eligibility.officer\",\"reviewer\":\"eligibility.officer2\","
                        + "\"representative\":\"legal.representative\"}");
        Api.Reply colleagueRegisters =
                officer2.post("applications/" + id + "/registration", "{}", "If-Match", tag(id));
        assertHolderRule(colleagueRegisters);
        Api.Reply registered =
                officer.post("applications/" + id + "/registration", "{}", "If-Match", tag(id));
        assertEquals(200, registered.status(), registered::toString);
        String interviewer = interviewer("M", "ara");
        Instant at = Instant.now().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.HOURS);
        String booking =
                "{\"at\":\""
                        + at
                        + "\",\"durationMinutes\":60,\"location\":\"Room 3\",\"interviewer\":\""
                        + interviewer
                        + "\"";
        Api.Reply booked = officer.create("applications/" + id + "/interviews", booking + "}");
        assertEquals(201, booked.status(), booked::toString);
        String interview = "applications/" + id + "/interviews/" + booked.json().getString("id");
        String interviewTag = officer.get(interview).header("ETag");
        String before = tag(id);

        // senior.officer (eligibility and appeal officer) and the reviewer hold no actor's part in
        // this file
        for (Api colleague : List.of(senior, officer2)) {
            Map<String, Api.Reply> tried = new java.util.LinkedHashMap<>();
            tried.put(
                    "lodge",
                    colleague.post("applications/" + id + "/lodging", "{}", "If-Match", before));
            tried.put(
                    "interpreter",
                    colleague.put(
                            "applications/" + id + "/interpreter",
                            "{\"language\":\"tir\",\"sameGenderInterviewer\":true}",
                            "If-Match",
                            before));
            tried.put(
                    "withdraw",
                    colleague.post(
                            "applications/" + id + "/withdrawal",
                            "{\"outcome\":\"IMPLICITLY_WITHDRAWN\"}",
                            "If-Match",
                            before));
            tried.put(
                    "triage",
                    colleague.post(
                            "applications/" + id + "/triage",
                            "{\"grounds\":[]}",
                            "If-Match",
                            before));
            tried.put(
                    "track",
                    colleague.put(
                            "applications/" + id + "/track",
                            "{\"track\":\"accelerated\",\"reasons\":" + "\"short\"}",
                            "If-Match",
                            before));
            tried.put(
                    "book",
                    colleague.create(
                            "applications/" + id + "/interviews",
                            booking.replace(at.toString(), at.plus(Duration.ofDays(1)).toString())
                                    + "}"));
            tried.put(
                    "move",
                    colleague.put(
                            interview,
                            booking + ",\"reason\":\"room\"}",
                            "If-Match",
                            interviewTag));
            tried.put(
                    "cancel",
                    colleague.post(
                            interview + "/cancellation",
                            "{\"reason\":\"ill\"}",
                            "If-Match",
                            interviewTag));
            tried.put(
                    "notice",
                    colleague.create(interview + "/notices", "{\"delivery\":\"IN_PERSON\"}"));
            tried.forEach((what, reply) -> assertHolderRule(reply));
        }
        assertEquals(before, tag(id), "nothing changed");
        assertEquals("SCHEDULED", officer.get(interview).json().getString("status"));

        // the decision's notification and the appeal: the holders and the applicant's
        // representative
        lodge(id);
        decideAndApprove(id, officer, officer2, "REJECTED", "Not credible.");
        // notified "now", as a form sends it in whole seconds, right after the approval (item 4.7)
        String notification =
                "{\"language\":\"ara\",\"method\":\"IN_PERSON\",\"appealInformationGiven\":true,"
                        + "\"appealInformationText\":\"Appeal within one month.\",\"notifiedAt\":\""
                        + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                        + "\"}";
        assertHolderRule(
                senior.create("applications/" + id + "/decision/notification", notification));
        Api.Reply notified =
                officer.create("applications/" + id + "/decision/notification", notification);
        assertEquals(201, notified.status(), notified::toString);
        assertHolderRule(senior.create("applications/" + id + "/appeal", "{}"));
        assertHolderRule(officer2.create("applications/" + id + "/appeal", "{}"));
        assertEquals(201, representative.create("applications/" + id + "/appeal", "{}").status());
    }

    // ---- following a person across modules (issue 10, item 2.5) ----

    @Test
    void theCaseloadIsPagedByKeyAndFoundByTheReceptionArrival() {
        String holder = "officer-" + UUID.randomUUID();
        List<String> mine = new ArrayList<>();
        for (String surname : List.of("Paged-A", "Paged-B", "Paged-C")) {
            String id = open(surname, "ERI");
            holders(id, "{\"officer\":\"" + holder + "\"}");
            mine.add(id);
        }
        Api.Reply first = officer.get("applications?officer=" + holder + "&limit=2");
        assertEquals(200, first.status(), first::toString);
        List<String> walked =
                new ArrayList<>(
                        first.array().getValuesAs(JsonObject.class).stream()
                                .map(a -> a.getString("id"))
                                .toList());
        String link = first.header("Link");
        assertNotNull(link, "a full page links to the next");
        assertTrue(
                link.contains("rel=\"next\"")
                        && link.contains("officer=" + holder)
                        && link.contains("limit=2"),
                link);
        String next = link.substring(link.indexOf("applications?"), link.indexOf('>'));
        Api.Reply second = officer.get(next);
        assertEquals(200, second.status(), second::toString);
        second.array().getValuesAs(JsonObject.class).forEach(a -> walked.add(a.getString("id")));
        assertEquals(null, second.header("Link"), "the last page links nowhere");
        List<String> atOnce =
                officer
                        .get("applications?officer=" + holder + "&limit=10")
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(a -> a.getString("id"))
                        .toList();
        assertEquals(atOnce, walked, "every application once, in the list's order");
        assertEquals(new java.util.HashSet<>(mine), new java.util.HashSet<>(walked));

        assertEquals(
                0, officer.get("applications?sourceArrivalId=" + UUID.randomUUID()).array().size());
        Api.Reply bad = officer.get("applications?after=not-a-position");
        assertProblem(bad, 400, "invalid-request");
        assertEquals(List.of("after"), fields(bad), bad::toString);
    }

    // ---- interviews (issue 10, item 4.5) ----

    @Test
    void emptyInterviewOptionsSayWhyAndTheInterviewerBookedWritesTheRecordOfTheirInterview() {
        String id = open("Abera", "ETH");
        holders(id, "{\"officer\":\"eligibility.officer\"}");
        register(id);
        // Ainu: no interviewer speaks it and no interpreter interprets it in any run of this test
        Api.Reply language =
                officer.put(
                        "applications/" + id + "/interpreter",
                        "{\"language\":\"ain\"," + "\"sameGenderInterviewer\":true}",
                        "If-Match",
                        tag(id));
        assertEquals(200, language.status(), language::toString);
        Api.Reply arabic =
                supervisor.create(
                        "interpreters",
                        "{\"name\":\"Interpreter "
                                + UUID.randomUUID()
                                + "\",\"languages\":[\"ara\"],\"gender\":\"F\"}");
        assertEquals(
                201,
                arabic.status(),
                arabic::toString); // someone is active: the language is what empties
        Instant later = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.HOURS);
        JsonObject options =
                officer.get("applications/" + id + "/interviews/options?at=" + later).json();
        assertTrue(options.getJsonArray("interviewers").isEmpty(), options::toString);
        assertEquals(
                "LANGUAGE",
                options.getJsonObject("interpreterSelection").getString("emptiedBy"),
                options::toString);
        JsonObject interviewers = options.getJsonObject("interviewerSelection");
        assertTrue(
                List.of("SAME_GENDER", "LANGUAGE").contains(interviewers.getString("emptiedBy")),
                options::toString);
        assertFalse(interviewers.getString("explanation").isBlank());
        assertEquals(
                "ACTIVE",
                interviewers.getJsonArray("steps").getJsonObject(0).getString("constraint"));

        // eligibility.officer2, a man, is booked for a man's interview (sex M, same-gender
        // request): not the officer
        // assigned to the file, he writes and reads the record of the interview he held, and
        // nothing else of it
        Api.Reply man =
                officer.put(
                        "applications/" + id + "/interpreter",
                        "{\"sameGenderInterviewer\":true}",
                        "If-Match",
                        tag(id));
        assertEquals(200, man.status(), man::toString);
        registeredInterviewer("eligibility.officer2", "M");
        Instant at =
                Instant.now()
                        .minus(Duration.ofDays(2 + new java.util.Random().nextInt(400)))
                        .truncatedTo(ChronoUnit.MINUTES);
        Api.Reply booked =
                supervisor.create(
                        "applications/" + id + "/interviews",
                        "{\"at\":\""
                                + at
                                + "\","
                                + "\"durationMinutes\":30,\"location\":\"Room 4\",\"interviewer\":\"eligibility.officer2\","
                                + "\"alreadyHeld\":true}");
        assertEquals(201, booked.status(), booked::toString);
        String record =
                "applications/" + id + "/interviews/" + booked.json().getString("id") + "/record";
        String body =
                "{\"startedAt\":\""
                        + at
                        + "\",\"endedAt\":\""
                        + at.plus(Duration.ofMinutes(25))
                        + "\",\"noInterpreter\":true,\"readBackConfirmed\":true}";
        assertProblem(senior.create(record, body), 403, "forbidden");
        Api.Reply written = officer2.create(record, body);
        assertEquals(201, written.status(), written::toString);
        assertEquals(200, officer2.get(record).status());
        assertProblem(officer2.get("applications/" + id + "/assessment"), 403, "forbidden");
        assertTrue(
                audit(id).stream()
                        .anyMatch(
                                r ->
                                        r.getString("action").equals("rsd.interview.read")
                                                && r.getString("actor")
                                                        .equals("eligibility.officer2")
                                                && r.getString("details").equals("INTERVIEWER")));
    }

    // ---- protection is not undone at a desk (issue 10, item 1.6) ----

    @Test
    void aWithdrawalNeitherUndoesAnApprovedRecognitionNorEndsAPendingAppeal() {
        String recognised = open("Habte", "ERI");
        holders(
                recognised,
                "{\"officer\":\"eligibility.officer\",\"reviewer\":\"eligibility.officer2\"}");
        register(recognised);
        lodge(recognised);
        decideAndApprove(
                recognised,
                officer,
                officer2,
                "RECOGNISED_REFUGEE\",\"legalBasis\":\"eu-qualification",
                "Persecuted for political opinion.");
        for (String how : List.of("IMPLICITLY_WITHDRAWN", "WITHDRAWN")) {
            Api.Reply refused =
                    supervisor.post(
                            "applications/" + recognised + "/withdrawal",
                            "{\"outcome\":\"" + how + "\"}",
                            "If-Match",
                            tag(recognised));
            assertRule("asylum.protection.ending", refused);
            assertTrue(refused.json().getString("detail").contains("cessation"), refused::toString);
        }
        JsonObject stillProtected = officer.get("applications/" + recognised).json();
        assertEquals("DECIDED", stillProtected.getString("stage"));
        assertEquals("RECOGNISED_REFUGEE", stillProtected.getString("outcome"));
        JsonObject last =
                events(recognised).get(events(recognised).size() - 1).getJsonObject("data");
        assertTrue(last.getBoolean("protectionGranted"), last::toString);
        assertTrue(last.getBoolean("claimPending"), last::toString);

        String appealed = open("Kidane", "ERI");
        holders(
                appealed,
                "{\"officer\":\"eligibility.officer\",\"reviewer\":\"eligibility.officer2\","
                        + "\"representative\":\"legal.representative\"}");
        register(appealed);
        lodge(appealed);
        decideAndNotify(appealed, officer, officer2, "REJECTED", "Not credible.", "agreed");
        assertEquals(
                201, representative.create("applications/" + appealed + "/appeal", "{}").status());
        Api.Reply refused =
                officer.post(
                        "applications/" + appealed + "/withdrawal",
                        "{\"outcome\":\"IMPLICITLY_WITHDRAWN\"}",
                        "If-Match",
                        tag(appealed));
        assertRule("rsd.withdrawal.pending-appeal", refused);
        assertEquals("APPEALED", officer.get("applications/" + appealed).json().getString("stage"));
        assertEquals(
                "PENDING",
                officer.get("applications/" + appealed + "/appeal").json().getString("status"));
        assertTrue(
                events(appealed).stream()
                        .noneMatch(e -> e.getString("type").equals(EVENT + "claim-withdrawn.v1")));
    }

    // ---- no RSD content in any event, the summary or the queue ----

    @Test
    void noRsdContentLeavesTheCaseAndTheLifecycleIsOnTheFeedInOrder() {
        String marker = marker();
        String id = open("Yousef", "PSE");
        holders(
                id,
                "{\"officer\":\"eligibility.officer\",\"reviewer\":\"eligibility.officer2\","
                        + "\"appealOfficer\":\"appeal.officer\",\"representative\":\"legal.representative\"}");
        register(id);
        lodge(id);
        interviewWithRecord(
                id, officer, "They came at night for my brother " + marker + "-statement");
        assessment(id, officer, marker + "-assessment");

        assertNoMarker(marker, officer.get("applications/" + id).raw().body(), "the summary");
        assertNoMarker(
                marker,
                officer.get("applications/" + id + "/interviews").raw().body(),
                "the interview list");
        List<String> queue = queue();
        assertTrue(queue.stream().anyMatch(page -> page.contains(id)), "the case is in the queue");
        queue.forEach(page -> assertNoMarker(marker, page, "the queue"));

        decideAndNotify(
                id,
                officer,
                officer2,
                "REJECTED",
                "Reasons " + marker + "-decision",
                marker + "-review");
        assertNoMarker(
                marker,
                officer.get("applications/" + id + "/decision").raw().body(),
                "the decision summary");
        assertTrue(
                officer.get("applications/" + id + "/decision/reasons")
                        .raw()
                        .body()
                        .contains(marker + "-decision"));
        assertEquals(201, representative.create("applications/" + id + "/appeal", "{}").status());
        Api.Reply appealDecided =
                appealOfficer.create(
                        "applications/" + id + "/appeal/decision",
                        "{\"result\":\"CONFIRM\",\"reasons\":\"Confirmed " + marker + "-appeal\"}");
        assertEquals(201, appealDecided.status(), appealDecided::toString);
        assertNoMarker(marker, appealDecided.raw().body(), "the appeal summary");
        assertNoMarker(
                marker,
                officer.get("applications/" + id + "/appeal").raw().body(),
                "the appeal summary");
        assertNoMarker(marker, officer.get("applications/" + id).raw().body(), "the final summary");
        assertNoMarker(
                marker,
                officer.get("applications/" + id + "/deadlines").raw().body(),
                "the deadlines");

        // the whole feed, every page: no marker anywhere
        assertNoMarker(marker, feedText(), "RSD's event feed");
        // nor in the audit trail, which auditors read without holding the file (it says who read,
        // not what)
        List<JsonObject> audited = audit(id);
        assertTrue(
                audited.stream().anyMatch(r -> r.getString("action").equals("rsd.decision.read")),
                audited::toString);
        assertNoMarker(marker, audited.toString(), "the audit trail");

        // the lifecycle of the claim, complete and in order
        List<JsonObject> events = events(id);
        List<String> types =
                events.stream().map(e -> e.getString("type").substring(EVENT.length())).toList();
        assertEquals(
                List.of(
                        "claim-pending.v1",
                        "track-assigned.v1",
                        "claim-registered.v1",
                        "claim-lodged.v1",
                        "interview-scheduled.v1",
                        "interview-held.v1",
                        "decision-issued.v1",
                        "decision-notified.v1",
                        "appeal-lodged.v1",
                        "appeal-decided.v1",
                        "claim-final.v1"),
                types);
        JsonObject lodged = data(events, "appeal-lodged.v1");
        assertTrue(lodged.getBoolean("suspensive"), lodged::toString);
        assertTrue(lodged.getBoolean("suspensiveAppealPending"));
        assertTrue(lodged.getBoolean("claimPending"));
        assertEquals("CONFIRM", data(events, "appeal-decided.v1").getString("result"));
        JsonObject fin = data(events, "claim-final.v1");
        assertEquals("REJECTED", fin.getString("finalOutcome"));
        assertEquals("APPEAL_DECIDED", fin.getString("finalBy"));
        assertFalse(fin.getBoolean("claimPending"));
        assertFalse(fin.getBoolean("protectionGranted"));
        List<Long> sequences =
                events.stream().map(e -> Long.parseLong(e.getString("sequence"))).toList();
        assertEquals(sequences.stream().sorted().toList(), sequences, "in feed order");
    }

    // ---- helpers: cases ----

    private String open(String surname, String nationality) {
        Api.Reply made = officer.create("applications", person(surname, nationality, ""));
        assertEquals(201, made.status(), made::toString);
        return made.json().getString("id");
    }

    private static String person(String surname, String nationality, String more) {
        return "{\"surname\":\""
                + surname
                + "\",\"givenNames\":\"Test\",\"sex\":\"M\",\"dateOfBirth\":\"1990-04-01\","
                + "\"nationalities\":[\""
                + nationality
                + "\"],\"languages\":[\"ara\"]"
                + more
                + "}";
    }

    private String tag(String id) {
        Api.Reply read = supervisor.get("applications/" + id);
        assertEquals(200, read.status(), read::toString);
        return read.header("ETag");
    }

    private void holders(String id, String holders) {
        Api.Reply assigned =
                supervisor.put("applications/" + id + "/holders", holders, "If-Match", tag(id));
        assertEquals(200, assigned.status(), assigned::toString);
    }

    private void register(String id) {
        Api.Reply registered =
                supervisor.post("applications/" + id + "/registration", "{}", "If-Match", tag(id));
        assertEquals(200, registered.status(), registered::toString);
        assertEquals("REGISTERED", registered.json().getString("stage"));
    }

    private void lodge(String id) {
        Api.Reply lodged =
                supervisor.post("applications/" + id + "/lodging", "{}", "If-Match", tag(id));
        assertEquals(200, lodged.status(), lodged::toString);
        assertEquals("LODGED", lodged.json().getString("stage"));
    }

    /**
     * Books an interview with an interviewer of its own (no double booking across tests and runs)
     * and writes its record.
     */
    private String interviewWithRecord(String id, Api writer, String statement) {
        String interviewer = "interviewer-" + UUID.randomUUID();
        Api.Reply registered =
                supervisor.create(
                        "interviewers",
                        "{\"userName\":\""
                                + interviewer
                                + "\",\"gender\":\"M\",\"languages\":[\"ara\"]}");
        assertEquals(201, registered.status(), registered::toString);
        assertEquals(
                "Arabic (ara)",
                registered.json().getJsonArray("languageNames").getString(0),
                registered::toString);
        // a test cannot wait for a booked slot to pass, so the interview is entered after the fact:
        // it ended
        // before it was booked, and the record starts at the booked time (the same day in any time
        // zone)
        Instant at = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.MINUTES);
        Api.Reply booked =
                supervisor.create(
                        "applications/" + id + "/interviews",
                        "{\"at\":\""
                                + at
                                + "\",\"durationMinutes\":60,\"location\":\"Room 2\",\"interviewer\":\""
                                + interviewer
                                + "\",\"alreadyHeld\":true}");
        assertEquals(201, booked.status(), booked::toString);
        String interview = booked.json().getString("id");
        Instant dayBefore = at.minus(Duration.ofDays(1));
        assertRule(
                "rsd.interview.record-times",
                writer.create(
                        "applications/" + id + "/interviews/" + interview + "/record",
                        "{\"startedAt\":\""
                                + dayBefore
                                + "\",\"endedAt\":\""
                                + dayBefore.plus(Duration.ofMinutes(55))
                                + "\",\"noInterpreter\":true}"));
        Api.Reply recorded =
                writer.create(
                        "applications/" + id + "/interviews/" + interview + "/record",
                        "{\"startedAt\":\""
                                + at
                                + "\",\"endedAt\":\""
                                + at.plus(Duration.ofMinutes(55))
                                + "\","
                                + "\"noInterpreter\":true,\"readBackConfirmed\":true,"
                                + "\"materialFacts\":[{\"id\":\"arrest\",\"label\":\"Arrest after the protest\"}],"
                                + "\"statements\":[{\"factId\":\"arrest\",\"text\":\""
                                + statement
                                + "\"}],"
                                + "\"documents\":[{\"type\":\"summons\",\"originalSeen\":true,\"copyKept\":true}]}");
        assertEquals(201, recorded.status(), recorded::toString);
        return interview;
    }

    private void assessment(String id, Api writer, String reasoning) {
        Api.Reply written =
                writer.put(
                        "applications/" + id + "/assessment",
                        "{"
                                + "\"credibility\":[{\"factId\":\"arrest\",\"finding\":\"ACCEPTED\",\"reasoning\":\"Consistent "
                                + reasoning
                                + "\"}],"
                                + "\"countryOfOriginInformation\":[{\"source\":\"UNHCR\",\"title\":\"Country guidance\",\"date\":\"2025-06-01\","
                                + "\"factIds\":[\"arrest\"]}],"
                                + "\"wellFoundedFear\":{\"subjectiveElement\":\"Afraid "
                                + reasoning
                                + "\",\"objectiveElement\":\"COI\","
                                + "\"finding\":\"ESTABLISHED\"},"
                                + "\"conventionGrounds\":[{\"ground\":\"POLITICAL_OPINION\",\"finding\":\"ESTABLISHED\",\"reasoning\":\"Nexus "
                                + reasoning
                                + "\"}]}");
        assertEquals(201, written.status(), written::toString);
    }

    /**
     * A first-instance decision taken by {@code decider}, approved by {@code reviewer} (four-eyes),
     * notified.
     */
    private void decideAndNotify(
            String id, Api decider, Api reviewer, String outcome, String reasons, String comments) {
        String path = "applications/" + id + "/decision";
        Api.Reply drafted =
                decider.create(
                        path, "{\"outcome\":\"" + outcome + "\",\"reasons\":\"" + reasons + "\"}");
        assertEquals(201, drafted.status(), drafted::toString);
        Api.Reply approved =
                reviewer.post(
                        path + "/review",
                        "{\"action\":\"APPROVE\",\"comments\":\"" + comments + "\"}",
                        "If-Match",
                        decider.get(path).header("ETag"));
        assertEquals(200, approved.status(), approved::toString);
        Api.Reply notified =
                decider.create(
                        path + "/notification",
                        "{\"language\":\"ara\",\"method\":\"IN_PERSON\","
                                + "\"appealInformationGiven\":true,\"appealInformationText\":\"Appeal to the court within one month.\"}");
        assertEquals(201, notified.status(), notified::toString);
    }

    /**
     * A first-instance decision taken by {@code decider} and approved by {@code reviewer}
     * (four-eyes), not notified.
     */
    private void decideAndApprove(
            String id, Api decider, Api reviewer, String outcome, String reasons) {
        String path = "applications/" + id + "/decision";
        Api.Reply drafted =
                decider.create(
                        path, "{\"outcome\":\"" + outcome + "\",\"reasons\":\"" + reasons + "\"}");
        assertEquals(201, drafted.status(), drafted::toString);
        Api.Reply approved =
                reviewer.post(
                        path + "/review",
                        "{\"action\":\"APPROVE\"}",
                        "If-Match",
                        decider.get(path).header("ETag"));
        assertEquals(200, approved.status(), approved::toString);
    }

    /** {@code userName} on the interviewers' roster, registered if an earlier run did not. */
    private void registeredInterviewer(String userName, String gender) {
        boolean known =
                supervisor
                        .get("interviewers?includeInactive=true")
                        .array()
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .anyMatch(i -> i.getString("userName").equals(userName));
        if (!known) {
            Api.Reply registered =
                    supervisor.create(
                            "interviewers",
                            "{\"userName\":\""
                                    + userName
                                    + "\",\"gender\":\""
                                    + gender
                                    + "\",\"languages\":[\"eng\"]}");
            assertEquals(201, registered.status(), registered::toString);
        }
    }

    /**
     * A new interviewer on the roster, of its own (no double booking across tests and runs);
     * returns the user name.
     */
    private String interviewer(String gender, String... languages) {
        String name = "interviewer-" + UUID.randomUUID();
        Api.Reply registered =
                supervisor.create(
                        "interviewers",
                        "{\"userName\":\""
                                + name
                                + "\",\"gender\":\""
                                + gender
                                + "\",\"languages\":["
                                + java.util.Arrays.stream(languages)
                                        .map(l -> "\"" + l + "\"")
                                        .collect(Collectors.joining(","))
                                + "]}");
        assertEquals(201, registered.status(), registered::toString);
        return name;
    }

    /** Records a recognition rate, replacing the one an earlier run left. */
    private void rate(String nationality, String percent) {
        Api.Reply put = supervisor.put("recognition-rates/" + nationality, rateBody(percent));
        if (put.status() == 428) {
            long version =
                    supervisor
                            .get("recognition-rates")
                            .array()
                            .getValuesAs(JsonObject.class)
                            .stream()
                            .filter(r -> r.getString("nationality").equals(nationality))
                            .findFirst()
                            .orElseThrow()
                            .getJsonNumber("version")
                            .longValue();
            put =
                    supervisor.put(
                            "recognition-rates/" + nationality,
                            rateBody(percent),
                            "If-Match",
                            "\"" + version + "\"");
        }
        assertTrue(put.status() == 200 || put.status() == 201, put::toString);
    }

    private static String rateBody(String percent) {
        return "{\"ratePercent\":"
                + percent
                + ",\"period\":\"2025\",\"source\":\"EUAA Latest Asylum Trends\",\"asOf\":\""
                + LocalDate.now().minusDays(30)
                + "\"}";
    }

    private static String marker() {
        return "MARKER-" + UUID.randomUUID();
    }

    // ---- helpers: reading ----

    private static JsonObject deadline(JsonObject caseDeadlines, String rule) {
        return caseDeadlines.getJsonArray("deadlines").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("rule").equals(rule))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + caseDeadlines));
    }

    /** Every item of the sweep, page by page. */
    private List<JsonObject> sweep(String within) {
        List<JsonObject> all = new ArrayList<>();
        String after = "";
        while (true) {
            Api.Reply page = officer.get("deadlines/due?within=" + within + "&limit=1000" + after);
            assertEquals(200, page.status(), page::toString);
            JsonObject json = page.json();
            all.addAll(json.getJsonArray("items").getValuesAs(JsonObject.class));
            if (!json.containsKey("nextAfter") || json.isNull("nextAfter")) {
                return all;
            }
            after = "&after=" + json.getJsonNumber("nextAfter").longValue();
        }
    }

    /** The applications {@code who} may list, every page (following the Link rel="next"). */
    private static List<JsonObject> allApplications(Api who) {
        List<JsonObject> all = new ArrayList<>();
        String path = "applications?limit=500";
        while (path != null) {
            Api.Reply page = who.get(path);
            assertEquals(200, page.status(), page::toString);
            all.addAll(page.array().getValuesAs(JsonObject.class));
            String link = page.header("Link");
            path =
                    link == null
                            ? null
                            : link.substring(link.indexOf("applications?"), link.indexOf('>'));
        }
        return all;
    }

    /** The queue as the supervisor sees it, every page, as the raw bodies. */
    private List<String> queue() {
        List<String> pages = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            Api.Reply page = supervisor.get("queue?limit=500&offset=" + offset);
            assertEquals(200, page.status(), page::toString);
            if (page.array().isEmpty()) {
                return pages;
            }
            pages.add(page.raw().body());
        }
    }

    /** The audit records about one application (the whole trail is paged through). */
    private List<JsonObject> audit(String applicationId) {
        Api auditor = officer.as("auditor");
        List<JsonObject> found = new ArrayList<>();
        long after = 0;
        while (true) {
            JsonArray page = auditor.get("audit?after=" + after + "&limit=1000").array();
            if (page.isEmpty()) {
                return found;
            }
            for (JsonObject record : page.getValuesAs(JsonObject.class)) {
                if (applicationId.equals(record.getString("recordId", null))) {
                    found.add(record);
                }
                after = record.getJsonNumber("sequence").longValue();
            }
        }
    }

    /** The feed's pages, whole, as read by a feed reader. */
    private List<String> feedPages() {
        Api reader = officer.as("feed.reader");
        List<String> pages = new ArrayList<>();
        String after = "0";
        while (true) {
            Api.Reply reply = reader.get("events?after=" + after + "&limit=1000");
            assertEquals(200, reply.status(), reply::toString);
            JsonArray page = reply.array();
            if (page.isEmpty()) {
                return pages;
            }
            pages.add(reply.raw().body());
            after = page.getJsonObject(page.size() - 1).getString("sequence");
        }
    }

    private String feedText() {
        return String.join("\n", feedPages());
    }

    /** The events about one application, in feed order. */
    private List<JsonObject> events(String applicationId) {
        List<JsonObject> found = new ArrayList<>();
        for (String page : feedPages()) {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(page))) {
                reader.readArray().getValuesAs(JsonObject.class).stream()
                        .filter(e -> e.getString("subject").equals("applications/" + applicationId))
                        .forEach(found::add);
            }
        }
        return found;
    }

    private static JsonObject data(List<JsonObject> events, String type) {
        return events.stream()
                .filter(e -> e.getString("type").equals(EVENT + type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type))
                .getJsonObject("data");
    }

    private static List<String> fields(Api.Reply reply) {
        assertNotNull(reply.json().getJsonArray("errors"), reply::toString);
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .collect(Collectors.toList());
    }

    private static void assertNoMarker(String marker, String text, String where) {
        String run = marker.substring(0, "MARKER-".length() + 8);
        assertFalse(text.contains(run), "RSD content in " + where + ": " + excerpt(text, run));
    }

    private static String excerpt(String text, String run) {
        int at = text.indexOf(run);
        return at < 0
                ? ""
                : text.substring(Math.max(0, at - 300), Math.min(text.length(), at + 100));
    }

    private static void assertHolderRule(Api.Reply reply) {
        assertProblem(reply, 403, "forbidden");
        assertEquals(
                "rsd.case-action.file-holder", reply.json().getString("rule"), reply::toString);
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
