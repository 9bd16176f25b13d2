package org.asylon.rsd.appeal.boundary;

import java.time.Instant;

/** An appeal as received by the appeal body; {@code lodgedAt} (the receipt) defaults to now. */
public record NewAppeal(Instant lodgedAt) {}
