package org.asylon.kernel.profile;

import java.util.Optional;

/**
 * One coded item of a {@link RuleKind#LIST} rule, e.g. a refusal-of-entry ground. Each item carries
 * its own basis and status because grounds come from different instruments and are verified
 * separately.
 *
 * @param code stable code stored in records and events, e.g. {@code no-valid-visa}
 * @param label the wording shown to officers
 */
public record ListItem(
        String code,
        String label,
        String basis,
        LegalStatus status,
        Optional<String> source,
        Optional<String> note) {}
