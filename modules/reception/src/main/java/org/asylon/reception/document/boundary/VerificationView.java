package org.asylon.reception.document.boundary;

import java.time.LocalDate;
import org.asylon.reception.document.entity.DocumentStatus;

/**
 * The answer to "is this number valid now?". It carries no personal data: the issue allows what the
 * profile allows, and no profile rule allows any, so the checking official compares the paper's
 * photo and names with the person in front of them, not with this answer.
 */
public record VerificationView(
        String number, boolean valid, DocumentStatus status, LocalDate validUntil) {}
