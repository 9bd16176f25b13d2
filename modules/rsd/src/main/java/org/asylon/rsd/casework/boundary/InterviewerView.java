package org.asylon.rsd.casework.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.kernel.code.Languages;
import org.asylon.rsd.casework.entity.Interviewer;

/**
 * An interviewer of the registry; {@code languageNames} as people read them ("Dari (prs)"), in the
 * codes' order.
 */
public record InterviewerView(
        String id,
        String userName,
        String gender,
        List<String> languages,
        List<String> languageNames,
        boolean active,
        String registeredBy,
        Instant registeredAt,
        long version) {

    public static InterviewerView of(Interviewer i) {
        return new InterviewerView(
                i.id(),
                i.userName(),
                i.gender().name(),
                i.languages(),
                i.languages().stream().map(Languages::label).toList(),
                i.active(),
                i.registeredBy(),
                i.registeredAt(),
                i.version());
    }
}
