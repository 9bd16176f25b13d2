package org.asylon.detention.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.Test;

/**
 * From the border through reception and RSD into detention, the four modules deployed together
 * under eu-pact-2026, each following the others' feeds as {@code ./run.sh} wires them: a person who
 * asked for protection at the border and was handed over to detention is held on a ground lawful
 * while the claim is pending; RSD recognises them as a refugee, and detention's order shows the
 * release due at once (no one granted protection is detained under this module).
 */
class RsdToDetentionIT {

    private static final List<String> ALTERNATIVES =
            List.of(
                    "reporting",
                    "designated-residence",
                    "document-surrender",
                    "financial-guarantee",
                    "guarantor",
                    "community-supervision",
                    "case-management");

    @Test
    void protectionGrantedInRsdMakesTheReleaseOfAPersonHandedOverAtTheBorderDue() throws Exception {
        Path data =
                Files.createTempDirectory(
                        Path.of(System.getProperty("java.io.tmpdir")), "rsd-to-detention");
        try (MicroProcess suite =
                new MicroProcess(data, "asylon.profile=eu-pact-2026")
                        .deploying(
                                "detention",
                                Path.of(System.getProperty("entry.war")),
                                Path.of(System.getProperty("reception.war")),
                                Path.of(System.getProperty("rsd.war")),
                                Path.of(System.getProperty("detention.war")))) {
            suite.with(suite.following("entry", "entry"))
                    .with(suite.following("reception", "reception"))
                    .with(suite.following("rsd", "rsd"));
            suite.start();
            Api border = new Api(suite.moduleUrl("entry") + "/api/v1", "border.officer");
            Api rsd = new Api(suite.moduleUrl("rsd") + "/api/v1", "rsd.supervisor");
            Api authority = new Api(suite.base(), "detention.authority");

            // at the border: he asks for protection and is handed over to detention
            String surname = "Tesfamariam" + suffix();
            Api.Reply met =
                    border.create(
                            "encounters",
                            """
                            {"kind":"APPREHENSION_AFTER_IRREGULAR_CROSSING","occurredAt":"%s",
                             "person":{"statedSurname":"%s","statedGivenNames":"Dawit",
                               "dateOfBirth":"1991-04","sex":"M","nationalities":["ERI"],
                               "languages":["tir"]},
                             "unaccompaniedChild":false,"protectionRequested":{"words":"asylum"}}
                            """
                                    .formatted(
                                            Instant.now()
                                                    .minus(Duration.ofHours(2))
                                                    .truncatedTo(ChronoUnit.SECONDS),
                                            surname));
            assertEquals(201, met.status(), met::toString);
            String encounter = met.json().getString("id");
            Api.Reply handedOver =
                    border.put(
                            "encounters/" + encounter + "/outcome",
                            "{\"outcome\":\"HANDED_TO_DETENTION\"}",
                            "If-Match",
                            border.get("encounters/" + encounter).header("ETag"));
            assertEquals(200, handedOver.status(), handedOver::toString);

            // in detention: an applicant awaiting an order, linked to the arrival reception made
            JsonObject person =
                    await(
                            "the handover, linked to reception's arrival",
                            () ->
                                    authority
                                            .get("people?sourceEncounterId=" + encounter)
                                            .array()
                                            .getValuesAs(JsonObject.class)
                                            .stream()
                                            .filter(
                                                    p ->
                                                            p.getString("sourceArrivalId", null)
                                                                    != null)
                                            .findFirst());
            assertEquals("APPLICANT", person.getJsonObject("protection").getString("state"));
            String personId = person.getString("id");
            String order = issueIdentityOrder(authority, personId);

            // in RSD: the claim from reception's referral, registered, lodged, recognised
            JsonObject claim =
                    await(
                            "the claim in RSD",
                            () ->
                                    rsd.get("applications?limit=500").array().stream()
                                            .map(a -> a.asJsonObject())
                                            .filter(a -> surname.equals(a.getString("surname", "")))
                                            .findFirst());
            String id = claim.getString("id");
            step(
                    rsd.put(
                            "applications/" + id + "/holders",
                            "{\"officer\":\"eligibility.officer\",\"reviewer\":\"eligibility.officer2\"}",
                            "If-Match",
                            etag(rsd, id)));
            step(rsd.post("applications/" + id + "/registration", "{}", "If-Match", etag(rsd, id)));
            step(rsd.post("applications/" + id + "/lodging", "{}", "If-Match", etag(rsd, id)));
            Api officer = rsd.as("eligibility.officer");
            String decision = "applications/" + id + "/decision";
            Api.Reply drafted =
                    officer.create(
                            decision,
                            "{\"outcome\":\"RECOGNISED_REFUGEE\",\"legalBasis\":\"eu-qualification\","
                                    + "\"reasons\":\"Persecuted for refusing indefinite national service.\"}");
            assertEquals(201, drafted.status(), drafted::toString);
            step(
                    rsd.as("eligibility.officer2")
                            .post(
                                    decision + "/review",
                                    "{\"action\":\"APPROVE\"}",
                                    "If-Match",
                                    officer.get(decision).header("ETag")));

            // in detention: protected, and the release is due at once
            JsonObject due =
                    await(
                            "the release due in detention",
                            () ->
                                    Optional.of(authority.get("orders/" + order).json())
                                            .filter(o -> o.containsKey("releaseDue")));
            assertEquals(
                    "PROTECTION_GRANTED",
                    due.getJsonObject("releaseDue").getString("reason"),
                    due::toString);
            assertTrue(due.getBoolean("releaseOverdue"), due::toString);
            JsonObject now = authority.get("people/" + personId).json();
            assertEquals("PROTECTED", now.getJsonObject("protection").getString("state"));
            assertEquals("rsd", now.getJsonObject("protection").getString("source"));
            assertEquals(id, now.getString("rsdApplicationId"));
        }
    }

