package org.asylon.returns.avrr.entity;

/**
 * What a partner's post-arrival report is about: IOM's post-arrival services
 * (procedures-and-definitions.md §7).
 */
public enum ReportKind {
    ARRIVAL_RECEPTION,
    ONWARD_TRANSPORT,
    HEALTH_SUPPORT,
    REINTEGRATION_ASSISTANCE,
    MONITORING
}
