package org.asylon.returns.operation.boundary;

import jakarta.validation.Valid;

/** The removal is carried out now. */
public record RemovalStep(@Valid ProtectionCheckInput protectionCheck) {}
