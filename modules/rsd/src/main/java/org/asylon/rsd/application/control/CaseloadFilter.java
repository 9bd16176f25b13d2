package org.asylon.rsd.application.control;

import org.asylon.rsd.application.entity.Stage;

/**
 * Which applications a caseload list shows; a null field does not filter. {@code sourceArrivalId}
 * finds the application opened from a reception arrival (the person followed across modules).
 */
public record CaseloadFilter(Stage stage, String track, String officer, String sourceArrivalId) {

    public CaseloadFilter(Stage stage, String track, String officer) {
        this(stage, track, officer, null);
    }
}
