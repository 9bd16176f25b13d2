package org.asylon.rsd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The journeys of issue 10 through all three modules deployed together, each following the others'
 * feeds as {@code ./run.sh} wires them: Peter, refused entry, then asking for protection; a woman
 * who asks for asylum only at reception, whom the border must then not refuse; and a ten-year-old
 * travelling alone, whom no checkbox made a child. The modules must agree on whether a person
 * asked, and when.
 */
class BorderToRsdJourneysIT {

    private static MicroProcess suite;
    private static Api border;
    private static Api supervisor;
    private static Api clerk;
    private static Api officer;

    @BeforeAll
    static void startTheSuite() throws Exception {
        Path data =
                Files.createTempDirectory(
                        Path.of(System.getProperty("java.io.tmpdir")), "journeys");
        suite =
                new MicroProcess(data)
                        .deploying(
                                "rsd",
                                Path.of(System.getProperty("entry.war")),
                                Path.of(System.getProperty("reception.war")),
                                Path.of(System.getProperty("rsd.war")));
        suite.with(suite.following("entry", "entry"))
                .with(suite.following("reception", "reception"))
                .with(suite.following("rsd", "rsd"));
        suite.start();
        border = new Api(suite.moduleUrl("entry") + "/api/v1", "border.officer");
        supervisor = border.as("border.supervisor");
        clerk = new Api(suite.moduleUrl("reception") + "/api/v1", "reception.officer");
        officer = new Api(suite.base(), "rsd.supervisor");
    }

