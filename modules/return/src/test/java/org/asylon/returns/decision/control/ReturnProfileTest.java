package org.asylon.returns.decision.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asylon.returns.decision.entity.ReturnLaw;
import org.asylon.returns.testing.Laws;
import org.junit.jupiter.api.Test;

/** Every reference profile gives the decision desk its complete rules. */
class ReturnProfileTest {

    @Test
    void everyReferenceProfileHasTheRulesOfAReturnDecision() {
        for (String name :
                new String[] {
                    "convention-1951",
                    "oau-1969",
                    "cartagena-1984",
                    "eu-pact-2026",
                    "non-convention-mandate"
                }) {
            ReturnLaw law = Laws.law(name);
            assertEquals(30, law.period().daysFrom(java.time.LocalDate.parse("2026-12-01")), name);
            assertEquals(7, law.minimum().daysFrom(java.time.LocalDate.parse("2026-12-01")), name);
            assertTrue(law.grounds().item("illegal-stay").isPresent(), name);
            assertEquals(3, law.shorteningGrounds().items().size(), name);
            assertEquals(4, law.extensionCircumstances().items().size(), name);
            assertTrue(law.longerBanGrounds().isPresent(), name);
            assertTrue(law.nonRefoulementBasis() != null && !law.nonRefoulementBasis().isBlank());
        }
        assertEquals("on-request", Laws.law("eu-pact-2026").suspensiveEffect().value());
        assertEquals("automatic", Laws.law("convention-1951").suspensiveEffect().value());
        assertTrue(Laws.law("eu-pact-2026").indefiniteBan().value());
        assertTrue(!Laws.law("convention-1951").indefiniteBan().value());
    }
}
