package org.asylon.readmission.request.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Only the regime's shared fields, of the right shape, may travel between the states. */
class SharedPersonTest {

    private static final List<String> AMMR =
            List.of("name", "date-of-birth", "nationality", "eurodac-reference");

    @Test
    void theRegimesFieldsPass() {
        SharedPerson.check(person().build(), "eu-ammr", AMMR, "person");
    }

    @Test
    void aFieldOutsideTheClosedSetIsRefusedByName() {
        assertField("person.claimSummary", person().add("claimSummary", "fears the police"));
        assertField("person.interviewNotes", person().add("interviewNotes", "x"));
    }

    @Test
    void aKnownFieldTheRegimeDoesNotShareIsRefusedByName() {
        assertField(
                "person.specificNeeds",
                person().add("specificNeeds", Json.createArrayBuilder().add("medical")));
    }

    @Test
    void valuesMustHaveTheirShape() {
        assertField(
                "person.nationality[0]",
                Json.createObjectBuilder()
                        .add("nationality", Json.createArrayBuilder().add("Syria")));
        assertField(
                "person.dateOfBirth", Json.createObjectBuilder().add("dateOfBirth", "02/03/1994"));
        assertField(
                "person.name.surname",
                Json.createObjectBuilder()
                        .add("name", Json.createObjectBuilder().add("surname", 1)));
        assertField("person", Json.createObjectBuilder());
    }

    @Test
    void codesAreTheKeysInKebabCase() {
        assertEquals("date-of-birth", SharedPerson.code("dateOfBirth"));
        assertEquals("eurodac-reference", SharedPerson.code("eurodacReference"));
        assertEquals("name", SharedPerson.code("name"));
    }

    private static jakarta.json.JsonObjectBuilder person() {
        return Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("surname", "Haddad"))
                .add("dateOfBirth", "1994-03")
                .add("nationality", Json.createArrayBuilder().add("SYR"))
                .add("eurodacReference", "FR1-1");
    }

    private static void assertField(String field, jakarta.json.JsonObjectBuilder person) {
        JsonObject p = person.build();
        ProblemException e =
                assertThrows(
                        ProblemException.class,
                        () -> SharedPerson.check(p, "eu-ammr", AMMR, "person"));
        assertEquals(field, e.fieldErrors().get(0).field(), e.getMessage());
    }
}
