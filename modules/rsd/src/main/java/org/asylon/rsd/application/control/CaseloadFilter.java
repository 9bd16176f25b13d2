package org.asylon.rsd.application.control;

import org.asylon.rsd.application.entity.Stage;

/** Which applications a caseload list shows; a null field does not filter. */
public record CaseloadFilter(Stage stage, String track, String officer) {
}
