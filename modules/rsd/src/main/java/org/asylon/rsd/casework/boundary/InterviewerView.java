package org.asylon.rsd.casework.boundary;

import java.time.Instant;
import java.util.List;
import org.asylon.rsd.casework.entity.Interviewer;

public record InterviewerView(String id, String userName, String gender, List<String> languages, boolean active,
        String registeredBy, Instant registeredAt, long version) {

    public static InterviewerView of(Interviewer i) {
        return new InterviewerView(i.id(), i.userName(), i.gender().name(), i.languages(), i.active(), i.registeredBy(),
                i.registeredAt(), i.version());
    }
}
