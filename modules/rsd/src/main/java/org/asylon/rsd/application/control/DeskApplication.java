package org.asylon.rsd.application.control;

import java.time.Instant;
import org.asylon.rsd.application.entity.InterpreterNeeds;
import org.asylon.rsd.application.entity.Person;
import org.asylon.rsd.application.entity.Relationship;

/**
 * An application made at the RSD desk. {@code madeAt} null means now; {@code registeredAt}
 * registers it in the same sitting; a dependant names the principal's application and whether they
 * claim in their own right.
 */
public record DeskApplication(
        Person person,
        InterpreterNeeds interpreter,
        boolean unaccompaniedChild,
        boolean specialProceduralNeeds,
        Instant madeAt,
        Instant registeredAt,
        String principalId,
        Relationship relationship,
        boolean ownClaim) {}
