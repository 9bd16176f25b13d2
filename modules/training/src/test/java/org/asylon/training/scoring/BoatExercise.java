package org.asylon.training.scoring;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.training.exercise.Exercise;
import org.asylon.training.exercise.Exercise.CastMember;
import org.asylon.training.exercise.Exercise.CriticalError;
import org.asylon.training.exercise.Exercise.CriticalKind;
import org.asylon.training.exercise.Exercise.KeyItem;
import org.asylon.training.exercise.Exercise.Task;
import org.asylon.training.exercise.Exercise.Texts;
import org.asylon.training.persona.GroundTruth;
import org.asylon.training.persona.Persona;
import org.asylon.training.persona.Persona.DocumentState;
import org.asylon.training.persona.Persona.ProtectionIntent;
import org.asylon.training.persona.Persona.Script;
import org.asylon.training.persona.Persona.TravelDocument;

/**
 * A small border exercise under eu-pact-2026 as a named fixture: A asks for protection, B is an
 * unaccompanied child, C is a labour migrant with a valid passport; and the trails of
 * src/test/resources/scoring/ (entry's events and audit records in the shape {@code EntryEvents}
 * and the kernel's audit resource give them).
 */
final class BoatExercise {

    static final LegalProfile PROFILE = new ProfileLoader().load("eu-pact-2026");

    static final String LAWFUL = "trainee.1.lawful";
    static final String WRONG = "trainee.1.wrong";
    static final String IDLE = "trainee.1.idle";

    private BoatExercise() {}

    static Texts texts(String en) {
        return new Texts(Map.of("en", en, "fr", "[fr] " + en, "ar", "[ar] " + en));
    }

    static Exercise exercise() {
        return exercise(
                List.of(
                        item(
                                "k1",
                                "A",
                                "entry.protection-requested",
                                10,
                                "protection",
                                "entry.protection-request.referral",
                                "A said he was afraid to go back: record the request."),
                        item(
                                "k2",
                                "A",
                                "entry.outcome.REFERRED_TO_ASYLUM_PROCEDURE",
                                10,
                                "protection",
                                "entry.non-refoulement",
                                "A person who asks for protection is referred to the asylum"
                                        + " procedure."),
                        item(
                                "k3",
                                "B",
                                "entry.unaccompanied-child",
                                10,
                                "child",
                                "entry.child.age-of-majority",
                                "B is under 18 and travels alone."),
                        item(
                                "k4",
                                "B",
                                "entry.outcome.REFERRED_TO_CHILD_PROTECTION",
                                10,
                                "child",
                                "detention.children",
                                "An unaccompanied child goes to child protection."),
                        item(
                                "k5",
                                "B",
                                "entry.specific-need.SC",
                                5,
                                "child",
                                "entry.child.age-of-majority",
                                "Note the child's specific need."),
                        item(
                                "k6",
                                "C",
                                "entry.registered",
                                5,
                                "registration",
                                "entry.screening.deadline",
                                "Register every person.")));
    }

    static Exercise exercise(List<KeyItem> key) {
        return new Exercise(
                "boat-test",
                "border-officer",
                List.of("border-officer", "trainee"),
                List.of("entry"),
                "eu-pact-2026",
                List.of(),
                42,
                15,
                texts("A boat at the port"),
                texts("Register the group."),
                List.of(
                        new CastMember("A", Map.of("intent", "AT_BORDER"), texts("asks")),
                        new CastMember("B", Map.of("unaccompaniedChild", "true"), texts("child")),
                        new CastMember("C", Map.of("otherOption", "LABOUR"), texts("labour"))),
                List.of(),
                List.of(new Task("t1", texts("Register the boat group."))),
                key,
                List.of(
                        critical(
                                "c1",
                                "A",
                                CriticalKind.REFOULEMENT,
                                CriticalError.When.PRESENT,
                                "entry.outcome.REFUSED_ENTRY",
                                "entry.non-refoulement",
                                "A asked for protection: refusing him entry is refoulement."),
                        critical(
                                "c2",
                                "A",
                                CriticalKind.PROTECTION_REQUEST_REFUSED,
                                CriticalError.When.ABSENT,
                                "entry.protection-requested",
                                "entry.protection-request.referral",
                                "A's request for protection was never recorded."),
                        critical(
                                "c3",
                                "B",
                                CriticalKind.CHILD_DETAINED,
                                CriticalError.When.PRESENT,
                                "entry.outcome.HANDED_TO_DETENTION",
                                "detention.children",
                                "A child-protection place was free: detention was not the last"
                                        + " resort.")));
    }

