package org.asylon.entry.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * The entry module's REST contract, black-box against the built WAR on Payara Micro: problem
 * responses, idempotency (in parallel), ETags, the role matrix, the non-refoulement rule, the feed
 * under concurrent writers, and the audit chain. One deployment serves every test (boots are
 * costly).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EntryApiIT {

    @ArquillianResource URL base;

    Api officer;
    Api supervisor;

    @Deployment(testable = false)
    static WebArchive war() {
        return ShrinkWrap.create(ZipImporter.class, "entry.war")
                .importFrom(new File(System.getProperty("entry.war", "target/entry.war")))
                .as(WebArchive.class);
    }

    @BeforeEach
    void clients() {
        // loopback only: the connector may report the machine's outward address
        officer = new Api("http://127.0.0.1:" + base.getPort() + "/entry/api/v1", "border.officer");
        supervisor = officer.as("border.supervisor");
    }

    private static void assertProblem(Api.Reply reply, int status, String typeSuffix) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        JsonObject problem = reply.json();
        assertTrue(problem.getString("type").endsWith(typeSuffix), reply::toString);
        assertEquals(status, problem.getInt("status"));
        assertFalse(reply.raw().body().contains("Exception"), "no class names: " + reply);
        assertFalse(reply.raw().body().contains("org.asylon"), "no class names: " + reply);
    }

    @Test
    void registersAnEncounterAndReadsItBackWithAnETag() {
        Api.Reply created = officer.create("encounters", Bodies.encounter("Haddad", true, false));
        assertEquals(201, created.status(), created::toString);
        assertNotNull(created.header("Location"));
        JsonObject encounter = created.json();
        assertEquals("NOT_PERFORMED", encounter.getJsonObject("watchlist").getString("status"));
        assertTrue(
                encounter.getJsonArray("documents").getJsonObject(0).getBoolean("expired"),
                "expired is flagged");
        Api.Reply read = officer.get("encounters/" + encounter.getString("id"));
        assertEquals(200, read.status());
        assertEquals("\"" + encounter.getInt("version") + "\"", read.header("ETag"));
    }

    @Test
    void readsAPassportMrz() {
        Api.Reply created = officer.create("encounters", Bodies.mrzEncounter());
        assertEquals(201, created.status(), created::toString);
        JsonObject document = created.json().getJsonArray("documents").getJsonObject(0);
        assertEquals("L898902C3", document.getString("number"));
        assertTrue(document.getBoolean("mrzValid"));
        assertEquals(
                "ERIKSSON", created.json().getJsonObject("person").getString("documentSurname"));
    }

    @Test
    void badInputGetsProblemsThatNameTheField() {
        assertProblem(
                officer.post("encounters", "{\"kind\": ", "Idempotency-Key", "k1"),
                400,
                "invalid-request");
        Api.Reply unknownEnum =
                officer.post(
                        "encounters",
                        Bodies.encounter("A", false, false)
                                .replace("APPREHENSION_AFTER_IRREGULAR_CROSSING", "TELEPORTED"),
                        "Idempotency-Key",
                        "k2");
        assertProblem(unknownEnum, 400, "invalid-request");
        assertTrue(unknownEnum.raw().body().contains("kind"), unknownEnum::toString);
        Api.Reply invalid =
                officer.post(
                        "encounters",
                        Bodies.encounter("A", false, false)
                                .replace("\"SYR\"]", "\"SYRIA\"]")
                                .replace("1990-05", "1990-13-45"),
                        "Idempotency-Key",
                        "k3");
        assertProblem(invalid, 422, "validation-failed");
        Set<String> fields = new HashSet<>();
        invalid.json()
                .getJsonArray("errors")
                .forEach(e -> fields.add(e.asJsonObject().getString("field")));
        assertTrue(fields.contains("person.nationalities[0]"), invalid::toString);
        assertTrue(fields.contains("person.dateOfBirth"), invalid::toString);
        Api.Reply misspelt =
                officer.post(
                        "encounters",
                        Bodies.encounter("A", false, false)
                                .replace("\"unaccompaniedChild\"", "\"unaccompaniedchild\""),
                        "Idempotency-Key",
                        "k6");
        assertProblem(misspelt, 400, "invalid-request");
        assertEquals(
                "unaccompaniedchild",
                misspelt.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertProblem(
                officer.send("POST", "encounters", "text/plain", "hello", "Idempotency-Key", "k4"),
                415,
                "unsupported-media-type");
        assertProblem(
                officer.postLarge(
                        "encounters",
                        "{\"x\":\"" + "a".repeat(3 * 1024 * 1024) + "\"}",
                        "Idempotency-Key",
                        "k5"),
                413,
                "payload-too-large");
        assertProblem(
                officer.post("encounters", Bodies.encounter("A", false, false)),
                400,
                "idempotency-key-required");
        assertProblem(officer.get("encounters/no-such-id"), 404, "not-found");
        assertProblem(officer.get("encounters?limit=abc"), 400, "invalid-request");
    }

    @Test
    void aRetryReturnsTheFirstResponseAndADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        Api.Reply first =
                supervisor.post(
                        "crossing-points",
                        Bodies.crossingPoint("Retry post"),
                        "Idempotency-Key",
                        key);
        Api.Reply again =
                supervisor.post(
                        "crossing-points",
                        Bodies.crossingPoint("Retry post"),
                        "Idempotency-Key",
                        key);
        assertEquals(201, first.status(), first::toString);
        assertEquals(first.status(), again.status());
        assertEquals(first.raw().body(), again.raw().body());
        assertEquals("true", again.header("Idempotency-Replayed"));
        assertProblem(
                supervisor.post(
                        "crossing-points",
                        Bodies.crossingPoint("Other post"),
                        "Idempotency-Key",
                        key),
                422,
                "idempotency-key-reused");
    }

    @Test
    void parallelRetriesWithOneKeyCreateOneRecord() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = Bodies.encounter("Parallel", false, false);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                replies.add(
                        pool.submit(
                                () -> officer.post("encounters", body, "Idempotency-Key", key)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<Api.Reply> reply : replies) {
                Api.Reply r = reply.get();
                assertEquals(201, r.status(), r::toString);
                ids.add(r.json().getString("id"));
            }
            assertEquals(1, ids.size(), "one record for one key");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void specificNeedsAreCodesOfTheSuitesSet() {
        String withNeed =
                Bodies.encounter("Needs", false, false)
                        .replace(
                                "\"unaccompaniedChild\":false",
                                "\"unaccompaniedChild\":false,\"specificNeeds\":[{\"category\":\"%s\",\"note\":\"owes the smuggler\"}]");
        Api.Reply created =
                officer.create("encounters", withNeed.formatted("POSSIBLE_VICTIM_OF_TRAFFICKING"));
        assertEquals(201, created.status(), created::toString);
        JsonObject need = created.json().getJsonArray("specificNeeds").getJsonObject(0);
        assertEquals(
                "LP-TP",
                need.getString("category"),
                "entry's former category is answered as its code");
        assertTrue(need.getString("label").contains("LP-TP, unconfirmed"), created::toString);
        Api.Reply unknown =
                officer.post(
                        "encounters",
                        withNeed.formatted("TRAFFICKED"),
                        "Idempotency-Key",
                        UUID.randomUUID().toString());
        assertProblem(unknown, 422, "validation-failed");
        assertEquals(
                "specificNeeds[0].category",
                unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                unknown::toString);

        JsonObject encounter = created.json();
        String path = "encounters/" + encounter.getString("id") + "/specific-needs";
        String ifMatch = "\"" + encounter.getInt("version") + "\"";
        Api.Reply refused = officer.post(path, "{\"category\":\"CHILD\"}", "If-Match", ifMatch);
        assertProblem(refused, 422, "validation-failed");
        assertEquals(
                "category",
                refused.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                refused::toString);
        Api.Reply child =
                officer.post(
                        path, "{\"category\":\"SC-UC\",\"note\":\"alone\"}", "If-Match", ifMatch);
        assertEquals(200, child.status(), child::toString);
        assertEquals(
                "SC-UC",
                child.json().getJsonArray("specificNeeds").getJsonObject(1).getString("category"));
        assertTrue(
                child.json().getBoolean("unaccompaniedChild"),
                "a sub-code of SC makes the child unaccompanied");
        Api.Reply refusal =
                officer.put(
                        "encounters/" + encounter.getString("id") + "/outcome",
                        "{\"outcome\":\"REFUSED_ENTRY\",\"refusalGround\":\"no-valid-travel-document\"}",
                        "If-Match",
                        "\"" + child.json().getInt("version") + "\"");
        assertProblem(refusal, 422, "rule-violated");
    }

    @Test
    void updatesNeedTheCurrentVersion() {
        JsonObject encounter =
                officer.create("encounters", Bodies.encounter("Versioned", false, false)).json();
        String path = "encounters/" + encounter.getString("id") + "/outcome";
        String outcome = "{\"outcome\":\"ADMITTED\"}";
        assertProblem(officer.put(path, outcome), 428, "precondition-required");
        assertProblem(officer.put(path, outcome, "If-Match", "\"99\""), 412, "precondition-failed");
        Api.Reply decided =
                officer.put(path, outcome, "If-Match", "\"" + encounter.getInt("version") + "\"");
        assertEquals(200, decided.status(), decided::toString);
        assertEquals("ADMITTED", decided.json().getJsonObject("outcome").getString("kind"));
    }

    @Test
    void entryCannotBeRefusedToAPersonWhoAskedForProtectionOrAnUnaccompaniedChild() {
        for (String body :
                List.of(
                        Bodies.encounter("Asks", true, false),
                        Bodies.encounter("Child", false, true))) {
            JsonObject encounter = officer.create("encounters", body).json();
            Api.Reply refused =
                    officer.put(
                            "encounters/" + encounter.getString("id") + "/outcome",
                            "{\"outcome\":\"REFUSED_ENTRY\",\"refusalGround\":\"no-valid-travel-document\"}",
                            "If-Match",
                            "\"" + encounter.getInt("version") + "\"");
            assertProblem(refused, 422, "rule-violated");
            assertTrue(
                    refused.json().getString("detail").contains("cannot be refused"),
                    refused::toString);
            assertNotNull(refused.json().getString("legalBasis", null), refused::toString);
        }
        JsonObject plain =
                officer.create("encounters", Bodies.encounter("Refusable", false, false)).json();
        String ifMatch = "\"" + plain.getInt("version") + "\"";
        String path = "encounters/" + plain.getString("id") + "/outcome";
        Api.Reply unknownGround =
                officer.put(
                        path,
                        "{\"outcome\":\"REFUSED_ENTRY\",\"refusalGround\":\"looks-suspicious\"}",
                        "If-Match",
                        ifMatch);
        assertProblem(unknownGround, 422, "validation-failed");
        Api.Reply refused =
                officer.put(
                        path,
                        "{\"outcome\":\"REFUSED_ENTRY\",\"refusalGround\":\"no-valid-travel-document\"}",
                        "If-Match",
                        ifMatch);
        assertEquals(200, refused.status(), refused::toString);
        assertNotNull(refused.json().getJsonObject("outcome").getString("refusalBasis"));
    }

    @Test
    void everyEndpointRefusesAnonymousAndWrongRoleCallers() {
        String[][] endpoints = {
            {"GET", "encounters"},
            {"POST", "encounters"},
            {"GET", "encounters/x"},
            {"PUT", "encounters/x/outcome"},
            {"PUT", "encounters/x/screening"},
            {"POST", "encounters/x/protection-request"},
            {"POST", "encounters/x/specific-needs"},
            {"GET", "crossing-points"},
            {"POST", "crossing-points"},
            {"GET", "events"},
            {"GET", "audit"},
            {"GET", "audit/verification"},
            {"POST", "groups"},
            {"GET", "groups/x"},
            {"POST", "encounters/batch"},
            {"GET", "encounters/already-known?name=x"},
            {"POST", "document-readings"},
            {"POST", "encounters/x/outcome/revision"},
            {"POST", "encounters/x/outcome/execution"}
        };
        Api anonymous = officer.as(null);
        Api reception = officer.as("reception.officer");
        for (String[] endpoint : endpoints) {
            String body = endpoint[0].equals("GET") ? null : "{}";
            assertProblem(
                    anonymous.send(endpoint[0], endpoint[1], "application/json", body),
                    401,
                    "not-authenticated");
            assertProblem(
                    reception.send(endpoint[0], endpoint[1], "application/json", body),
                    403,
                    "forbidden");
        }
        // the role matrix beyond the wrong module: officers cannot read the audit trail or register
        // posts
        assertProblem(officer.get("audit"), 403, "forbidden");
        assertProblem(
                officer.create("crossing-points", Bodies.crossingPoint("Not mine")),
                403,
                "forbidden");
        assertProblem(officer.post("encounters/x/outcome/revision", "{}"), 403, "forbidden");
        assertProblem(officer.as("auditor").get("encounters"), 403, "forbidden");
        assertProblem(officer.as("feed.reader").get("encounters"), 403, "forbidden");
        assertEquals(200, officer.as("feed.reader").get("events").status());
        assertEquals(200, officer.as("auditor").get("audit/verification").status());
        assertEquals(401, officer.as("border.officer-typo").get("encounters").status());
        // the one open endpoint: the module's API description, its own operations merged with the
        // kernel's
        Api.Reply description = anonymous.get("openapi.yaml");
        assertEquals(200, description.status());
        String document = description.raw().body();
        assertTrue(document.contains("\nopenapi: 3.0"), description::toString);
        assertTrue(
                document.contains("\n  /encounters:\n") && document.contains("\n  /events:\n"),
                "the entry document with the kernel's operations merged in");
        assertFalse(
                document.contains("x-kernel-fragment") || document.contains("${"),
                "the module's values for the kernel fragment are filled in, not served");
    }

    @Test
    void theFeedMissesNothingWhileManyWritersCommit() throws Exception {
        Api feed = officer.as("feed.reader");
        long start = lastSequence(feed);
        int writers = 6;
        int perWriter = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Long> seen = new ArrayList<>();
            Future<?> reader =
                    pool.submit(
                            (Callable<Void>)
                                    () -> {
                                        long after = start;
                                        while (writing.get() || after < lastSequence(feed)) {
                                            JsonArray page =
                                                    feed.get("events?after=" + after + "&limit=50")
                                                            .array();
                                            for (var event : page) {
                                                long sequence =
                                                        Long.parseLong(
                                                                event.asJsonObject()
                                                                        .getString("sequence"));
                                                seen.add(sequence);
                                                after = sequence;
                                            }
                                        }
                                        return null;
                                    });
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                work.add(
                        pool.submit(
                                () -> {
                                    for (int i = 0; i < perWriter; i++) {
                                        officer.create(
                                                "encounters",
                                                Bodies.encounter(
                                                        "Feed" + writer + "x" + i,
                                                        i % 2 == 0,
                                                        false));
                                    }
                                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            writing.set(false);
            reader.get();
            for (int i = 0; i < seen.size(); i++) {
                assertEquals(start + i + 1, seen.get(i), "gap-free and in order");
            }
            // every encounter-registered event was seen: one per registration, plus protection
            // requests
            assertEquals(writers * perWriter + writers * (perWriter / 2), seen.size());
        } finally {
            pool.shutdownNow();
        }
        JsonObject event = feed.get("events?after=" + start + "&limit=1").array().getJsonObject(0);
        assertEquals("1.0", event.getString("specversion"));
        assertEquals("/entry", event.getString("source"));
        assertTrue(event.getString("type").startsWith("org.asylon.entry."));
        assertNotNull(event.getJsonObject("data"));
    }

    private static long lastSequence(Api feed) {
        long last = 0;
        while (true) {
            JsonArray page = feed.get("events?after=" + last + "&limit=1000").array();
            if (page.isEmpty()) {
                return last;
            }
            last = Long.parseLong(page.getJsonObject(page.size() - 1).getString("sequence"));
        }
    }

    @Test
    void theAuditTrailRecordsWhoDidWhatAndItsChainIsIntact() {
        JsonObject encounter =
                officer.create("encounters", Bodies.encounter("Audited", false, false)).json();
        Api auditor = officer.as("auditor");
        JsonArray records = auditor.get("audit?after=0&limit=1000").array();
        assertTrue(
                records.stream()
                        .anyMatch(
                                r ->
                                        encounter
                                                        .getString("id")
                                                        .equals(
                                                                r.asJsonObject()
                                                                        .getString(
                                                                                "recordId", null))
                                                && "border.officer"
                                                        .equals(
                                                                r.asJsonObject()
                                                                        .getString("actor"))),
                records::toString);
        JsonObject verification = auditor.get("audit/verification").json();
        assertTrue(verification.getBoolean("intact"), verification::toString);
    }

    @Test
    void strictBooleansRefuseAYesThatWouldReadAsNo() {
        Api.Reply reply =
                officer.post(
                        "encounters",
                        Bodies.encounter("Strict", false, false)
                                .replace(
                                        "\"unaccompaniedChild\":false",
                                        "\"unaccompaniedChild\":\"yes\""),
                        "Idempotency-Key",
                        "strict-1");
        assertProblem(reply, 400, "invalid-request");
        assertTrue(reply.raw().body().contains("unaccompaniedChild"), reply::toString);
    }

    @Test
    void screeningRunsOnTheClockOfTheActiveProfile() {
        // this deployment runs under eu-pact-2026: 7 calendar days from apprehension (Screening Reg
        // Art 8(3))
        JsonObject encounter =
                officer.create("encounters", Bodies.encounter("Screened", false, false)).json();
        JsonObject screening = encounter.getJsonObject("screening");
        assertEquals("2026-11-27", screening.getString("due"), screening::toString);
        assertEquals("entry.screening.deadline", screening.getString("dueRule"));
        assertTrue(screening.getString("dueExplanation").contains("Art 8(3)"), screening::toString);
        String form =
                "{\"reason\":\"UNAUTHORISED_CROSSING\",\"healthCheckResult\":\"no acute needs\","
                        + "\"noFurtherHealthCheckNeeded\":true,\"vulnerabilityCheckResult\":\"none apparent\","
                        + "\"familyMembersInOtherStates\":\"brother in DEU\",\"databaseHit\":false,\"cooperated\":true,"
                        + "\"previousResidenceCountries\":[\"TUR\"],\"complete\":true}";
        Api.Reply done =
                officer.put(
                        "encounters/" + encounter.getString("id") + "/screening",
                        form,
                        "If-Match",
                        "\"" + encounter.getInt("version") + "\"");
        assertEquals(200, done.status(), done::toString);
        assertNotNull(done.json().getJsonObject("screening").getString("completedAt"));
        Api.Reply again =
                officer.put(
                        "encounters/" + encounter.getString("id") + "/screening",
                        form,
                        "If-Match",
                        done.header("ETag"));
        assertProblem(again, 422, "rule-violated");
        // the open screenings, the one due first at the top: the completed one has left the list
        JsonObject open =
                officer.create("encounters", Bodies.encounter("StillOpen", false, false)).json();
        List<String> openIds =
                officer.get("encounters?screening=open&limit=500").array().stream()
                        .map(e -> e.asJsonObject().getString("id"))
                        .toList();
        assertTrue(openIds.contains(open.getString("id")), openIds::toString);
        assertFalse(openIds.contains(encounter.getString("id")), "completed: no longer open");
        List<String> dues =
                officer.get("encounters?screening=open&limit=500").array().stream()
                        .map(e -> e.asJsonObject().getJsonObject("screening").getString("due"))
                        .toList();
        assertEquals(dues.stream().sorted().toList(), dues, "due first at the top");
        Api.Reply unknownFilter = officer.get("encounters?screening=done");
        assertProblem(unknownFilter, 400, "invalid-request");
        assertTrue(unknownFilter.raw().body().contains("screening"), unknownFilter::toString);
        // held at the border for more than 72 hours before screening: the reduced 4-day limit,
        // labelled unverified
        JsonObject held =
                officer.create(
                                "encounters",
                                Bodies.encounter("Held", false, false)
                                        .replace(
                                                "\"occurredAt\":\"2026-11-20T06:30:00Z\",",
                                                "\"occurredAt\":\"2026-11-20T06:30:00Z\",\"heldAtBorderSince\":\"2026-11-20T06:30:00Z\","))
                        .json();
        assertEquals(
                "entry.screening.deadline.held-over-threshold",
                held.getJsonObject("screening").getString("dueRule"),
                held::toString);
        assertEquals("2026-11-24", held.getJsonObject("screening").getString("due"));
        assertTrue(held.getJsonObject("screening").getBoolean("dueUnconfirmed"));
    }

    @Test
    void aRescueGroupRegistersEachMemberAsAnIndividual() {
        String group =
                """
                {"kind":"BOAT","label":"Rubber boat","rescue":{"vessel":"MV Test","searchAndRescueRegion":"Malta SRR",
                 "placeOfSafety":"Valletta","rescued":3,"dead":1,"missing":2},
                 "members":[{"role":"passenger","encounter":%s},{"role":"passenger","encounter":%s},
                            {"role":"child","encounter":%s}]}
                """
                        .formatted(
                                Bodies.encounter("Boat1", true, false),
                                Bodies.encounter("Boat2", false, false),
                                Bodies.encounter("Boat3", false, true));
        Api.Reply created = officer.create("groups", group);
        assertEquals(201, created.status(), created::toString);
        JsonObject view = created.json();
        assertEquals(3, view.getJsonArray("members").size());
        assertEquals(1, view.getJsonObject("rescue").getInt("dead"));
        view.getJsonArray("members")
                .forEach(
                        m ->
                                assertEquals(
                                        view.getString("id"),
                                        m.asJsonObject().getString("groupId")));
        // all or nothing: the third member names a crossing point that does not exist
        String partly =
                group.replace("Boat1", "Partly1")
                        .replace("Boat2", "Partly2")
                        .replace("Boat3", "Partly3")
                        .replaceFirst(
                                "(\\{\"role\":\"child\",\"encounter\":\\{)",
                                "$1\"crossingPointId\":\"no-such-point\",");
        Api.Reply refused = officer.create("groups", partly);
        assertProblem(refused, 422, "validation-failed");
        assertEquals(
                "members[2].encounter.crossingPointId",
                refused.json().getJsonArray("errors").getJsonObject(0).getString("field"),
                refused::toString);
        assertEquals(
                0,
                officer.get("encounters/already-known?name=Partly1").array().size(),
                "no member was kept");
        assertEquals(200, officer.get("groups/" + view.getString("id")).status());
    }

    @Test
    void aRetriedOfflineBatchCreatesNothingTwiceAndReportsEachItem() {
        String keyA = UUID.randomUUID().toString();
        String keyB = UUID.randomUUID().toString();
        String batch =
                """
                {"items":[{"idempotencyKey":"%s","encounter":%s},{"idempotencyKey":"%s","encounter":%s},
                          {"idempotencyKey":"%s","encounter":%s}]}
                """
                        .formatted(
                                keyA,
                                Bodies.encounter("Offline1", false, false),
                                keyB,
                                Bodies.encounter("Offline2", true, false),
                                UUID.randomUUID(),
                                Bodies.encounter("Offline3", false, false)
                                        .replace("\"SYR\"]", "\"NOWHERE\"]"));
        JsonObject first = officer.post("encounters/batch", batch).json();
        assertEquals(2, first.getInt("created"), first::toString);
        assertEquals(1, first.getInt("failed"));
        JsonObject bad = first.getJsonArray("items").getJsonObject(2);
        assertEquals(422, bad.getInt("status"));
        assertEquals(
                "items[2].encounter.person.nationalities[0]",
                bad.getJsonObject("problem")
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"),
                bad::toString);
        JsonObject retry = officer.post("encounters/batch", batch).json();
        assertEquals(0, retry.getInt("created"), retry::toString);
        assertEquals(2, retry.getInt("replayed"));
        assertEquals(
                first.getJsonArray("items").getJsonObject(0).getString("encounterId"),
                retry.getJsonArray("items").getJsonObject(0).getString("encounterId"));
        assertTrue(retry.getJsonArray("items").getJsonObject(0).getBoolean("replayed"));
    }

    @Test
    void aBatchItemWithoutAKeyIsToldToGiveTheItemAKeyNotAHeader() {
        JsonObject answer =
                officer.post(
                                "encounters/batch",
                                "{\"items\":[{\"encounter\":"
                                        + Bodies.encounter("Keyless1", false, false)
                                        + "}]}")
                        .json();
        JsonObject item = answer.getJsonArray("items").getJsonObject(0);
        assertEquals(400, item.getInt("status"), answer::toString);
        JsonObject error = item.getJsonObject("problem").getJsonArray("errors").getJsonObject(0);
        assertEquals("items[0].idempotencyKey", error.getString("field"), answer::toString);
        assertFalse(
                item.getJsonObject("problem").getString("detail").contains("header"),
                answer::toString);
    }

    @Test
    void anEncounterSentAloneAndThenInABatchIsRegisteredOnce() {
        String key = UUID.randomUUID().toString();
        String body = Bodies.encounter("AloneFirst", false, false);
        Api.Reply alone = officer.post("encounters", body, "Idempotency-Key", key);
        assertEquals(201, alone.status(), alone::toString);
        JsonObject batch =
                officer.post(
                                "encounters/batch",
                                "{\"items\":[{\"idempotencyKey\":\"%s\",\"encounter\":%s}]}"
                                        .formatted(key, body))
                        .json();
        assertEquals(0, batch.getInt("created"), batch::toString);
        assertEquals(1, batch.getInt("replayed"));
        assertEquals(
                alone.json().getString("id"),
                batch.getJsonArray("items").getJsonObject(0).getString("encounterId"));
        // and the reverse: first in a batch, then alone
        String other = UUID.randomUUID().toString();
        String second = Bodies.encounter("BatchFirst", false, false);
        JsonObject first =
                officer.post(
                                "encounters/batch",
                                "{\"items\":[{\"idempotencyKey\":\"%s\",\"encounter\":%s}]}"
                                        .formatted(other, second))
                        .json();
        assertEquals(1, first.getInt("created"), first::toString);
        Api.Reply then = officer.post("encounters", second, "Idempotency-Key", other);
        assertEquals("true", then.header("Idempotency-Replayed"), then::toString);
        assertEquals(
                first.getJsonArray("items").getJsonObject(0).getString("encounterId"),
                then.json().getString("id"));
    }

    @Test
    void findsAPersonAlreadyKnownUnderAnotherSpelling() {
        String body =
                Bodies.encounter("Alkhatib", false, false).replace("\"1990-05\"", "\"1985-03-14\"");
        JsonObject known = officer.create("encounters", body).json();
        JsonArray byName =
                officer.get(
                                "encounters/already-known?name=Mohamed%20al-Khatib&dateOfBirth=1985&nationality=SYR")
                        .array();
        assertTrue(
                byName.stream()
                        .anyMatch(
                                m ->
                                        known.getString("id")
                                                .equals(
                                                        m.asJsonObject()
                                                                .getJsonObject("encounter")
                                                                .getString("id"))),
                byName::toString);
        String number = known.getJsonArray("documents").getJsonObject(0).getString("number");
        JsonArray byDocument =
                officer.get("encounters/already-known?documentNumber=" + number).array();
        assertTrue(
                byDocument.stream()
                        .anyMatch(
                                m ->
                                        known.getString("id")
                                                .equals(
                                                        m.asJsonObject()
                                                                .getJsonObject("encounter")
                                                                .getString("id"))),
                byDocument::toString);
        assertProblem(
                officer.get("encounters/already-known?name=X&dateOfBirth=1985-13"),
                400,
                "invalid-request");
        assertProblem(
                officer.get("encounters/already-known?name=X&dateOfBirth=2016-02-30"),
                400,
                "invalid-request");

        // a German passport writes D, a stated nationality DEU: one country for the search
        JsonObject german =
                officer.create(
                                "encounters",
                                Bodies.encounter("Mustermann", false, false)
                                        .replace(
                                                "\"nationalities\":[\"SYR\"]",
                                                "\"nationalities\":[\"DEU\"]"))
                        .json();
        JsonArray byD =
                officer.get("encounters/already-known?name=Mustermann&nationality=D").array();
        JsonObject match =
                byD.stream()
                        .map(m -> m.asJsonObject())
                        .filter(
                                m ->
                                        german.getString("id")
                                                .equals(
                                                        m.getJsonObject("encounter")
                                                                .getString("id")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(byD.toString()));
        assertTrue(match.toString().contains("nationality DEU matches"), match::toString);
    }

    @Test
    void readsAnMrzAndReportsEachCheckDigit() {
        Api.Reply broken =
                officer.post(
                        "document-readings",
                        "{\"mrz\":\"P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\nL898902C36UTO7408122F12O4159ZE184226B<<<<<10\"}");
        assertEquals(200, broken.status(), broken::toString);
        JsonObject reading = broken.json();
        assertTrue(
                reading.getBoolean("valid"),
                "O in a date repaired to 0 when the check digit then passes: " + reading);
        assertEquals(1, reading.getJsonArray("repairs").size(), reading::toString);
    }

    private static String tag(Api.Reply reply) {
        return reply.header("ETag");
    }

    /**
     * Peter is refused entry; minutes later he asks for protection. The refusal is suspended and
     * the answer says why; it cannot be carried out; only a supervisor revises it, with written
     * reasons, audited and on the feed (issue 10, 1.1).
     */
    @Test
    void petersRefusalIsSuspendedWhenHeAsksForProtectionAndASupervisorRevisesIt() {
        JsonObject peter =
                officer.create("encounters", Bodies.encounter("Peter", false, false)).json();
        String path = "encounters/" + peter.getString("id");
        Api.Reply refused =
                officer.put(
                        path + "/outcome",
                        "{\"outcome\":\"REFUSED_ENTRY\",\"refusalGround\":\"no-valid-travel-document\"}",
                        "If-Match",
                        "\"" + peter.getInt("version") + "\"");
        assertEquals(200, refused.status(), refused::toString);

        Api.Reply asked =
                officer.post(
                        path + "/protection-request",
                        "{\"words\":\"I am afraid to go back\"}",
                        "If-Match",
                        tag(refused));

        assertEquals(200, asked.status(), asked::toString);
        JsonObject outcome = asked.json().getJsonObject("outcome");
        assertEquals("REFUSED_ENTRY", outcome.getString("kind"));
        assertEquals("SUSPENDED", outcome.getString("status"), outcome::toString);
        assertEquals(
                "entry.non-refoulement", outcome.getJsonObject("suspension").getString("rule"));
        assertTrue(
                outcome.getJsonObject("suspension").getString("detail").contains("supervisor"),
                outcome::toString);
        Api.Reply carriedOut =
                officer.send(
                        "POST", path + "/outcome/execution", null, null, "If-Match", tag(asked));
        assertProblem(carriedOut, 422, "rule-violated");
        assertEquals("entry.non-refoulement", carriedOut.json().getString("rule"));
        assertProblem(
                officer.post(
                        path + "/outcome/revision",
                        "{\"outcome\":\"REFERRED_TO_ASYLUM_PROCEDURE\","
                                + "\"reasons\":\"asked for protection\"}",
                        "If-Match",
                        tag(asked)),
                403,
                "forbidden");
        Api.Reply noReasons =
                supervisor.post(
                        path + "/outcome/revision",
                        "{\"outcome\":\"REFERRED_TO_ASYLUM_PROCEDURE\"}",
                        "If-Match",
                        tag(asked));
        assertProblem(noReasons, 422, "validation-failed");
        assertEquals(
                "reasons",
                noReasons.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply revised =
                supervisor.post(
                        path + "/outcome/revision",
                        "{\"outcome\":\"REFERRED_TO_ASYLUM_PROCEDURE\","
                                + "\"reasons\":\"He asked for protection after the refusal; it cannot stand.\"}",
                        "If-Match",
                        tag(asked));

        assertEquals(200, revised.status(), revised::toString);
        JsonObject now = revised.json().getJsonObject("outcome");
        assertEquals("REFERRED_TO_ASYLUM_PROCEDURE", now.getString("kind"));
        assertEquals("REFUSED_ENTRY", now.getString("revisedFrom"));
        assertEquals("border.supervisor", now.getString("decidedBy"));
        List<JsonObject> events = feedOf(peter.getString("id"), "outcome-revised");
        List<String> types = events.stream().map(e -> e.getString("type")).toList();
        int suspended = types.indexOf("org.asylon.entry.outcome-suspended.v1");
        assertTrue(
                suspended > types.indexOf("org.asylon.entry.protection-requested.v1"),
                types::toString);
        JsonObject revisedEvent =
                events.get(types.indexOf("org.asylon.entry.outcome-revised.v1"))
                        .getJsonObject("data");
        assertEquals("REFUSED_ENTRY", revisedEvent.getString("previousOutcome"));
        assertEquals(
                asked.json().getString("protectionRequestedAt"),
                revisedEvent.getString("protectionRequestedAt"));
        assertFalse(
                revisedEvent.toString().contains("cannot stand"), "the reasons stay off the feed");
        JsonArray audit = officer.as("auditor").get("audit?after=0&limit=1000").array();
        assertTrue(
                audit.stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(
                                r ->
                                        peter.getString("id").equals(r.getString("recordId", null))
                                                && "encounter.outcome-revised"
                                                        .equals(r.getString("action"))
                                                && "border.supervisor"
                                                        .equals(r.getString("actor"))),
                "audited");
    }

    /**
     * A ten-year-old travelling alone, the checkbox left empty: an unaccompanied child by the date
     * of birth, not refused entry, and handed to detention only as the profile allows (eu-pact-2026
     * in this deployment: a last resort with the reasons recorded) (issue 10, 1.2).
     */
    @Test
    void theTenYearOldTravellingAloneIsNeitherRefusedNorDetainedWithoutWhatTheProfileRequires() {
        Api.Reply created =
                officer.create(
                        "encounters",
                        Bodies.encounter("Tenyearold", false, false)
                                .replace("\"1990-05\"", "\"2016-03-02\""));
        assertEquals(201, created.status(), created::toString);
        JsonObject child = created.json();
        assertTrue(child.getBoolean("unaccompaniedChild"), child::toString);
        String path = "encounters/" + child.getString("id") + "/outcome";
        String ifMatch = "\"" + child.getInt("version") + "\"";
        Api.Reply refused =
                officer.put(
                        path,
                        "{\"outcome\":\"REFUSED_ENTRY\",\"refusalGround\":\"no-valid-travel-document\"}",
                        "If-Match",
                        ifMatch);
        assertProblem(refused, 422, "rule-violated");
        assertEquals("entry.unaccompanied-child", refused.json().getString("rule"));
        Api.Reply detained =
                officer.put(path, "{\"outcome\":\"HANDED_TO_DETENTION\"}", "If-Match", ifMatch);
        assertProblem(detained, 422, "rule-violated");
        assertEquals("detention.children", detained.json().getString("rule"));
        assertTrue(
                detained.json().getString("legalBasis").contains("Art 13(2)"), detained::toString);
        assertEquals(
                "detentionReasons",
                detained.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply unborn =
                officer.create(
                        "encounters",
                        Bodies.encounter("Unborn", false, false)
                                .replace("\"1990-05\"", "\"2027-01\""));
        assertProblem(unborn, 422, "validation-failed");
        assertEquals(
                "person.dateOfBirth",
                unborn.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply lastResort =
                officer.put(
                        path,
                        "{\"outcome\":\"HANDED_TO_DETENTION\",\"detentionReasons\":"
                                + "\"no alternative can work tonight; staying with his aunt in the family unit is in his best interests\"}",
                        "If-Match",
                        ifMatch);
        assertEquals(200, lastResort.status(), lastResort::toString);
        Api.Reply handedOver =
                officer.send("POST", path + "/execution", null, null, "If-Match", tag(lastResort));
        assertEquals(200, handedOver.status(), handedOver::toString);
        assertEquals("EXECUTED", handedOver.json().getJsonObject("outcome").getString("status"));
    }

    /**
     * A referral to the asylum procedure carries the request that reception reads (issue 10, 1.5
     * and 2.2).
     */
    @Test
    void aReferralToTheAsylumProcedureWithoutARequestReachesTheFeedAsARequest() {
        JsonObject encounter =
                officer.create("encounters", Bodies.encounter("Referred", false, false)).json();
        Api.Reply referred =
                officer.put(
                        "encounters/" + encounter.getString("id") + "/outcome",
                        "{\"outcome\":\"REFERRED_TO_ASYLUM_PROCEDURE\"}",
                        "If-Match",
                        "\"" + encounter.getInt("version") + "\"");
        assertEquals(200, referred.status(), referred::toString);
        String requestedAt = referred.json().getString("protectionRequestedAt");

        List<JsonObject> events = feedOf(encounter.getString("id"), "outcome-decided");

        List<String> types = events.stream().map(e -> e.getString("type")).toList();
        assertEquals(
                List.of(
                        "org.asylon.entry.encounter-registered.v1",
                        "org.asylon.entry.protection-requested.v1",
                        "org.asylon.entry.outcome-decided.v1"),
                types);
        assertEquals(
                requestedAt,
                events.get(1).getJsonObject("data").getString("protectionRequestedAt"));
        assertEquals(
                requestedAt,
                events.get(2).getJsonObject("data").getString("protectionRequestedAt"));
        assertTrue(events.get(2).getJsonObject("data").getBoolean("protectionRequested"));
    }

    /**
     * A renewed request is recorded and published as one; a time before the encounter is refused
     * (1.7, 2.2).
     */
    @Test
    void aRenewedProtectionRequestIsRecordedAndPublishedKeepingTheFirstTime() {
        Api.Reply created = officer.create("encounters", Bodies.encounter("Renewed", true, false));
        JsonObject encounter = created.json();
        assertEquals(
                "2026-11-20T06:30:00Z",
                encounter.getString("protectionRequestedAt"),
                "asked at the encounter");
        String path = "encounters/" + encounter.getString("id") + "/protection-request";
        String ifMatch = "\"" + encounter.getInt("version") + "\"";
        Api.Reply early =
                officer.post(
                        path, "{\"requestedAt\":\"2026-11-19T06:30:00Z\"}", "If-Match", ifMatch);
        assertProblem(early, 422, "validation-failed");
        assertEquals(
                "requestedAt",
                early.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply again = officer.post(path, "{\"words\":\"I ask again\"}", "If-Match", ifMatch);

        assertEquals(200, again.status(), again::toString);
        assertEquals(1, again.json().getInt("protectionRenewals"));
        assertEquals("2026-11-20T06:30:00Z", again.json().getString("protectionRequestedAt"));
        JsonObject renewal =
                feedOf(encounter.getString("id"), "protection-requested").stream()
                        .map(e -> e.getJsonObject("data"))
                        .filter(d -> d.getBoolean("renewed", false))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no renewal on the feed"));
        assertEquals("2026-11-20T06:30:00Z", renewal.getString("protectionRequestedAt"));
        assertEquals(
                again.json().getString("protectionRenewedAt"), renewal.getString("requestedAt"));
    }

    /**
     * The feed's events about one encounter, oldest first, once the relay has numbered the one of
     * type {@code until} (and every event committed before it).
     */
    private List<JsonObject> feedOf(String encounterId, String until) {
        Api feed = officer.as("feed.reader");
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            List<JsonObject> events = new ArrayList<>();
            long after = 0;
            JsonArray page;
            do {
                page = feed.get("events?after=" + after + "&limit=1000").array();
                for (JsonValue event : page) {
                    JsonObject e = event.asJsonObject();
                    after = Long.parseLong(e.getString("sequence"));
                    if (("encounters/" + encounterId).equals(e.getString("subject"))) {
                        events.add(e);
                    }
                }
            } while (!page.isEmpty());
            if (events.stream()
                    .anyMatch(
                            e -> e.getString("type").equals("org.asylon.entry." + until + ".v1"))) {
                return events;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError(
                        "no " + until + " on the feed for " + encounterId + ": " + events);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void computesDeadlinesFromTheActiveProfileAndLeavesTheCapacityKitToItsModule() {
        // deadlines: when, and why, under the active profile (eu-pact-2026 in this deployment)
        JsonObject due =
                officer.get(
                                "deadlines?rule=entry.screening.deadline&anchor=entry.apprehension"
                                        + "&at=2026-11-20T06:30:00Z")
                        .json();
        assertEquals("2026-11-27", due.getString("due"), due::toString);
        assertTrue(due.getString("basis").contains("Art 8(3)"));
        assertProblem(officer.get("deadlines?rule=entry.no-such-rule"), 400, "invalid-request");
        assertEquals(401, officer.as(null).get("deadlines/rules").status());

        // leaflets and the self-assessment are served once, by the capacity module
        assertProblem(officer.get("leaflets"), 404, "not-found");
        assertProblem(officer.as("planner").get("self-assessment"), 404, "not-found");
    }
}
