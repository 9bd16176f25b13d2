package org.asylon.training.exercise;

import static org.asylon.training.exercise.APersona.aPersona;

import java.util.List;
import org.asylon.training.persona.Persona;
import org.asylon.training.persona.Persona.DocumentState;
import org.asylon.training.persona.Persona.OtherOption;
import org.asylon.training.persona.Persona.Script;

/**
 * A small cohort written by hand: a rubber boat (G-001) carrying an unaccompanied boy, an
 * Arabic-speaking man who asks at the border and a family (G-002: a woman and a child separated
 * from the parents), two ferry passengers, and people who look alike but must not be cast (a child
 * alone on land, a family in another boat that does not ask for protection).
 */
final class HandCohort {

    private HandCohort() {}

    static List<Persona> boatAndFerry() {
        return List.of(
                aPersona("P-0001").child(15).unaccompanied().build(),
                aPersona("P-0002").child(16).unaccompanied().inGroup("G-001", "BOAT", null).build(),
                aPersona("P-0003")
                        .script(Script.ARABIC)
                        .asksAtBorder()
                        .inGroup("G-001", "BOAT", null)
                        .build(),
                aPersona("P-0004").inGroup("G-003", "FAMILY", "G-009").build(),
                aPersona("P-0005")
                        .woman()
                        .inGroup("G-002", "FAMILY", "G-001")
                        .asksAtBorder()
                        .build(),
                aPersona("P-0006")
                        .child(7)
                        .separated()
                        .inGroup("G-002", "FAMILY", "G-001")
                        .asksAtBorder()
                        .build(),
                aPersona("P-0007").document(DocumentState.FORGED).build(),
                aPersona("P-0008").option(OtherOption.LABOUR).build(),
                aPersona("P-0009").inGroup("G-009", "BOAT", null).build());
    }
}
