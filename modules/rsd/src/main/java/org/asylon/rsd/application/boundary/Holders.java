package org.asylon.rsd.application.boundary;

import jakarta.validation.constraints.Size;

/** Who holds the file (user names); an absent field leaves that holder unchanged. */
public record Holders(
        @Size(max = 100) String officer,
        @Size(max = 100) String reviewer,
        @Size(max = 100) String appealOfficer,
        @Size(max = 100) String representative) {}
