package org.asylon.detention.person.control;

import java.util.List;
import org.asylon.detention.person.entity.ProtectionState;

/**
 * A person registered at the desk, with the protection state the officer checked and where it came
 * from (when RSD is not deployed, the desk is the only source).
 */
public record DeskRegistration(
        String surname,
        String givenNames,
        String originalScriptName,
        String dateOfBirth,
        String sex,
        List<String> nationalities,
        boolean child,
        String sourceEncounterId,
        String sourceArrivalId,
        String rsdApplicationId,
        ProtectionState protection,
        String protectionSource) {}
