package org.asylon.rsd.application.control;

/** User names of the people who hold a file; null leaves a holder unchanged. */
public record FileHolders(
        String officer, String reviewer, String appealOfficer, String representative) {}
