package org.asylon.detention.monitoring.control;

import org.asylon.detention.person.control.People;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/** A person a monitor's record names is one of the register of detained people. */
final class PersonNamed {

    private PersonNamed() {}

    /**
     * @throws ProblemException 422 naming {@code personId} when no detained person has the id
     */
    static void requireRegistered(People people, String personId) {
        if (personId == null) {
            return;
        }
        try {
            people.find(personId);
        } catch (ProblemException e) {
            if (e.type() != ProblemType.NOT_FOUND) {
                throw e;
            }
            throw ProblemException.invalidField("personId", "no detained person has this id");
        }
    }
}
