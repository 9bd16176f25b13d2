package org.asylon.detention.monitoring.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.function.Executable;

/** What a refusal must look like in these tests. */
final class Refusals {

    private Refusals() {}

    static ProblemException assertForbidden(Executable action) {
        ProblemException refused = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.FORBIDDEN, refused.type(), refused.getMessage());
        return refused;
    }

    static ProblemException assertRule(String rule, Executable action) {
        ProblemException refused = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.RULE_VIOLATED, refused.type(), refused.getMessage());
        assertEquals(rule, refused.extensions().get("rule"), refused.getMessage());
        return refused;
    }

    static ProblemException assertField(String field, Executable action) {
        ProblemException refused = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.VALIDATION_FAILED, refused.type(), refused.getMessage());
        assertEquals(field, refused.fieldErrors().get(0).field(), refused.getMessage());
        return refused;
    }
}
