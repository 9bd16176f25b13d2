package org.asylon.rsd.triage.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An officer's override of the track: the track code, optionally the ground of the profile that
 * supports it, and the written reasons (required; kept on the case, never put on the feed).
 */
public record TrackOverride(
        @NotBlank(message = "name the track, a code of the profile's asylum.procedure.tracks")
                @Size(max = 40)
                String track,
        @Size(max = 60) String ground,
        @NotBlank(message = "an override needs the officer's written reasons") @Size(max = 2000)
                String reasons) {}
