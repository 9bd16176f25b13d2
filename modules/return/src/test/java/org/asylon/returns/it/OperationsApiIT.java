package org.asylon.returns.it;

import static org.asylon.kernel.testing.ApiReading.assertProblem;
import static org.asylon.kernel.testing.ApiReading.audit;
import static org.asylon.kernel.testing.ApiReading.awaitEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.UUID;
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
 * Travel documents and return operations over REST, black-box against the built WAR on Payara Micro
 * (return alone, eu-pact-2026, RSD's feed not followed, so every step carries the officer's
 * protection check): a laissez-passer is requested, issued and planned on; the removal passes the
 * real gate only with a monitor (the profile's return.forced-return.monitor, Return Directive Art
 * 8(6) as the issue names it, unconfirmed), a medical finding of fitness and a document valid that
 * day, and closes the case REMOVED; a request for protection made at the airport blocks the removal
 * and a feared country is barred; a handover at a border names who took the person over; the
 * monitors' observations are read by monitors and the authority only and changed by nobody, every
 * attempt on the audit trail; after return the designated partner reports back. Retries create
 * nothing twice, bad input names the field, roles are enforced. One deployment serves every test;
 * each test opens its own case, so they run in any order and on a database kept from earlier runs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsApiIT {

    private static final String EVENT = "org.asylon.return.";
    private static final ZoneId PROFILE_ZONE = ZoneId.of("Europe/Brussels");

    @ArquillianResource URL base;

    Api officer;
    Api operations;
    Api authority;
    Api monitor;
    Api unhcr;
    Api partner;
    Api auditor;
    Api feed;
    Api anonymous;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "return.war")
                .importFrom(new File(System.getProperty("return.war", "target/return.war")))
                .as(WebArchive.class);
    }

    @BeforeEach
    void clients() {
        // loopback only: the connector may report the machine's outward address
        String root = "http://127.0.0.1:" + base.getPort() + "/return/api/v1";
        officer = new Api(root, "return.officer");
        operations = officer.as("return.operations");
        authority = officer.as("return.authority");
        monitor = officer.as("monitor");
        unhcr = officer.as("monitor.unhcr");
        partner = officer.as("partner.iom");
        auditor = officer.as("auditor");
        feed = officer.as("feed.reader");
        anonymous = new Api(root, null);
    }

    // ---- the removal through the gate ----

    @Test
    void aRemovalWithAMonitorAFitnessFindingAndAValidLaissezPasserPassesTheGateAndClosesTheCase() {
        String caseId = openCase();
        String document = issuedLaissezPasser(caseId);
        JsonObject planned = plan(caseId, document, "IRQ");
        String id = planned.getString("id");
        assertEquals("PLANNED", planned.getString("status"));
        assertEquals(
                List.of("return.forced-return.monitor", "return.operation.fitness-to-travel"),
                rules(planned.getJsonArray("outstanding")));

        fit(id);
        Api.Reply read = operations.get("operations/" + id);
        Api.Reply taken =
                monitor.post(
                        "operations/" + id + "/monitors",
                        "{\"organisation\":\"National preventive mechanism\"}",
                        "If-Match",
                        read.header("ETag"));
        assertEquals(200, taken.status(), taken::toString);
        assertEquals(0, taken.json().getJsonArray("outstanding").size(), taken::toString);
        assertEquals(
                "monitor",
                taken.json().getJsonArray("monitors").getJsonObject(0).getString("userName"));

        // without RSD's feed the gate needs the officer's check at this moment
        Api.Reply noCheck =
                operations.post(
                        "operations/" + id + "/removal", "{}", "If-Match", taken.header("ETag"));
        assertProblem(noCheck, 422, "rule-violated");
        assertEquals("return.gate.protection-check", noCheck.json().getString("rule"));
        assertEquals("PLANNED", operations.get("operations/" + id).json().getString("status"));

        Api.Reply removed =
                operations.post(
                        "operations/" + id + "/removal",
                        "{\"protectionCheck\":" + noClaim() + "}",
                        "If-Match",
                        taken.header("ETag"));
        assertEquals(200, removed.status(), removed::toString);
        assertEquals("EXECUTED", removed.json().getString("status"));
        assertEquals("REMOVAL_EXECUTED", removed.json().getString("executedStep"));
        String check = removed.json().getString("gateCheckId");
        assertClosedRemoved(caseId);

        List<JsonObject> events =
                awaitEvents(
                        feed,
                        e ->
                                (EVENT + "removal-executed.v1").equals(e.getString("type"))
                                        && ("operations/" + id).equals(e.getString("subject")),
                        1);
        assertEquals(1, events.size());
        assertEquals(check, events.get(0).getJsonObject("data").getString("gateCheckId"));

        // again: the operation is carried out, the case closed
        assertProblem(
                operations.post(
                        "operations/" + id + "/removal",
                        "{\"protectionCheck\":" + noClaim() + "}",
                        "If-Match",
                        removed.header("ETag")),
                409,
                "conflict");
    }

    @Test
    void theGateStopsABarePlanForTheMonitorTheFitnessAndTheTravelDocumentAndNothingIsRecorded() {
        String caseId = openCase();
        String id = plan(caseId, null, "IRQ").getString("id");
        Api.Reply refused =
                operations.post(
                        "operations/" + id + "/removal",
                        "{\"protectionCheck\":" + noClaim() + "}",
                        "If-Match",
                        "*");
        assertProblem(refused, 422, "rule-violated");
        assertEquals("return.forced-return.monitor", refused.json().getString("rule"));
        assertTrue(refused.json().getString("legalBasis").contains("Art 8(6)"), refused::toString);
        assertTrue(
                refused.json().getString("legalBasis").contains("unconfirmed"), refused::toString);
        String blocking = refused.json().getString("blockingRules");
        for (String rule :
                List.of(
                        "return.forced-return.monitor",
                        "return.operation.fitness-to-travel",
                        "return.operation.travel-document")) {
            assertTrue(blocking.contains(rule), blocking);
        }
        assertEquals("PLANNED", operations.get("operations/" + id).json().getString("status"));
        assertOpen(caseId);
        assertEquals(
                1,
                awaitEvents(
                                feed,
                                e ->
                                        (EVENT + "execution-blocked.v1").equals(e.getString("type"))
                                                && ("cases/" + caseId)
                                                        .equals(e.getString("subject")),
                                1)
                        .size(),
                "the gate publishes the refusal although the step rolled back");
    }

    @Test
    void aRequestForProtectionAtTheAirportBlocksTheRemovalAndItsFearedCountryIsBarred() {
        String caseId = openCase();
        String id = readyOperation(caseId);
        Api.Reply heard =
                officer.create(
                        "cases/" + caseId + "/protection-requests",
                        "{\"madeAt\":\""
                                + Instant.now().minusSeconds(60)
                                + "\",\"where\":\"AIRPORT\",\"fearedCountries\":[\"IRQ\"]}");
        assertEquals(201, heard.status(), heard::toString);

        Api.Reply refused =
                operations.post(
                        "operations/" + id + "/removal",
                        "{\"protectionCheck\":" + noClaim() + "}",
                        "If-Match",
                        "*");
        assertProblem(refused, 422, "rule-violated");
        assertTrue(
                refused.json()
                        .getString("blockingRules")
                        .contains("return.operation.feared-country"),
                refused::toString);
        JsonObject read = operations.get("operations/" + id).json();
        assertEquals("PLANNED", read.getString("status"));
        assertTrue(
                rules(read.getJsonArray("outstanding"))
                        .contains("return.operation.feared-country"));

        // the plan cannot be moved to the feared country either: another one is chosen
        Api.Reply replanned =
                operations.put(
                        "operations/" + id + "/plan",
                        planBody("FLIGHT", "IRQ", null),
                        "If-Match",
                        operations.get("operations/" + id).header("ETag"));
        assertProblem(replanned, 422, "rule-violated");
        assertEquals("return.operation.feared-country", replanned.json().getString("rule"));
    }

    @Test
    void aHandoverAtABorderNamesWhoTookThePersonOverAndClosesTheCase() {
        String caseId = openCase("ALB");
        String document =
                created(
                                operations.create(
                                        "cases/" + caseId + "/travel-documents",
                                        "{\"kind\":\"PASSPORT\",\"issuingCountry\":\"ALB\","
                                                + "\"authority\":\"Embassy of Albania, Rome\"}"))
                        .getString("id");
        issue(document);
        String id = plan(caseId, document, "ALB", "LAND").getString("id");
        fit(id);
        takeOn(monitor, id);

        Api.Reply nobody =
                operations.post(
                        "operations/" + id + "/handover",
                        "{\"protectionCheck\":" + noClaim() + "}",
                        "If-Match",
                        "*");
        assertTrue(nobody.status() == 400 || nobody.status() == 422, nobody::toString);
        assertTrue(fields(nobody).contains("receivingAuthority"), nobody::toString);

        Api.Reply handed =
                operations.post(
                        "operations/" + id + "/handover",
                        "{\"receivingAuthority\":\"Albanian border police, Kakavia\","
                                + "\"protectionCheck\":"
                                + noClaim()
                                + "}",
                        "If-Match",
                        "*");
        assertEquals(200, handed.status(), handed::toString);
        assertEquals("BORDER_HANDOVER", handed.json().getString("executedStep"));
        assertClosedRemoved(caseId);
        assertEquals(
                1,
                awaitEvents(
                                feed,
                                e ->
                                        (EVENT + "handed-over-at-border.v1")
                                                        .equals(e.getString("type"))
                                                && ("operations/" + id)
                                                        .equals(e.getString("subject")),
                                1)
                        .size());
    }

    // ---- monitoring ----

    @Test
    void observationsAreReadByMonitorsAndTheAuthorityOnlyAndNobodyChangesThemEveryAttemptAudited() {
        String caseId = openCase();
        String operation = plan(caseId, null, "IRQ").getString("id");
        JsonObject observation =
                created(
                        monitor.create(
                                "operations/" + operation + "/observations",
                                "{\"phase\":\"PRE_DEPARTURE\",\"concern\":true,"
                                        + "\"text\":\"Woken at 3 a.m. without notice of the flight.\"}"));
        String id = observation.getString("id");
        assertEquals("monitor", observation.getString("recordedBy"));

        assertEquals(1, unhcr.get("operations/" + operation + "/observations").array().size());
        assertEquals(200, authority.get("observations/" + id).status());
        for (Api other : List.of(officer, operations)) {
            Api.Reply list = other.get("operations/" + operation + "/observations");
            assertProblem(list, 403, "forbidden");
            assertFalse(list.raw().body().contains("3 a.m."), list::toString);
            assertProblem(other.get("observations/" + id), 403, "forbidden");
            assertProblem(other.put("observations/" + id, "{\"text\":\"calm\"}"), 403, "forbidden");
            assertProblem(other.send("DELETE", "observations/" + id, null, null), 403, "forbidden");
        }
        Api.Reply delete = monitor.send("DELETE", "observations/" + id, null, null);
        assertProblem(delete, 422, "rule-violated");
        assertEquals("return.monitoring.records-kept", delete.json().getString("rule"));
        assertProblem(
                unhcr.create("observations/" + id + "/amendments", "{\"text\":\"Not so.\"}"),
                403,
                "forbidden");
        Api.Reply amended =
                monitor.create(
                        "observations/" + id + "/amendments",
                        "{\"text\":\"The notice was given at 2 a.m., by an escort.\"}");
        assertEquals(200, amended.status(), amended::toString);
        assertTrue(amended.json().getString("text").contains("3 a.m."), "the original stays");

        List<JsonObject> reads = audit(auditor, "operation-monitoring.read-refused");
        List<JsonObject> changes = audit(auditor, "operation-monitoring.change-refused");
        for (String actor : List.of("return.officer", "return.operations")) {
            assertTrue(
                    reads.stream()
                            .anyMatch(
                                    r ->
                                            actor.equals(r.getString("actor"))
                                                    && id.equals(r.getString("recordId"))),
                    actor + " reading " + id + " is not on the trail");
            for (String method : List.of("PUT", "DELETE")) {
                assertTrue(
                        changes.stream()
                                .anyMatch(
                                        r ->
                                                actor.equals(r.getString("actor"))
                                                        && id.equals(r.getString("recordId"))
                                                        && r.getString("details")
                                                                .startsWith(method + " by")),
                        actor + " " + method + " " + id + " is not on the trail");
            }
        }
        assertTrue(
                changes.stream()
                        .anyMatch(
                                r ->
                                        "monitor.unhcr".equals(r.getString("actor"))
                                                && id.equals(r.getString("recordId"))),
                "another monitor's amendment is on the trail");
        JsonObject event =
                awaitEvents(
                                feed,
                                e ->
                                        (EVENT + "observation-recorded.v1")
                                                        .equals(e.getString("type"))
                                                && ("observations/" + id)
                                                        .equals(e.getString("subject")),
                                1)
                        .get(0);
        assertFalse(event.toString().contains("3 a.m."), event::toString);
    }

    @Test
    void afterTheRemovalTheDesignatedPartnerReportsBackAndReadsOnlyItsOwnReports() {
        String caseId = openCase();
        String id = readyOperation(caseId);
        Api.Reply before =
                monitor.create(
                        "operations/" + id + "/post-return-reports",
                        "{\"organisation\":\"NPM\",\"contactOn\":\""
                                + today()
                                + "\",\"contact\":\"NOT_REACHED\",\"concern\":\"NONE\"}");
        assertProblem(before, 409, "conflict");

        Api.Reply designated =
                operations.put(
                        "operations/" + id + "/post-return-partner",
                        "{\"organisation\":\"IOM Iraq\",\"users\":[\"partner.iom\"]}",
                        "If-Match",
                        operations.get("operations/" + id).header("ETag"));
        assertEquals(200, designated.status(), designated::toString);
        Api.Reply removed =
                operations.post(
                        "operations/" + id + "/removal",
                        "{\"protectionCheck\":" + noClaim() + "}",
                        "If-Match",
                        designated.header("ETag"));
        assertEquals(200, removed.status(), removed::toString);

        JsonObject report =
                created(
                        partner.create(
                                "operations/" + id + "/post-return-reports",
                                "{\"contactOn\":\""
                                        + today()
                                        + "\",\"contact\":\"REACHED_REMOTELY\",\"concern\":\"LIVELIHOOD\","
                                        + "\"note\":\"Staying with an uncle.\"}"));
        assertEquals("PARTNER", report.getString("reportedAs"));
        assertEquals("IOM Iraq", report.getString("organisation"));
        created(
                monitor.create(
                        "operations/" + id + "/post-return-reports",
                        "{\"organisation\":\"National preventive mechanism\",\"contactOn\":\""
                                + today()
                                + "\",\"contact\":\"MET_IN_PERSON\",\"concern\":\"NONE\"}"));
        assertEquals(2, officer.get("operations/" + id + "/post-return-reports").array().size());
        assertEquals(1, partner.get("operations/" + id + "/post-return-reports").array().size());

        // a partner not designated on another operation is refused, and recorded
        String other = readyOperation(openCase());
        assertProblem(
                partner.get("operations/" + other + "/post-return-reports"), 403, "forbidden");
        assertTrue(
                audit(auditor, "operation-monitoring.read-refused").stream()
                        .anyMatch(
                                r ->
                                        "partner.iom".equals(r.getString("actor"))
                                                && other.equals(r.getString("recordId"))));
        JsonObject event =
                awaitEvents(
                                feed,
                                e ->
                                        (EVENT + "post-return-report-recorded.v1")
                                                        .equals(e.getString("type"))
                                                && ("post-return-reports/" + report.getString("id"))
                                                        .equals(e.getString("subject")),
                                1)
                        .get(0);
        assertFalse(event.toString().contains("uncle"), event::toString);
    }

    // ---- the contract ----

    @Test
    void retriesCreateNothingTwiceBadInputNamesTheFieldAndChangesNeedTheVersionRead() {
        String caseId = openCase();
        String key = UUID.randomUUID().toString();
        String body =
                "{\"kind\":\"LAISSEZ_PASSER\",\"issuingCountry\":\"IRQ\","
                        + "\"authority\":\"Consulate General of Iraq, Rome\"}";
        Api.Reply first =
                operations.post(
                        "cases/" + caseId + "/travel-documents", body, "Idempotency-Key", key);
        Api.Reply retry =
                operations.post(
                        "cases/" + caseId + "/travel-documents", body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first::toString);
        assertEquals("true", retry.header("Idempotency-Replayed"));
        assertEquals(first.json().getString("id"), retry.json().getString("id"));
        assertEquals(1, operations.get("cases/" + caseId + "/travel-documents").array().size());

        Api.Reply stateless =
                operations.create(
                        "cases/" + caseId + "/travel-documents",
                        "{\"kind\":\"LAISSEZ_PASSER\",\"issuingCountry\":\"XXA\",\"authority\":\"x\"}");
        assertTrue(fields(stateless).contains("issuingCountry"), stateless::toString);
        Api.Reply unknown =
                operations.create(
                        "cases/" + caseId + "/operations",
                        "{\"mode\":\"FLIGHT\",\"departureAt\":\"2026-12-15T06:40:00Z\","
                                + "\"departurePlace\":\"FCO\",\"destinationCountry\":\"IRQ\",\"colour\":\"red\"}");
        assertTrue(unknown.status() == 400 || unknown.status() == 422, unknown::toString);

        String id = plan(caseId, null, "IRQ").getString("id");
        assertProblem(
                operations.put("operations/" + id + "/plan", planBody("FLIGHT", "IRQ", null)),
                428,
                "precondition-required");
        assertProblem(
                operations.put(
                        "operations/" + id + "/plan",
                        planBody("FLIGHT", "IRQ", null),
                        "If-Match",
                        "\"99\""),
                412,
                "precondition-failed");
        Api.Reply second =
                operations.create(
                        "cases/" + caseId + "/operations", planBody("FLIGHT", "IRQ", null));
        assertProblem(second, 409, "conflict");
    }

    @Test
    void eachRoleDoesItsOwnWork() {
        String caseId = openCase();
        String id = plan(caseId, null, "IRQ").getString("id");
        assertProblem(
                monitor.create("cases/" + caseId + "/operations", planBody("FLIGHT", "IRQ", null)),
                403,
                "forbidden");
        assertProblem(
                officer.create("cases/" + caseId + "/operations", planBody("FLIGHT", "IRQ", null)),
                403,
                "forbidden");
        assertProblem(
                operations.post(
                        "operations/" + id + "/monitors",
                        "{\"organisation\":\"NPM\"}",
                        "If-Match",
                        "*"),
                403,
                "forbidden");
        assertProblem(partner.get("operations/" + id), 403, "forbidden");
        assertProblem(
                monitor.post("operations/" + id + "/removal", "{}", "If-Match", "*"),
                403,
                "forbidden");
        assertEquals(200, monitor.get("operations/" + id).status());
        assertEquals(200, monitor.get("operations?status=PLANNED&limit=500").status());
        assertProblem(operations.get("operations?status=SOON"), 400, "invalid-request");
        assertEquals(401, anonymous.get("operations/" + id).status());
        assertEquals(200, auditor.get("audit?after=0&limit=1").status());
    }

    // ---- helpers ----

    private String openCase() {
        return openCase("IRQ");
    }

    /**
     * A desk case of a national of {@code country}, with a return decision to it in force: no
     * period for voluntary departure (a risk of absconding), notified — what a removal enforces.
     */
    private String openCase(String country) {
        String caseId =
                created(
                                officer.create(
                                        "cases",
                                        "{\"origin\":\"DESK\",\"originReference\":\"desk "
                                                + UUID.randomUUID()
                                                + "\",\"surname\":\"Haddad\",\"givenNames\":\"Karim\","
                                                + "\"dateOfBirth\":\"1994-03-02\",\"sex\":\"M\","
                                                + "\"nationalities\":[\""
                                                + country
                                                + "\"]}"))
                        .getString("id");
        String decision =
                created(
                                officer.create(
                                        "cases/" + caseId + "/decisions",
                                        "{\"groundCode\":\"illegal-stay\",\"reasons\":\"Stays without a"
                                                + " permit.\",\"countryOfReturn\":{\"country\":\""
                                                + country
                                                + "\",\"basis\":\"NATIONALITY\"},\"voluntaryDeparture\":"
                                                + "{\"days\":0,\"shorteningGrounds\":[\"risk-of-absconding\"],"
                                                + "\"reasons\":\"Absconded twice.\"}}"))
                        .getString("id");
        Api.Reply notified =
                officer.post(
                        "decisions/" + decision + "/notification",
                        "{\"notifiedAt\":\""
                                + Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS)
                                + "\",\"method\":\"IN_PERSON\"}",
                        "If-Match",
                        officer.get("decisions/" + decision).header("ETag"));
        assertEquals(200, notified.status(), notified::toString);
        return caseId;
    }

    /**
     * The case's closure, as the feed tells it ({@code GET cases/{id}} is shadowed on this branch
     * by the protection resource's class path {@code cases/{id}}: reported to the coordinator).
     */
    private void assertClosedRemoved(String caseId) {
        List<JsonObject> closed =
                awaitEvents(
                        feed,
                        e ->
                                (EVENT + "case-closed.v1").equals(e.getString("type"))
                                        && ("cases/" + caseId).equals(e.getString("subject")),
                        1);
        assertEquals(1, closed.size(), "case-closed of " + caseId);
        assertEquals("REMOVED", closed.get(0).getJsonObject("data").getString("closure"));
    }

    /** Only an open case gets a new travel document request. */
    private void assertOpen(String caseId) {
        created(
                operations.create(
                        "cases/" + caseId + "/travel-documents",
                        "{\"kind\":\"PASSPORT\",\"issuingCountry\":\"IRQ\","
                                + "\"authority\":\"Embassy of Iraq, Rome\"}"));
    }

    private String issuedLaissezPasser(String caseId) {
        String id =
                created(
                                operations.create(
                                        "cases/" + caseId + "/travel-documents",
                                        "{\"kind\":\"LAISSEZ_PASSER\",\"issuingCountry\":\"IRQ\","
                                                + "\"authority\":\"Consulate General of Iraq, Rome\","
                                                + "\"requestReference\":\"NV 2026/311\"}"))
                        .getString("id");
        issue(id);
        return id;
    }

    private void issue(String documentId) {
        Api.Reply read = operations.get("travel-documents/" + documentId);
        Api.Reply issued =
                operations.post(
                        "travel-documents/" + documentId + "/issue",
                        "{\"documentNumber\":\"LP-0042\",\"issuedOn\":\""
                                + today()
                                + "\",\"validUntil\":\""
                                + today().plusDays(30)
                                + "\"}",
                        "If-Match",
                        read.header("ETag"));
        assertEquals(200, issued.status(), issued::toString);
        assertEquals("ISSUED", issued.json().getString("status"));
    }

    private JsonObject plan(String caseId, String documentId, String destination) {
        return plan(caseId, documentId, destination, "FLIGHT");
    }

    private JsonObject plan(String caseId, String documentId, String destination, String mode) {
        return created(
                operations.create(
                        "cases/" + caseId + "/operations",
                        planBody(mode, destination, documentId)
                                .replaceFirst(
                                        "\\}$",
                                        ",\"escorts\":[{\"userName\":\"escort.lead\",\"function\":\"TEAM_LEADER\"}]}")));
    }

    private static String planBody(String mode, String destination, String documentId) {
        return "{\"mode\":\""
                + mode
                + "\",\"departureAt\":\""
                + Instant.now().plus(Duration.ofDays(3))
                + "\",\"departurePlace\":\"Rome Fiumicino (FCO)\",\"destinationCountry\":\""
                + destination
                + "\""
                + (documentId == null ? "" : ",\"travelDocumentId\":\"" + documentId + "\"")
                + "}";
    }

    private void fit(String operationId) {
        created(
                operations.create(
                        "operations/" + operationId + "/fitness",
                        "{\"finding\":\"FIT\",\"assessedBy\":\"Dr A. Rossi\","
                                + "\"certificateReference\":\"MC-77\"}"));
    }

    private void takeOn(Api as, String operationId) {
        Api.Reply taken =
                as.post(
                        "operations/" + operationId + "/monitors",
                        "{\"organisation\":\"National preventive mechanism\"}",
                        "If-Match",
                        "*");
        assertEquals(200, taken.status(), taken::toString);
    }

    /** A case's operation with everything this area asks for. */
    private String readyOperation(String caseId) {
        String id = plan(caseId, issuedLaissezPasser(caseId), "IRQ").getString("id");
        fit(id);
        takeOn(monitor, id);
        return id;
    }

    private static String noClaim() {
        return "{\"source\":\"Asylum authority register\",\"reference\":\"query "
                + UUID.randomUUID()
                + "\",\"checkedAt\":\""
                + Instant.now().minusSeconds(120)
                + "\",\"finding\":\"NO_CLAIM\"}";
    }

    private static LocalDate today() {
        return LocalDate.now(PROFILE_ZONE);
    }

    private static List<String> rules(JsonArray bars) {
        return bars.stream().map(b -> b.asJsonObject().getString("rule")).toList();
    }

    private static JsonObject created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json();
    }

    private static List<String> fields(Api.Reply reply) {
        JsonArray errors = reply.json().getJsonArray("errors");
        return errors == null
                ? List.of()
                : errors.stream().map(e -> e.asJsonObject().getString("field")).toList();
    }
}
