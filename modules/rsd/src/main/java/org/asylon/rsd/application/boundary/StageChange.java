package org.asylon.rsd.application.boundary;

import java.time.Instant;

/** When an application was registered or lodged; defaults to now. */
public record StageChange(Instant at) {}
