package org.asylon.rsd.appeal.boundary;

import org.asylon.rsd.appeal.entity.Appeal;

/**
 * The appeal body's reasons (and its reasons for admitting a late appeal): RSD content, read
 * through CaseAccess.
 */
public record AppealReasonsView(
        String appealId,
        String applicationId,
        String result,
        String reasons,
        String admissionReasons) {

    static AppealReasonsView of(Appeal ap) {
        return new AppealReasonsView(
                ap.id(),
                ap.applicationId(),
                ap.result() == null ? null : ap.result().name(),
                ap.reasons(),
                ap.admissionReasons());
    }
}
