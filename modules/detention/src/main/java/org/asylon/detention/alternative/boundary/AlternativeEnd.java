package org.asylon.detention.alternative.boundary;

import java.time.Instant;

/** When the alternative ends ({@code at} absent: now). */
public record AlternativeEnd(Instant at) {}