    @AfterAll
    static void stopTheSuite() throws Exception {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void petersRefusalCannotBeCarriedOutOnceHeAsksAndOneClaimReachesRsdAtTheTimeHeAsked()
            throws Exception {
        String surname = "Peter" + suffix();
        JsonObject peter = border.create("encounters", encounter(surname, "1990-05")).json();
        String path = "encounters/" + peter.getString("id");
        Api.Reply refused =
                border.put(
                        path + "/outcome",
                        "{\"outcome\":\"REFUSED_ENTRY\",\"refusalGround\":\"no-valid-travel-document\"}",
                        "If-Match",
                        "\"" + peter.getInt("version") + "\"");
        assertEquals(200, refused.status(), refused::toString);

        Api.Reply asked =
                border.post(
                        path + "/protection-request",
                        "{\"words\":\"I am afraid to go back\"}",
                        "If-Match",
                        refused.header("ETag"));
        assertEquals(200, asked.status(), asked::toString);
        assertEquals(
                "SUSPENDED",
                asked.json().getJsonObject("outcome").getString("status"),
                asked::toString);
        Api.Reply carriedOut =
                border.send(
                        "POST",
                        path + "/outcome/execution",
                        null,
                        null,
                        "If-Match",
                        asked.header("ETag"));
        assertEquals(
                422,
                carriedOut.status(),
                "the refusal is the first execution point: " + carriedOut);

        JsonObject claim = await("Peter's application in RSD", () -> applicationOf(surname));
        assertEquals(
                Instant.parse(asked.json().getString("protectionRequestedAt")),
                Instant.parse(claim.getString("madeAt")),
                "RSD counts from the moment he asked at the border");

        Api.Reply revised =
                supervisor.post(
                        path + "/outcome/revision",
                        "{\"outcome\":\"REFERRED_TO_ASYLUM_PROCEDURE\","
                                + "\"reasons\":\"He asked for protection after the refusal; it cannot stand.\"}",
                        "If-Match",
                        asked.header("ETag"));
        assertEquals(200, revised.status(), revised::toString);
        Thread.sleep(2000); // the revision travels through reception's feed too
        assertEquals(
                1,
                applicationsOf(surname).size(),
                "one claim, however many times the border spoke of it");
    }

    @Test
    void aWomanWhoAsksOnlyAtReceptionCannotBeRefusedAtTheBorderAfterwards() throws Exception {
        String surname = "Amina" + suffix();
        JsonObject amina =
                border.create(
                                "encounters",
                                encounter(surname, "1994-02")
                                        .replace(
                                                "\"unaccompaniedChild\":false",
                                                "\"unaccompaniedChild\":false,\"specificNeeds\":"
                                                        + "[{\"category\":\"SERIOUS_MEDICAL_CONDITION\"}]"))
                        .json();
        JsonObject arrival = await("Amina's arrival in reception", () -> arrivalOf(surname));
        Api.Reply requested =
                clerk.post(
                        "arrivals/" + arrival.getString("id") + "/asylum-request",
                        "",
                        "If-Match",
                        "\""
                                + clerk.get("arrivals/" + arrival.getString("id"))
                                        .json()
                                        .getInt("version")
                                + "\"");
        assertEquals(200, requested.status(), requested::toString);
        await("Amina's application in RSD", () -> applicationOf(surname));

        String path = "encounters/" + amina.getString("id");
        JsonObject known =
                await(
                        "the border learning of her request",
                        () -> {
                            JsonObject encounter = border.get(path).json();
                            return encounter.containsKey("protectionRequestedAt")
                                            && !encounter.isNull("protectionRequestedAt")
                                    ? Optional.of(encounter)
                                    : Optional.empty();
                        });
        Api.Reply refused =
                border.put(
                        path + "/outcome",
                        "{\"outcome\":\"REFUSED_ENTRY\",\"refusalGround\":\"no-valid-travel-document\"}",
                        "If-Match",
                        "\"" + known.getInt("version") + "\"");
        assertEquals(422, refused.status(), "the modules agree that she asked: " + refused);
        assertEquals("entry.non-refoulement", refused.json().getString("rule"), refused::toString);
    }

    @Test
    void aTenYearOldTravellingAloneIsAChildInEveryModuleWhateverTheCheckboxSaid() throws Exception {
        String surname = "Child" + suffix();
        String born = LocalDate.now(ZoneOffset.UTC).minusYears(10).toString();
        JsonObject child =
                border.create(
                                "encounters",
                                encounter(surname, born)
                                        .replace(
                                                "\"unaccompaniedChild\":false",
                                                "\"unaccompaniedChild\":false,"
                                                        + "\"protectionRequested\":{\"words\":\"help me\"}"))
                        .json();
        assertTrue(child.getBoolean("unaccompaniedChild"), child::toString);
        Api.Reply refused =
                border.put(
                        "encounters/" + child.getString("id") + "/outcome",
                        "{\"outcome\":\"REFUSED_ENTRY\",\"refusalGround\":\"no-valid-travel-document\"}",
                        "If-Match",
                        "\"" + child.getInt("version") + "\"");
        assertEquals(422, refused.status(), refused::toString);

        JsonObject arrival = await("the child's arrival in reception", () -> arrivalOf(surname));
        assertTrue(arrival.getBoolean("unaccompaniedChild"), arrival::toString);
        JsonObject claim = await("the child's application in RSD", () -> applicationOf(surname));
        assertTrue(claim.getBoolean("unaccompaniedChild"), claim::toString);
    }

    @Test
    void aPersonWhoAsksAgainAtReceptionAfterAWithdrawalHasTheirClaimReopened() throws Exception {
        String surname = "Again" + suffix();
        Api.Reply walkIn =
                clerk.create(
                        "arrivals",
                        "{\"surname\":\""
                                + surname
                                + "\",\"nationalities\":[\"ERI\"],"
                                + "\"languages\":[\"tir\"],\"asylumRequested\":true}");
        assertEquals(201, walkIn.status(), walkIn::toString);
        String arrival = walkIn.json().getString("id");
        String claim = await("the claim in RSD", () -> applicationOf(surname)).getString("id");
        Api.Reply registered =
                officer.post(
                        "applications/" + claim + "/registration", "{}", "If-Match", etag(claim));
        assertEquals(200, registered.status(), registered::toString);
        Api.Reply withdrawn =
                officer.post(
                        "applications/" + claim + "/withdrawal",
                        "{\"outcome\":\"IMPLICITLY_WITHDRAWN\"}",
                        "If-Match",
                        etag(claim));
        assertEquals(200, withdrawn.status(), withdrawn::toString);

        Api.Reply again =
                clerk.post(
                        "arrivals/" + arrival + "/asylum-request/renewal",
                        "",
                        "If-Match",
                        clerk.get("arrivals/" + arrival).header("ETag"));
        assertEquals(200, again.status(), again::toString);

        JsonObject reopened =
                await(
                        "the claim reopened in RSD",
                        () -> {
                            JsonObject now = officer.get("applications/" + claim).json();
                            return now.getBoolean("claimPending")
                                    ? Optional.of(now)
                                    : Optional.empty();
                        });
        assertTrue(reopened.getBoolean("claimPending"), reopened::toString);
        assertEquals(1, applicationsOf(surname).size(), "convention-1951 reopens the same claim");
    }

    private static String etag(String application) {
        return officer.get("applications/" + application).header("ETag");
    }

    private static String encounter(String surname, String dateOfBirth) {
        return """
                {"kind":"APPREHENSION_AFTER_IRREGULAR_CROSSING","occurredAt":"%s",
                 "person":{"statedSurname":"%s","statedGivenNames":"Test","dateOfBirth":"%s","sex":"M",
                   "nationalities":["SYR"],"languages":["ara"]},
                 "unaccompaniedChild":false}
                """
                .formatted(
                        Instant.now()
                                .minus(Duration.ofHours(2))
                                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                        surname,
                        dateOfBirth);
    }

    private static Optional<JsonObject> arrivalOf(String surname) {
        return clerk.get("arrivals?limit=500").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> surname.equals(a.getString("surname", "")))
                .findFirst();
    }

    private static Optional<JsonObject> applicationOf(String surname) {
        return applicationsOf(surname).stream().findFirst();
    }

    private static List<JsonObject> applicationsOf(String surname) {
        return officer.get("applications?limit=500").array().getValuesAs(JsonObject.class).stream()
                .filter(a -> surname.equals(a.getString("surname", "")))
                .toList();
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
        return UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);
    }
}
