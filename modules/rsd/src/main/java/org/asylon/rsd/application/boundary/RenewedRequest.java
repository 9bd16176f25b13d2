package org.asylon.rsd.application.boundary;

import java.time.Instant;
import org.asylon.rsd.application.entity.MadeWhere;

/**
 * The person whose claim was withdrawn asks for protection again: when (default now) and where
 * (default the RSD desk).
 */
public record RenewedRequest(Instant at, MadeWhere madeWhere) {}
