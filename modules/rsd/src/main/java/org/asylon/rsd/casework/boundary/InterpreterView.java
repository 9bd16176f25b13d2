package org.asylon.rsd.casework.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.kernel.code.Languages;
import org.asylon.rsd.casework.entity.Interpreter;

/**
 * An interpreter of the registry; {@code languageNames} as people read them ("Dari (prs)"), in the
 * codes' order.
 */
public record InterpreterView(
        String id,
        String name,
        List<String> languages,
        List<String> languageNames,
        String gender,
        String contact,
        boolean active,
        String registeredBy,
        Instant registeredAt,
        long version) {

    public static InterpreterView of(Interpreter i) {
        return new InterpreterView(
                i.id(),
                i.name(),
                i.languages(),
                i.languages().stream().map(Languages::label).toList(),
                i.gender().name(),
                i.contact(),
                i.active(),
                i.registeredBy(),
                i.registeredAt(),
                i.version());
    }
}
