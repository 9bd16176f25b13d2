package org.asylon.kernel.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.OptimisticLockException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.asylon.kernel.json.Jsons;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the client is told when the body cannot be read: the field, never a Java class name. */
class ProblemClassifierTest {

    public enum Kind {
        LAND,
        SEA
    }

    public record Inner(String name, Kind kind) {}

    public record Sample(Kind kind, Inner inner, Boolean flag, OffsetDateTime at, LocalDate on) {}

    @AfterEach
    void forgetBody() {
        RequestBody.forget();
    }

    private static Problem read(String json) {
        RequestBody.keep(json.getBytes(StandardCharsets.UTF_8));
        try {
            Jsons.binding().fromJson(json, Sample.class);
        } catch (RuntimeException e) {
            Problem problem = ProblemClassifier.classify(e, "/samples");
            String rendered = problem.toJson().toString();
            assertFalse(
                    rendered.contains("org.asylon") || rendered.contains("Exception"), rendered);
            return problem;
        }
        throw new AssertionError("expected " + json + " to be refused");
    }

    @Test
    void anUnknownCodeNamesItsFieldAndTheAllowedValues() {
        Problem problem = read("{\"inner\":{\"name\":\"x\",\"kind\":\"AIR\"}}");
        assertEquals(ProblemType.INVALID_REQUEST, problem.type());
        assertEquals("inner.kind", problem.errors().get(0).field());
        assertTrue(
                problem.errors().get(0).message().contains("LAND, SEA"),
                problem.errors()::toString);
    }

    @Test
    void aMisspeltFieldIsRefusedByItsPath() {
        assertEquals("inner.nmae", read("{\"inner\":{\"nmae\":\"x\"}}").errors().get(0).field());
        assertEquals("flg", read("{\"flg\":true}").errors().get(0).field());
    }

    @Test
    void aDateThatDoesNotExistIsToldApartFromOneWrittenWrongly() {
        for (String impossible : new String[] {"2016-02-30", "2015-02-29", "2016-13-01"}) {
            Problem problem = read("{\"on\":\"" + impossible + "\"}");
            assertEquals("on", problem.errors().get(0).field(), impossible);
            assertEquals(
                    "is not a real date: no such day or month exists",
                    problem.errors().get(0).message());
        }
        assertEquals(
                "has a value of the wrong type or format",
                read("{\"on\":\"30.02.2016\"}").errors().get(0).message());
    }

    @Test
    void wrongTypesAndFormatsNameTheField() {
        assertEquals("flag", read("{\"flag\":\"yes\"}").errors().get(0).field());
        assertEquals("at", read("{\"at\":\"yesterday\"}").errors().get(0).field());
    }

    @Test
    void malformedJsonIsA400WithoutDetailsOfTheParser() {
        Problem problem = read("{\"kind\": ");
        assertEquals(ProblemType.INVALID_REQUEST, problem.type());
        assertTrue(problem.errors().isEmpty());
    }

    @Test
    void aStaleVersionIsA412AndAnythingElseA500WithAnIncidentOnly() {
        assertEquals(
                ProblemType.PRECONDITION_FAILED,
                ProblemClassifier.classify(
                                new RuntimeException(new OptimisticLockException("row changed")),
                                "/x")
                        .type());
        Problem internal =
                ProblemClassifier.classify(new IllegalStateException("secret table name"), "/x");
        assertEquals(ProblemType.INTERNAL_ERROR, internal.type());
        assertFalse(internal.toJson().toString().contains("secret"), internal.toJson()::toString);
    }
}
