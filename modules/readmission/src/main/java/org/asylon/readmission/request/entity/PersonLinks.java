package org.asylon.readmission.request.entity;

/**
 * The person's records in this state's other modules. They identify the person to the return
 * module's protection picture at the moment of a transfer; they never leave the state.
 */
public record PersonLinks(
        String rsdApplicationId, String sourceArrivalId, String sourceEncounterId) {

    public static final PersonLinks NONE = new PersonLinks(null, null, null);

    public boolean any() {
        return rsdApplicationId != null || sourceArrivalId != null || sourceEncounterId != null;
    }
}