    static KeyItem item(
            String id,
            String persona,
            String observation,
            int points,
            String competence,
            String rule,
            String explanation) {
        return new KeyItem(
                id, "t1", persona, observation, points, competence, rule, texts(explanation));
    }

    static CriticalError critical(
            String id,
            String persona,
            CriticalKind kind,
            CriticalError.When when,
            String observation,
            String rule,
            String explanation) {
        return new CriticalError(
                id, persona, kind, when, observation, 50, rule, texts(explanation));
    }

    static Map<String, Persona> cast() {
        Map<String, Persona> cast = new LinkedHashMap<>();
        cast.put(
                "A",
                persona(
                        "P-0001",
                        "Haddad",
                        "Mohammed Yusuf",
                        "محمد يوسف حداد",
                        Script.ARABIC,
                        List.of("Muhammad", "Mohamed", "Yousef"),
                        "1990-04-12",
                        false,
                        "M",
                        "SYR",
                        false));
        cast.put(
                "B",
                persona(
                        "P-0002",
                        "Habtemariam",
                        "Selam",
                        "ሰላም ሃብተማርያም",
                        Script.ETHIOPIC,
                        List.of("Habte Mariam"),
                        "2010-03",
                        true,
                        "F",
                        "ERI",
                        true));
        cast.put(
                "C",
                persona(
                        "P-0003",
                        "Gaviria Restrepo",
                        "Luis Fernando",
                        null,
                        Script.LATIN,
                        List.of(),
                        "1995-11-02",
                        false,
                        "M",
                        "COL",
                        false));
        return cast;
    }

    static Persona persona(
            String id,
            String surname,
            String given,
            String original,
            Script script,
            List<String> variants,
            String birth,
            boolean estimated,
            String sex,
            String nationality,
            boolean unaccompanied) {
        return new Persona(
                id,
                true,
                surname,
                given,
                original,
                script,
                variants,
                birth,
                estimated,
                sex,
                List.of(nationality),
                List.of(),
                null,
                unaccompanied,
                false,
                new TravelDocument(DocumentState.ABSENT, null, null, null, null, List.of()),
                List.of(),
                new ProtectionIntent(ProtectionIntent.Moment.NEVER, null, null),
                List.of(),
                null,
                "Fictional.",
                new GroundTruth(
                        "eu-pact-2026",
                        LocalDate.parse("2026-01-15"),
                        null,
                        unaccompanied,
                        List.of(),
                        List.of()));
    }

    static List<JsonObject> json(String resource) {
        try (InputStream in = BoatExercise.class.getResourceAsStream("/scoring/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource scoring/" + resource);
            }
            JsonArray array = Jsons.read(in).asJsonArray();
            return array.getValuesAs(JsonObject.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModuleTrail entryTrail() {
        return new ModuleTrail(
                "entry", json("boat-entry-events.json"), json("boat-entry-audit.json"));
    }

    static List<TraineeWork> trainees() {
        return List.of(
                new TraineeWork(LAWFUL, "Amina", "en", Map.of()),
                new TraineeWork(WRONG, "Bruno <script>alert(1)</script>", "fr", Map.of()),
                new TraineeWork(IDLE, "Chadi", "ar", Map.of("enc-idle-A", "A")));
    }
}
