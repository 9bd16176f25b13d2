package org.asylon.rsd.casework.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.rsd.casework.entity.Interpreter;

public record InterpreterView(String id, String name, List<String> languages, String gender, String contact,
        boolean active, String registeredBy, Instant registeredAt, long version) {

    public static InterpreterView of(Interpreter i) {
        return new InterpreterView(i.id(), i.name(), i.languages(), i.gender().name(), i.contact(), i.active(),
                i.registeredBy(), i.registeredAt(), i.version());
    }
}
