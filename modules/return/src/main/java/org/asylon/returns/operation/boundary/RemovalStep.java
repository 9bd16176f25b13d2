package org.asylon.returns.operation.boundary;

import jakarta.validation.Valid;
import org.asylon.returns.gate.boundary.ProtectionCheckInput;

/** The removal is carried out now. */
public record RemovalStep(@Valid ProtectionCheckInput protectionCheck) {}
