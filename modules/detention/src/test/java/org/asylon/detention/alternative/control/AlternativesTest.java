package org.asylon.detention.alternative.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.asylon.detention.Fixture;
import org.asylon.detention.alternative.entity.AlternativeStatus;
import org.asylon.detention.alternative.entity.ComplianceKind;
import org.asylon.detention.person.entity.ProtectionState;
import org.asylon.kernel.problem.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Alternatives to detention (UNHCR Detention Guideline 4.3, Annex A): ordered from the profile's
 * list, followed with compliance records; a breach is a fact and never an automatic detention.
 */
class AlternativesTest {

    private final Fixture fx = new Fixture("eu-pact-2026");

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aBreachIsRecordedAsAFactAndChangesNothingElseGuideline4_3() {
        String person = fx.person(ProtectionState.APPLICANT, "1990", false);
        String id =
                fx.at(
                        d ->
                                d.alternatives
                                        .order(
                                                person,
                                                new NewAlternativeTerms(
                                                        "reporting",
                                                        "report every Monday",
                                                        fx.clock.instant(),
                                                        null,
                                                        "P7D"),
                                                "authority")
                                        .id());
        fx.clock.advance(Duration.ofDays(7));
        fx.at(
                d ->
                        d.alternatives.record(
                                id, ComplianceKind.BREACH, null, "did not report", "officer"));
        fx.at(d -> d.alternatives.record(id, ComplianceKind.BREACH, null, null, "officer"));

        assertEquals(AlternativeStatus.ACTIVE, fx.at(d -> d.alternatives.find(id).status()));
        assertEquals(2, fx.at(d -> d.alternatives.compliance(id)).size());
        assertEquals(
                0L,
                (long)
                        fx.db.readInTransaction(
                                em ->
                                        em.createQuery(
                                                        "SELECT COUNT(o) FROM DetentionOrder o",
                                                        Long.class)
                                                .getSingleResult()),
                "no automatic detention");
        assertTrue(fx.at(d -> d.placements.current(person)).isEmpty());
        String event = fx.events(AlternativeEvents.COMPLIANCE_RECORDED).get(0);
        assertTrue(event.contains("\"kind\":\"BREACH\"") && !event.contains("report"), event);
    }

    @Test
    void onlyTheProfilesAlternativesAreOrderedAndTheIntervalIsIso8601() {
        String person = fx.person(null, null, false);
        ProblemException unknown =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.alternatives.order(
                                                        person,
                                                        new NewAlternativeTerms(
                                                                "electronic-tag",
                                                                "c",
                                                                null,
                                                                null,
                                                                null),
                                                        "authority")));
        assertEquals("code", unknown.fieldErrors().get(0).field());
        ProblemException interval =
                assertThrows(
                        ProblemException.class,
                        () ->
                                fx.at(
                                        d ->
                                                d.alternatives.order(
                                                        person,
                                                        new NewAlternativeTerms(
                                                                "reporting",
                                                                "c",
                                                                null,
                                                                null,
                                                                "weekly"),
                                                        "authority")));
        assertEquals("reportingInterval", interval.fieldErrors().get(0).field());
    }

    @Test
    void anEndedAlternativeEndsOnce() {
        String person = fx.person(null, null, false);
        var a =
                fx.at(
                        d ->
                                d.alternatives.order(
                                        person,
                                        new NewAlternativeTerms(
                                                "guarantor",
                                                "Mr X stands surety",
                                                null,
                                                null,
                                                null),
                                        "authority"));
        fx.at(d -> d.alternatives.end(a.id(), "\"" + a.version() + "\"", null, "authority"));
        assertEquals(AlternativeStatus.ENDED, fx.at(d -> d.alternatives.find(a.id()).status()));
        assertEquals(1, fx.events(AlternativeEvents.ENDED).size());
    }
}