    private static String issueIdentityOrder(Api authority, String person) {
        Api manager = authority.as("facility.manager");
        Api.Reply facility =
                manager.create(
                        "facilities",
                        "{\"kind\":\"PRE_REMOVAL_CENTRE\",\"name\":\"Journey centre "
                                + UUID.randomUUID()
                                + "\",\"location\":\"Via dei Monti 14, Roma\"}");
        assertEquals(201, facility.status(), facility::toString);
        String facilityId = facility.json().getString("id");
        Api.Reply room =
                manager.create(
                        "facilities/" + facilityId + "/rooms",
                        "{\"label\":\"A-1\",\"use\":\"MULTIPLE\",\"livingSpace\":16,"
                                + "\"wallDistance\":3,\"ceilingHeight\":2.8}");
        assertEquals(201, room.status(), room::toString);
        Api.Reply issued =
                authority.create(
                        "people/" + person + "/orders",
                        "{\"groundCode\":\"identity\",\"individualAssessment\":{\"necessity\":"
                                + "\"no document, contradictory names\",\"proportionality\":\"days\"},"
                                + "\"alternativesConsidered\":["
                                + ALTERNATIVES.stream()
                                        .map(
                                                c ->
                                                        "{\"code\":\""
                                                                + c
                                                                + "\",\"whyInsufficient\":\"tried\"}")
                                        .collect(Collectors.joining(","))
                                + "],\"authority\":{\"kind\":\"ADMINISTRATIVE\",\"name\":"
                                + "\"Immigration Office\"},\"startsAt\":\""
                                + Instant.now()
                                + "\",\"facilityId\":\""
                                + facilityId
                                + "\",\"roomId\":\""
                                + room.json().getString("id")
                                + "\"}");
        assertEquals(201, issued.status(), issued::toString);
        assertEquals("APPLICANT", issued.json().getString("regime"));
        return issued.json().getString("id");
    }

    private static String etag(Api rsd, String application) {
        return rsd.get("applications/" + application).header("ETag");
    }

    private static void step(Api.Reply reply) {
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
