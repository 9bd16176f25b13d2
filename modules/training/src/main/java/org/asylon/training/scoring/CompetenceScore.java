package org.asylon.training.scoring;

/** The points of one competence of the key ({@code protection}, {@code child} …). */
public record CompetenceScore(String competence, int earned, int possible) {}
