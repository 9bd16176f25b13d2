package org.asylon.returns.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The gate with RSD running alongside (issue 12, "What this issue must show"): entry, reception and
 * RSD in one server, return in another following their feeds, both under a profile that extends
 * eu-pact-2026 with appeals in the accelerated track that do not suspend removal and appeal windows
 * of a minute (so that an appeal lodged now is lodged on the last day). A claim made between the
 * planning and the execution of a removal blocks it; a suspensive appeal lodged on the last day
 * blocks it; an appeal without suspensive effect does not, and the gate's record says why;
 * recognition closes the case and blocks for good. RSD's decisions reach return through the feed
 * across kills and restarts of either side, each opening one case, never two.
 *
 * <p>Process-based ({@code MicroProcess}): the restarts kill the servers. The tests share the two
 * servers and each uses its own people, so they run in any order.
 */
class RsdToReturnIT {

    private static final String PROFILE = "return-journeys";
    private static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private static MicroProcess upstream;
    private static MicroProcess returns;
    private static Api rsd;
    private static Api reception;
    private static Api officer;
    private static Api operations;

    @BeforeAll
    static void start() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path profiles = Files.createTempDirectory(tmp, "profiles");
        Files.writeString(
                profiles.resolve(PROFILE + ".profile"),
                """
                [profile]
                name = return-journeys
                title = Test: eu-pact-2026 with appeals in the accelerated track that do not suspend removal, and one-minute appeal windows
                extends = eu-pact-2026

                [rule asylum.appeal.suspensive.accelerated]
                value = false
                basis = Test profile: an appeal in the accelerated track does not suspend removal
                status = national-choice

                [rule asylum.appeal.deadline]
                duration = PT1M
                basis = Test profile: a one-minute window, so that an appeal lodged now is lodged on its last day
                status = national-choice

                [rule asylum.appeal.accelerated.deadline]
                duration = PT1M
                basis = Test profile: a one-minute window
                status = national-choice
                """);
        String[] common = {
            "asylon.profile=" + PROFILE,
            "asylon.profile.dir=" + profiles,
            "asylon.rsd.finality.interval-minutes=0"
        };
        upstream =
                new MicroProcess(Files.createTempDirectory(tmp, "upstream"), common)
                        .deploying(
                                "rsd",
                                Path.of(System.getProperty("entry.war")),
                                Path.of(System.getProperty("reception.war")),
                                Path.of(System.getProperty("rsd.war")));
        upstream.with(upstream.following("entry", "entry"))
                .with(upstream.following("reception", "reception"));
        upstream.start();
        returns =
                new MicroProcess(Files.createTempDirectory(tmp, "return"), common)
                        .deploying("return", Path.of(System.getProperty("return.war")));
        for (String feed : List.of("entry", "reception", "rsd")) {
            returns.with(
                    "asylon.feed." + feed + ".url=" + upstream.moduleUrl(feed),
                    "asylon.feed." + feed + ".user=feed.reader",
                    "asylon.feed." + feed + ".password=" + Api.PASSWORD,
                    "asylon.feed." + feed + ".interval=PT0.2S",
                    "asylon.feed." + feed + ".backoff-max=PT1S");
        }
        returns.start();
        rsd = new Api(upstream.moduleUrl("rsd") + "/api/v1", "rsd.supervisor");
        reception = new Api(upstream.moduleUrl("reception") + "/api/v1", "reception.officer");
        officer = new Api(returns.base(), "return.officer");
        operations = officer.as("return.operations");
    }

    @AfterAll
    static void stop() throws Exception {
        if (returns != null) {
            returns.close();
        }
        if (upstream != null) {
            upstream.close();
        }
    }

    @Test
    void aClaimMadeBetweenPlanningAndExecutionBlocksTheRemoval() throws Exception {
        Api.Reply arrival =
                reception.create(
                        "arrivals",
                        "{\"surname\":\"Rahimi"
                                + suffix()
                                + "\",\"givenNames\":\"Farid\",\"dateOfBirth\":\"1990-02-11\","
                                + "\"sex\":\"M\",\"nationalities\":[\"IRQ\"],\"languages\":[\"ara\"],"
                                + "\"asylumRequested\":false}");
        assertEquals(201, arrival.status(), arrival::toString);
        String arrivalId = arrival.json().getString("id");
        String caseId = deskCase("Rahimi", "\"sourceArrivalId\":\"" + arrivalId + "\"", "IRQ");
        String operation = readyOperation(caseId, "IRQ");
        JsonObject planned = officer.get("cases/" + caseId + "/gate?step=REMOVAL_EXECUTED").json();
        assertTrue(planned.getBoolean("cleared"), planned::toString);

        // the person asks for asylum at reception after the removal was planned
        Api.Reply asked =
                reception.post(
                        "arrivals/" + arrivalId + "/asylum-request",
                        "",
                        "If-Match",
                        reception.get("arrivals/" + arrivalId).header("ETag"));
        assertEquals(200, asked.status(), asked::toString);

        // at once, before RSD has the claim: the gate reads reception's referral at this moment
        Api.Reply first = remove(operation);
        assertEquals(422, first.status(), first::toString);
        assertTrue(
                Set.of("return.gate.request-not-registered", "return.gate.claim-pending")
                        .contains(first.json().getString("rule")),
                first::toString);

        await(
                "RSD's application for the arrival",
                () ->
                        rsd.get("applications?limit=500").array().stream()
                                .map(a -> a.asJsonObject())
                                .filter(a -> arrivalId.equals(a.getString("sourceArrivalId", "")))
                                .findFirst());
        Api.Reply blocked = remove(operation);
        assertEquals(422, blocked.status(), blocked::toString);
        assertEquals("return.gate.claim-pending", blocked.json().getString("rule"));
        assertTrue(blocked.json().getString("legalBasis").contains("Art 33"), blocked::toString);
        assertEquals(
                "PLANNED", operations.get("operations/" + operation).json().getString("status"));
        assertTrue(officer.get("cases/" + caseId).json().getBoolean("open"));
        List<JsonObject> checks =
                officer.get("cases/" + caseId + "/gate-checks")
                        .array()
                        .getValuesAs(JsonObject.class);
        assertEquals(2, checks.size(), checks::toString);
        assertFalse(checks.get(1).getBoolean("cleared"));
    }

    @Test
    void readmissionReadsTheProtectionStatusAtTheMomentOfATransferWithoutAReturnCase()
            throws Exception {
        Api liaison = officer.as("liaison.officer");
        Api.Reply arrival =
                reception.create(
                        "arrivals",
                        "{\"surname\":\"Karimi"
                                + suffix()
                                + "\",\"givenNames\":\"Nasir\",\"dateOfBirth\":\"1992-05-14\","
                                + "\"sex\":\"M\",\"nationalities\":[\"AFG\"],\"languages\":[\"prs\"],"
                                + "\"asylumRequested\":false}");
        assertEquals(201, arrival.status(), arrival::toString);
        String arrivalId = arrival.json().getString("id");
        String query = "protection-status?arrivalId=" + arrivalId + "&destination=BGR";
        Api.Reply before = liaison.get(query);
        assertEquals(200, before.status(), before::toString);
        assertEquals(
                List.of("entry", "reception", "rsd"),
                before.json().getJsonArray("feedsFollowed").getValuesAs(JsonString::getString));
        assertTrue(before.json().getJsonArray("unreadFeeds").isEmpty(), before::toString);
        assertFalse(before.json().getBoolean("protectionRequestPending"), before::toString);
        assertFalse(before.json().getBoolean("claimPending"), before::toString);

        // the person asks for asylum at reception: no waiting for the feed, the status reads
        // reception's referral (and RSD's claim, if it is there already) at this moment
        Api.Reply asked =
                reception.post(
                        "arrivals/" + arrivalId + "/asylum-request",
                        "",
                        "If-Match",
                        reception.get("arrivals/" + arrivalId).header("ETag"));
        assertEquals(200, asked.status(), asked::toString);
        JsonObject after = liaison.get(query).json();
        assertTrue(after.getBoolean("known"), after::toString);
        assertTrue(
                after.getBoolean("protectionRequestPending") || after.getBoolean("claimPending"),
                after::toString);
        List<String> rules =
                after.getJsonArray("findings").getValuesAs(JsonObject.class).stream()
                        .map(f -> f.getString("rule"))
                        .toList();
        assertTrue(
                Set.of("return.gate.request-not-registered", "return.gate.claim-pending")
                        .containsAll(rules),
                after::toString);
        assertFalse(after.toString().contains("Karimi"), "states only: " + after);

        Api.Reply noDestination = liaison.get("protection-status?arrivalId=" + arrivalId);
        assertEquals(400, noDestination.status(), noDestination::toString);
        assertTrue(noDestination.raw().body().contains("destination"), noDestination::toString);
        Api.Reply noLink = liaison.get("protection-status?destination=BGR");
        assertEquals(400, noLink.status(), noLink::toString);
        assertEquals(403, liaison.get("cases").status(), "the liaison desk reads no return case");
        assertEquals(403, officer.as("partner.iom").get(query).status());
    }

    @Test
    void aSuspensiveAppealLodgedOnTheLastDayBlocksTheRemoval() throws Exception {
        String application = rejected("Haddad", "IRQ");
        assertEquals("regular", track(application));
        String caseId = deskCase("Haddad", "\"rsdApplicationId\":\"" + application + "\"", "IRQ");
        String operation = readyOperation(caseId, "IRQ");
        Api.Reply windowOpen = remove(operation);
        assertEquals(
                "return.gate.claim-pending",
                windowOpen.json().getString("rule"),
                windowOpen::toString);

        JsonObject appeal = appeal(application);
        assertFalse(appeal.getBoolean("late"), appeal::toString);
        assertEquals(
                LocalDate.now(ZONE).toString(),
                appeal.getString("appealDeadline"),
                appeal::toString);
        assertTrue(appeal.getJsonObject("suspensive").getBoolean("value"), appeal::toString);

        // no waiting for the feed: the gate reads RSD to its end at the moment of execution
        Api.Reply blocked = remove(operation);
        assertEquals(422, blocked.status(), blocked::toString);
        assertEquals("return.gate.suspensive-appeal-pending", blocked.json().getString("rule"));
        assertTrue(
                blocked.json().getString("detail").contains("asylum.appeal.suspensive.regular"),
                blocked::toString);
    }

    @Test
    void anAppealWithoutSuspensiveEffectDoesNotBlockAndTheGateSaysWhy() throws Exception {
        Api.Reply designated =
                rsd.put(
                        "safe-countries-of-origin/GEO",
                        "{\"basis\":\"National list of safe countries of origin, Art 2\","
                                + "\"source\":\"Official Gazette 2026/41\",\"designatedOn\":\"2026-02-01\"}");
        assertTrue(Set.of(200, 201, 428).contains(designated.status()), designated::toString);
        String application = rejected("Beridze", "GEO");
        assertEquals("accelerated", track(application));
        String caseId = deskCase("Beridze", "\"rsdApplicationId\":\"" + application + "\"", "GEO");
        String operation = readyOperation(caseId, "GEO");
        JsonObject appeal = appeal(application);
        assertFalse(appeal.getJsonObject("suspensive").getBoolean("value"), appeal::toString);
        assertEquals(
                "asylum.appeal.suspensive.accelerated",
                appeal.getJsonObject("suspensive").getString("rule"));

        Api.Reply removed = remove(operation);
        assertEquals(200, removed.status(), removed::toString);
        assertEquals("EXECUTED", removed.json().getString("status"));
        List<JsonObject> checks =
                officer.get("cases/" + caseId + "/gate-checks")
                        .array()
                        .getValuesAs(JsonObject.class);
        JsonObject cleared = checks.get(checks.size() - 1);
        assertTrue(cleared.getBoolean("cleared"), cleared::toString);
        assertTrue(
                cleared.getString("explanation").contains("asylum.appeal.suspensive.accelerated"),
                cleared::toString);
        assertEquals("REMOVED", officer.get("cases/" + caseId).json().getString("closure"));
    }

    @Test
    void recognitionClosesTheCaseAndBlocksForGood() throws Exception {
        String application = rejected("Tesfay", "ERI");
        String caseId = deskCase("Tesfay", "\"rsdApplicationId\":\"" + application + "\"", "ERI");
        String operation = readyOperation(caseId, "ERI");
        appeal(application);
        Api.Reply overturned =
                rsd.as("appeal.officer")
                        .create(
                                "applications/" + application + "/appeal/decision",
                                "{\"result\":\"OVERTURN\",\"newOutcome\":\"RECOGNISED_REFUGEE\","
                                        + "\"legalBasis\":\"eu-qualification\",\"reasons\":"
                                        + "\"Persecuted for desertion from indefinite national service.\"}");
        assertEquals(201, overturned.status(), overturned::toString);

        JsonObject closed =
                await(
                        "the case closed by RSD's recognition",
                        () ->
                                Optional.of(officer.get("cases/" + caseId).json())
                                        .filter(c -> !c.getBoolean("open")));
        assertEquals("PROTECTION_GRANTED", closed.getString("closure"));
        assertEquals(
                "CANCELLED", operations.get("operations/" + operation).json().getString("status"));
        Api.Reply ended = remove(operation);
        assertTrue(ended.status() == 409 || ended.status() == 422, ended::toString);

        // a new case for the same person is blocked at the gate, for good
        String again = deskCase("Tesfay", "\"rsdApplicationId\":\"" + application + "\"", "ERI");
        String second = readyOperation(again, "ERI");
        Api.Reply blocked = remove(second);
        assertEquals(422, blocked.status(), blocked::toString);
        assertEquals("return.gate.protection-granted", blocked.json().getString("rule"));
        Api.Reply override =
                officer.as("return.authority")
                        .create(
                                "cases/" + again + "/gate-overrides",
                                "{\"step\":\"REMOVAL_EXECUTED\",\"rule\":\"return.gate.protection-granted\","
                                        + "\"authority\":\"Minister of the Interior\",\"reasons\":"
                                        + "\"An attempt that the gate must refuse whatever is written.\"}");
        assertEquals(422, override.status(), override::toString);
        assertEquals("return.gate.override", override.json().getString("rule"));
    }

    @Test
    void rsdsDecisionsReachReturnOnceAcrossRestartsOfEitherSide() throws Exception {
        returns.kill();
        String whileDown = finalNegative("Karimi", "AFG");
        String withdrawn = withdrawnClaim("Nazari", "AFG");
        returns.start();
        officer = new Api(returns.base(), "return.officer");
        operations = officer.as("return.operations");
        awaitCase(whileDown, "final-negative");
        awaitCase(withdrawn, "withdrawn");

        upstream.kill();
        Thread.sleep(1500); // the followers meet a closed port and back off
        assertEquals(200, officer.get("cases?state=all&limit=10").status(), "return answers alone");
        upstream.start();
        String after = finalNegative("Ahmadi", "AFG");
        awaitCase(after, "final-negative");

        for (String application : List.of(whileDown, withdrawn, after)) {
            long cases =
                    officer.get("cases?state=all&limit=500").array().stream()
                            .map(c -> c.asJsonObject())
                            .filter(c -> application.equals(c.getString("rsdApplicationId", "")))
                            .count();
            assertEquals(1, cases, "one case for application " + application);
        }
    }

    // ---- RSD ----

    /** An application at RSD's desk, decided REJECTED and notified now. */
    private static String rejected(String surname, String nationality) {
        Api.Reply opened =
                rsd.create(
                        "applications",
                        "{\"surname\":\""
                                + surname
                                + suffix()
                                + "\",\"givenNames\":\"Test\",\"dateOfBirth\":\"1992\",\"sex\":\"M\","
                                + "\"nationalities\":[\""
                                + nationality
                                + "\"],\"languages\":[\"eng\"],\"madeAt\":\""
                                + Instant.now()
                                        .minus(Duration.ofDays(20))
                                        .truncatedTo(ChronoUnit.SECONDS)
                                + "\",\"registeredAt\":\""
                                + Instant.now()
                                        .minus(Duration.ofDays(19))
                                        .truncatedTo(ChronoUnit.SECONDS)
                                + "\"}");
        assertEquals(201, opened.status(), opened::toString);
        String id = opened.json().getString("id");
        ok(
                rsd.put(
                        "applications/" + id + "/holders",
                        "{\"officer\":\"eligibility.officer\",\"reviewer\":\"eligibility.officer2\","
                                + "\"appealOfficer\":\"appeal.officer\"}",
                        "If-Match",
                        etag(id)));
        ok(rsd.post("applications/" + id + "/lodging", "{}", "If-Match", etag(id)));
        Api eligibility = rsd.as("eligibility.officer");
        String decision = "applications/" + id + "/decision";
        Api.Reply drafted =
                eligibility.create(
                        decision,
                        "{\"outcome\":\"REJECTED\",\"reasons\":\"No well-founded fear established.\"}");
        assertEquals(201, drafted.status(), drafted::toString);
        ok(
                rsd.as("eligibility.officer2")
                        .post(
                                decision + "/review",
                                "{\"action\":\"APPROVE\"}",
                                "If-Match",
                                eligibility.get(decision).header("ETag")));
        Api.Reply notified =
                eligibility.create(
                        decision + "/notification",
                        "{\"language\":\"eng\",\"method\":\"IN_PERSON\",\"appealInformationGiven\":true,"
                                + "\"appealInformationText\":\"You may appeal to the Appeals Board.\"}");
        assertTrue(Set.of(200, 201).contains(notified.status()), notified::toString);
        return id;
    }

    /** An appeal lodged now, within the one-minute window: on its last day. */
    private static JsonObject appeal(String application) {
        Api.Reply lodged =
                rsd.as("eligibility.officer")
                        .create("applications/" + application + "/appeal", "{}");
        assertEquals(201, lodged.status(), lodged::toString);
        return lodged.json();
    }

    /** Rejected, appealed and confirmed on appeal: final. */
    private static String finalNegative(String surname, String nationality) {
        String id = rejected(surname, nationality);
        appeal(id);
        Api.Reply confirmed =
                rsd.as("appeal.officer")
                        .create(
                                "applications/" + id + "/appeal/decision",
                                "{\"result\":\"CONFIRM\",\"reasons\":\"The first instance is right.\"}");
        assertEquals(201, confirmed.status(), confirmed::toString);
        return id;
    }

    private static String withdrawnClaim(String surname, String nationality) {
        Api.Reply opened =
                rsd.create(
                        "applications",
                        "{\"surname\":\""
                                + surname
                                + suffix()
                                + "\",\"givenNames\":\"Test\",\"dateOfBirth\":\"1995\",\"sex\":\"F\","
                                + "\"nationalities\":[\""
                                + nationality
                                + "\"],\"languages\":[\"prs\"],\"madeAt\":\""
                                + Instant.now()
                                        .minus(Duration.ofDays(5))
                                        .truncatedTo(ChronoUnit.SECONDS)
                                + "\"}");
        assertEquals(201, opened.status(), opened::toString);
        String id = opened.json().getString("id");
        Api.Reply withdrawn =
                rsd.post(
                        "applications/" + id + "/withdrawal",
                        "{\"outcome\":\"WITHDRAWN\"}",
                        "If-Match",
                        etag(id));
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        return id;
    }

    private static String track(String application) {
        return rsd.get("applications/" + application)
                .json()
                .getJsonObject("track")
                .getString("code");
    }

    private static String etag(String application) {
        return rsd.get("applications/" + application).header("ETag");
    }

    // ---- return ----

    private static String deskCase(String surname, String links, String country) {
        Api.Reply opened =
                officer.create(
                        "cases",
                        "{\"origin\":\"DESK\",\"surname\":\""
                                + surname
                                + "\",\"givenNames\":\"Test\",\"nationalities\":[\""
                                + country
                                + "\"],"
                                + links
                                + "}");
        assertEquals(201, opened.status(), opened::toString);
        String caseId = opened.json().getString("id");
        // the return decision a removal enforces: no period (a risk of absconding), notified
        Api.Reply decided =
                officer.create(
                        "cases/" + caseId + "/decisions",
                        "{\"groundCode\":\"illegal-stay\",\"reasons\":\"Stays without a permit.\","
                                + "\"countryOfReturn\":{\"country\":\""
                                + country
                                + "\",\"basis\":\"NATIONALITY\"},\"voluntaryDeparture\":{\"days\":0,"
                                + "\"shorteningGrounds\":[\"risk-of-absconding\"],\"reasons\":\"Absconded.\"}}");
        assertEquals(201, decided.status(), decided::toString);
        String decision = decided.json().getString("id");
        ok(
                officer.post(
                        "decisions/" + decision + "/notification",
                        "{\"notifiedAt\":\""
                                + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                                + "\",\"method\":\"IN_PERSON\"}",
                        "If-Match",
                        officer.get("decisions/" + decision).header("ETag")));
        return caseId;
    }

    /** A laissez-passer issued, an operation planned with an escort, fit, a monitor on it. */
    private static String readyOperation(String caseId, String country) {
        Api.Reply requested =
                operations.create(
                        "cases/" + caseId + "/travel-documents",
                        "{\"kind\":\"LAISSEZ_PASSER\",\"issuingCountry\":\""
                                + country
                                + "\",\"authority\":\"Consulate\",\"requestReference\":\"NV "
                                + suffix()
                                + "\"}");
        assertEquals(201, requested.status(), requested::toString);
        String document = requested.json().getString("id");
        LocalDate today = LocalDate.now(ZONE);
        ok(
                operations.post(
                        "travel-documents/" + document + "/issue",
                        "{\"documentNumber\":\"LP-"
                                + suffix()
                                + "\",\"issuedOn\":\""
                                + today
                                + "\",\"validUntil\":\""
                                + today.plusDays(30)
                                + "\"}",
                        "If-Match",
                        operations.get("travel-documents/" + document).header("ETag")));
        Api.Reply planned =
                operations.create(
                        "cases/" + caseId + "/operations",
                        "{\"mode\":\"FLIGHT\",\"departureAt\":\""
                                + Instant.now()
                                        .plus(Duration.ofDays(2))
                                        .truncatedTo(ChronoUnit.SECONDS)
                                + "\",\"departurePlace\":\"Brussels Airport\",\"destinationCountry\":\""
                                + country
                                + "\",\"travelDocumentId\":\""
                                + document
                                + "\",\"escorts\":[{\"userName\":\"escort.lead\",\"function\":\"TEAM_LEADER\"}]}");
        assertEquals(201, planned.status(), planned::toString);
        String id = planned.json().getString("id");
        Api.Reply fit =
                operations.create(
                        "operations/" + id + "/fitness",
                        "{\"finding\":\"FIT\",\"assessedBy\":\"Dr A. Peeters\",\"certificateReference\":\"MC-1\"}");
        assertEquals(201, fit.status(), fit::toString);
        ok(
                officer.as("monitor")
                        .post(
                                "operations/" + id + "/monitors",
                                "{\"organisation\":\"National preventive mechanism\"}",
                                "If-Match",
                                "*"));
        return id;
    }

    private static Api.Reply remove(String operation) {
        return operations.post(
                "operations/" + operation + "/removal",
                "{}",
                "If-Match",
                operations.get("operations/" + operation).header("ETag"));
    }

    private static JsonObject awaitCase(String application, String ground)
            throws InterruptedException {
        JsonObject c =
                await(
                        "return's case for application " + application,
                        () ->
                                officer.get("cases?state=all&limit=500").array().stream()
                                        .map(x -> x.asJsonObject())
                                        .filter(
                                                x ->
                                                        application.equals(
                                                                x.getString(
                                                                        "rsdApplicationId", "")))
                                        .findFirst());
        assertEquals("RSD", c.getString("origin"));
        assertEquals(ground, c.getString("openingGround"));
        return c;
    }

    private static void ok(Api.Reply reply) {
        assertEquals(200, reply.status(), reply::toString);
    }

    private static <T> T await(String what, Supplier<Optional<T>> probe)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("not within 60 s: " + what);
    }

    private static String suffix() {
        StringBuilder letters = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
            letters.append((char) ('a' + Character.digit(c, 16)));
        }
        return letters.toString();
    }
}
