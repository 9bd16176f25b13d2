package org.asylon.entry.encounter.boundary;

import jakarta.validation.constraints.Size;

/** The person asked for protection; {@code words} records how, in their words where possible. */
public record ProtectionRequestInput(@Size(max = 2000) String words) {
}
