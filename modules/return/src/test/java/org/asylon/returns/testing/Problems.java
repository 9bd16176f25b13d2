package org.asylon.returns.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.junit.jupiter.api.function.Executable;

/** Assertions on the problems the rules raise. */
public final class Problems {

    private Problems() {}

    /** A 422 rule-violated naming {@code rule}, with a basis that contains {@code basisPart}. */
    public static ProblemException refusedBy(String rule, String basisPart, Executable action) {
        ProblemException e = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.RULE_VIOLATED, e.type(), e::getMessage);
        assertEquals(rule, e.extensions().get("rule"), e::getMessage);
        if (basisPart != null) {
            Object basis = e.extensions().get("legalBasis");
            assertTrue(
                    basis != null && basis.toString().contains(basisPart),
                    () -> "basis " + basis + " should contain " + basisPart);
        }
        return e;
    }

    /** A 422 validation-failed naming {@code field}. */
    public static ProblemException invalid(String field, Executable action) {
        ProblemException e = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.VALIDATION_FAILED, e.type(), e::getMessage);
        assertEquals(field, e.fieldErrors().get(0).field(), e::getMessage);
        return e;
    }

    /** A 409 conflict. */
    public static ProblemException conflict(Executable action) {
        ProblemException e = assertThrows(ProblemException.class, action);
        assertEquals(ProblemType.CONFLICT, e.type(), e::getMessage);
        return e;
    }
}
