package org.asylon.kernel.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The five reference profiles of capacity-kit/profiles: complete against the catalogue (required
 * and required-if rules), and the deadline calculator on each of them. Holidays are a national
 * choice, so each profile is extended by a test overlay in an external directory (as a state would
 * in ASYLON_PROFILE_DIR).
 */
class FiveReferenceProfilesTest {

    static final List<String> FIVE =
            List.of(
                    "convention-1951",
                    "eu-pact-2026",
                    "non-convention-mandate",
                    "oau-1969",
                    "cartagena-1984");

    @TempDir Path dir;

    private final ProfileLoader loader = new ProfileLoader();

    /**
     * A state's overlay: the profile with public holidays, a working-day rule and one rule marked
     * unconfirmed.
     */
    private LegalProfile overlay(String parent) throws IOException {
        String name = "test-" + parent;
        Files.writeString(
                dir.resolve(name + ".profile"),
                """
                # Test overlay (not law)
                [profile]
                name = %s
                title = Test overlay of %s
                extends = %s

                [calendar]
                holidays = 2026-12-24 Christmas Eve, 2026-12-25 Christmas Day, 2027-01-01 New Year's Day
                holidays.status = national-choice

                [rule local.test.working-deadline]
                kind = deadline
                duration = P5D
                counting = working
                anchor = asylum.registration
                basis = Test rule, not law
                status = national-choice

                [rule detention.judicial-review.deadline]
                status = unconfirmed
                note = Marked unconfirmed by the test overlay
                """
                        .formatted(name, parent, parent));
        return new ProfileLoader(dir).load(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "convention-1951",
                "eu-pact-2026",
                "non-convention-mandate",
                "oau-1969",
                "cartagena-1984"
            })
    void everyRequiredAndApplicableConditionalRuleIsPresent(String name) {
        LegalProfile p = loader.load(name);
        int required = 0;
        for (CatalogueRule c : loader.catalogues().rules().values()) {
            if (c.module().equals(Catalogues.REGIME_MODULE)) {
                continue; // required inside each regime: RegimesTest
            }
            boolean needed =
                    c.required()
                            || (c.conditional()
                                    && c.requiredIf().stream().allMatch(cond -> holds(p, cond)));
            if (needed) {
                required++;
                assertTrue(
                        p.has(c.name()), name + " lacks " + c.requirement() + " rule " + c.name());
                assertEquals(c.kind(), p.rule(c.name()).kind(), c.name());
            }
        }
        assertTrue(required >= 30, name + ": " + required);
        // the calendar is a setting with a status; holidays are left to the state in every
        // reference profile
        assertTrue(p.calendar().holidays().isEmpty(), name);
        assertEquals(LegalStatus.NATIONAL_CHOICE, p.calendar().setting("holidays").status(), name);
    }

    private static boolean holds(LegalProfile p, CatalogueRule.Condition c) {
        if (!p.has(c.rule())) {
            return false;
        }
        Rule r = p.rule(c.rule());
        return switch (r.kind()) {
            case LIST -> p.list(c.rule()).stream().anyMatch(i -> i.code().equals(c.code()));
            case CHOICE -> p.choice(c.rule()).equals(c.code());
            case FLAG -> String.valueOf(p.flag(c.rule())).equals(c.code());
            default -> false;
        };
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "convention-1951",
                "eu-pact-2026",
                "non-convention-mandate",
                "oau-1969",
                "cartagena-1984"
            })
    void everyDeadlineRuleComputesFromEachOfItsAnchors(String name) {
        LegalProfile state = loader.load(name);
        List<LegalProfile> withRegimes = new java.util.ArrayList<>(List.of(state));
        state.regimes().forEach(r -> withRegimes.add(r.rules()));
        for (LegalProfile p : withRegimes) {
            DeadlineCalculator calc = new DeadlineCalculator(p);
            for (Rule rule : p.rules()) {
                if (rule.kind() != RuleKind.DEADLINE) {
                    continue;
                }
                for (String anchor : rule.deadline().anchors()) {
                    Temporal at =
                            rule.deadline().length().hasTimePart()
                                    ? Instant.parse("2026-11-02T08:00:00Z")
                                    : LocalDate.of(2026, 11, 2);
                    Deadline d = calc.compute(rule.name(), Map.of(anchor, at));
                    assertTrue(
                            d.computable(),
                            p.name() + " " + rule.name() + " from " + anchor + ": " + d);
                    assertTrue(d.explanation().contains(rule.basis()), d.explanation());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "convention-1951",
                "eu-pact-2026",
                "non-convention-mandate",
                "oau-1969",
                "cartagena-1984"
            })
    void calendarDeadline(String name) {
        // 15 calendar days from Mon 2 Nov 2026 (RCD Art 11(3), or the national choice modelled on
        // it)
        Deadline d =
                new DeadlineCalculator(loader.load(name))
                        .compute(
                                "detention.judicial-review.deadline",
                                Map.of("detention.start", LocalDate.of(2026, 11, 2)));
        assertEquals(LocalDate.of(2026, 11, 17), d.dueDate().orElseThrow());
        assertEquals(Counting.CALENDAR, d.counting());
        assertTrue(
                d.explanation()
                        .startsWith("15 calendar days from start of detention on 2026-11-02 ("),
                d.explanation());
        LegalStatus expected =
                name.equals("eu-pact-2026") ? LegalStatus.CONFIRMED : LegalStatus.NATIONAL_CHOICE;
        assertEquals(expected, d.status(), name);
        if (expected == LegalStatus.NATIONAL_CHOICE) {
            assertTrue(d.explanation().endsWith("→ 2026-11-17 [national choice]"), d.explanation());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "convention-1951",
                "eu-pact-2026",
                "non-convention-mandate",
                "oau-1969",
                "cartagena-1984"
            })
    void workingDaysAcrossWeekendsAndHolidays(String name) throws IOException {
        LegalProfile p = overlay(name);
        assertEquals(List.of("test-" + name), p.lineage().subList(0, 1));
        assertTrue(p.lineage().contains(name));
        // Wed 23 Dec 2026: Thu 24, Fri 25 holidays, weekend, Mon 28 (1) ... Thu 31 (4), Fri 1 Jan
        // holiday,
        // weekend, Mon 4 Jan (5)
        Deadline d =
                new DeadlineCalculator(p)
                        .compute(
                                "local.test.working-deadline",
                                Map.of("asylum.registration", LocalDate.of(2026, 12, 23)));
        assertEquals(LocalDate.of(2027, 1, 4), d.dueDate().orElseThrow());
        assertEquals(Counting.WORKING, d.counting());
        assertTrue(
                d.explanation()
                        .contains(
                                "(holidays skipped: 2026-12-24 Christmas Eve, 2026-12-25 Christmas Day, "
                                        + "2027-01-01 New Year's Day)"),
                d.explanation());
        // the reference rules themselves are untouched by the overlay
        assertEquals(loader.load(name).rule("detention.maximum"), p.rule("detention.maximum"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "convention-1951",
                "eu-pact-2026",
                "non-convention-mandate",
                "oau-1969",
                "cartagena-1984"
            })
    void oneMonthFrom31January(String name) {
        // every profile has a one-month rule: the detention review interval (a placeholder national
        // choice)
        DeadlineCalculator calc = new DeadlineCalculator(loader.load(name));
        assertEquals(
                "P1M",
                loader.load(name)
                        .rule("detention.periodic-review.interval")
                        .deadline()
                        .length()
                        .text());
        Deadline nonLeap =
                calc.compute(
                        "detention.periodic-review.interval",
                        Map.of("detention.review", LocalDate.of(2027, 1, 31)));
        assertEquals(LocalDate.of(2027, 2, 28), nonLeap.dueDate().orElseThrow());
        Deadline leap =
                calc.compute(
                        "detention.periodic-review.interval",
                        Map.of("detention.review", LocalDate.of(2028, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), leap.dueDate().orElseThrow());
        assertTrue(
                leap.explanation()
                        .startsWith("1 month from last review of detention on 2028-01-31"),
                leap.explanation());
    }

    @Test
    void oneMonthFrom31JanuaryOnAConfirmedEuRule() {
        // AMMR Art 40(1): reply to a take-charge request within 1 month
        DeadlineCalculator eu =
                new DeadlineCalculator(loader.load("eu-pact-2026").regime("eu-ammr").rules());
        Deadline d =
                eu.compute(
                        "regime.take-charge.reply.deadline",
                        Map.of("readmission.request.receipt", LocalDate.of(2027, 1, 31)));
        assertEquals(LocalDate.of(2027, 2, 28), d.dueDate().orElseThrow());
        assertEquals(LegalStatus.CONFIRMED, d.status());
        d =
                eu.compute(
                        "regime.take-charge.reply.deadline",
                        Map.of("readmission.request.receipt", LocalDate.of(2028, 1, 31)));
        assertEquals(LocalDate.of(2028, 2, 29), d.dueDate().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "convention-1951",
                "eu-pact-2026",
                "non-convention-mandate",
                "oau-1969",
                "cartagena-1984"
            })
    void missingAnchorIsNotComputableWithTheReason(String name) {
        DeadlineCalculator calc = new DeadlineCalculator(loader.load(name));
        Deadline d =
                calc.compute(
                        "detention.judicial-review.deadline",
                        Map.of("detention.review", LocalDate.of(2026, 1, 5)));
        assertFalse(d.computable());
        assertTrue(d.anchor().isEmpty());
        assertEquals(
                "detention.judicial-review.deadline (15 calendar days): not computable: anchor detention.start "
                        + "not recorded",
                d.explanation());
        d = calc.compute("entry.screening.deadline", Map.of());
        assertFalse(d.computable());
        assertTrue(
                d.explanation()
                        .endsWith(
                                "not computable: none of the anchors entry.apprehension, "
                                        + "entry.disembarkation, entry.presentation recorded"),
                d.explanation());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "convention-1951",
                "eu-pact-2026",
                "non-convention-mandate",
                "oau-1969",
                "cartagena-1984"
            })
    void unconfirmedRuleIsFlagged(String name) throws IOException {
        Deadline d =
                new DeadlineCalculator(overlay(name))
                        .compute(
                                "detention.judicial-review.deadline",
                                Map.of("detention.start", LocalDate.of(2026, 11, 2)));
        assertTrue(d.unconfirmed());
        assertEquals(LocalDate.of(2026, 11, 17), d.dueDate().orElseThrow());
        assertTrue(d.explanation().endsWith("→ 2026-11-17 [UNCONFIRMED]"), d.explanation());
        assertTrue(
                d.caveats()
                        .get(0)
                        .startsWith(
                                "rule detention.judicial-review.deadline is UNCONFIRMED: verify against "
                                        + "the official text (Marked unconfirmed by the test overlay)"),
                d.caveats().get(0));
    }

    @Test
    void unconfirmedRulesOfTheReferenceProfilesThemselves() {
        LegalProfile eu = loader.load("eu-pact-2026");
        Deadline d =
                new DeadlineCalculator(eu)
                        .compute(
                                "asylum.examination.accelerated.deadline",
                                Map.of("asylum.lodging", LocalDate.of(2026, 11, 30)));
        assertTrue(d.unconfirmed());
        assertEquals(LocalDate.of(2027, 2, 28), d.dueDate().orElseThrow());
        assertTrue(d.explanation().endsWith("[UNCONFIRMED]"), d.explanation());
        assertEquals(
                LegalStatus.UNCONFIRMED,
                eu.regime("eu-ammr").rules().rule("regime.take-charge.reply.silence").status());
        for (String name : List.of("convention-1951", "oau-1969", "cartagena-1984")) {
            assertEquals(
                    LegalStatus.UNCONFIRMED,
                    loader.load(name).rule("entry.non-refoulement.basis").status(),
                    name);
        }
        ListItem subsidiary =
                eu.list("asylum.refugee-definitions").stream()
                        .filter(i -> i.code().equals("eu-subsidiary-protection"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(LegalStatus.UNCONFIRMED, subsidiary.status());
    }

    @Test
    void regionalDefinitions() {
        LegalProfile oau = loader.load("oau-1969");
        assertEquals(List.of("oau-1969", "convention-1951"), oau.lineage());
        assertEquals(
                List.of("convention-1951", "oau-1969"),
                codes(oau.list("asylum.refugee-definitions")));
        ListItem artI2 = oau.list("asylum.refugee-definitions").get(1);
        assertEquals(
                "OAU Convention Governing the Specific Aspects of Refugee Problems in Africa (1969), Art I(2)",
                artI2.basis());
        assertEquals(LegalStatus.SECONDARY, artI2.status());
        assertTrue(artI2.label().contains("events seriously disturbing public order"));
        assertEquals("oau-1969", oau.rule("asylum.refugee-definitions").profile());
        assertEquals("convention-1951", oau.rule("detention.maximum").profile());

        LegalProfile cartagena = loader.load("cartagena-1984");
        assertEquals(List.of("cartagena-1984", "convention-1951"), cartagena.lineage());
        assertEquals(
                List.of("convention-1951", "cartagena-1984"),
                codes(cartagena.list("asylum.refugee-definitions")));
        ListItem iii3 = cartagena.list("asylum.refugee-definitions").get(1);
        assertTrue(
                iii3.basis()
                        .startsWith("Cartagena Declaration on Refugees (1984), Conclusion III(3)"),
                iii3.basis());
        assertTrue(iii3.label().contains("generalised violence"));
        assertEquals(LegalStatus.CONFIRMED, iii3.status());

        assertEquals(
                List.of("convention-1951"),
                codes(loader.load("convention-1951").list("asylum.refugee-definitions")));
        assertEquals(
                List.of("convention-1951", "eu-qualification", "eu-subsidiary-protection"),
                codes(loader.load("eu-pact-2026").list("asylum.refugee-definitions")));
        for (String name :
                List.of("convention-1951", "oau-1969", "cartagena-1984", "eu-pact-2026")) {
            assertEquals(
                    "national-asylum-authority",
                    loader.load(name).choice("asylum.status-determination.authority"));
        }
    }

    @Test
    void nonConventionMandateNamesUnhcrAsDeciding() {
        LegalProfile p = loader.load("non-convention-mandate");
        assertEquals(List.of("non-convention-mandate"), p.lineage());
        assertEquals("unhcr-mandate", p.choice("asylum.status-determination.authority"));
        assertEquals("unhcr-mandate", p.choice("entry.protection-request.referral"));
        assertEquals("unhcr", p.choice("reception.refugee-document.issuer"));
        // no examination clock of its own: those rules are required only for a national asylum
        // authority
        assertFalse(p.has("asylum.examination.regular.deadline"));
        assertFalse(p.has("asylum.appeal.decision.deadline"));
        // entry, reception, detention and return still run
        for (String rule :
                List.of(
                        "entry.screening.applies",
                        "reception.temporary-document.validity",
                        "detention.judicial-review.deadline",
                        "detention.periodic-review.interval",
                        "return.voluntary-departure.period",
                        "readmission.regimes")) {
            assertTrue(p.has(rule), rule);
        }
        assertEquals(List.of("bilateral-model"), codes(p.list("readmission.regimes")));
        // other protection pathways (10-Point Plan Dialogue report 2007, para 66)
        ListItem para66 =
                p.list("reception.referral.pathways").stream()
                        .filter(i -> i.code().equals("migration-labour-human-rights"))
                        .findFirst()
                        .orElseThrow();
        assertTrue(para66.basis().contains("para 66"), para66.basis());
        assertFalse(
                loader.load("convention-1951").list("reception.referral.pathways").stream()
                        .anyMatch(i -> i.code().equals("migration-labour-human-rights")));
    }

    @Test
    void euTracksAndTheirTriggers() {
        LegalProfile eu = loader.load("eu-pact-2026");
        assertEquals(
                List.of("regular", "border", "accelerated", "prioritised"),
                codes(eu.list("asylum.procedure.tracks")));
        assertEquals(20, eu.integer("asylum.recognition-rate-threshold"));
        assertEquals(LegalStatus.SECONDARY, eu.rule("asylum.recognition-rate-threshold").status());
        assertEquals(
                List.of("border"), codes(eu.list("asylum.unaccompanied-children.excluded-tracks")));
        assertEquals(
                List.of("eu-ammr", "dublin-iii", "ec-albania"),
                eu.regimes().stream().map(Regime::code).toList());
        assertEquals("last-resort", eu.choice("detention.children"));
        assertEquals("never", loader.load("convention-1951").choice("detention.children"));
        Deadline transfer =
                new DeadlineCalculator(eu.regime("eu-ammr").rules())
                        .compute(
                                "regime.transfer.deadline",
                                Map.of("readmission.acceptance", LocalDate.of(2026, 8, 31)));
        assertEquals(LocalDate.of(2027, 2, 28), transfer.dueDate().orElseThrow());
    }

    @Test
    void aStateThatAddsATrackMustAddItsRules() throws IOException {
        Files.writeString(
                dir.resolve("with-border.profile"),
                """
                [profile]
                name = with-border
                title = Convention state that adds a border procedure
                extends = convention-1951

                [rule asylum.procedure.tracks]
                item.border.label = Border procedure
                item.border.basis = Test national law, Art 1
                item.border.status = national-choice
                """);
        String msg =
                assertThrows(
                                ProfileException.class,
                                () -> new ProfileLoader(dir).load("with-border"))
                        .getMessage();
        assertTrue(msg.startsWith("with-border.profile line 1, rule "), msg);
        assertTrue(msg.contains("required because asylum.procedure.tracks = border"), msg);
    }

    @Test
    void requiredIfIsValidatedInTheCatalogue() {
        String msg =
                assertThrows(
                                ProfileException.class,
                                () ->
                                        Catalogues.parse(
                                                List.of("a.b | x | y"),
                                                List.of(
                                                        "x.tracks | list | rsd | required | tracks",
                                                        "x.deadline | deadline | rsd | required-if x.trakcs=border | typo")))
                        .getMessage();
        assertEquals(
                "rules.catalogue line 2, rule x.deadline: required-if names unknown rule 'x.trakcs'",
                msg);
        msg =
                assertThrows(
                                ProfileException.class,
                                () ->
                                        Catalogues.parse(
                                                List.of("a.b | x | y"),
                                                List.of(
                                                        "x.age | number | rsd | required | age",
                                                        "x.deadline | deadline | rsd | required-if x.age=18 | not a condition")))
                        .getMessage();
        assertTrue(msg.contains("only list, choice and flag rules can be conditions"), msg);
        msg =
                assertThrows(
                                ProfileException.class,
                                () ->
                                        Catalogues.parse(
                                                List.of("a.b | x | y"),
                                                List.of(
                                                        "x.deadline | deadline | rsd | required-if border | no rule")))
                        .getMessage();
        assertTrue(
                msg.startsWith("rules.catalogue line 1, rule x.deadline: bad condition 'border'"),
                msg);
        Catalogues ok =
                Catalogues.parse(
                        List.of("a.b | x | y"),
                        List.of(
                                "x.deadline | deadline | rsd | required-if x.who=state and x.tracks=border | two conditions",
                                "x.tracks | list | rsd | required | tracks",
                                "x.who | choice | rsd | required | who"));
        CatalogueRule rule = ok.rule("x.deadline").orElseThrow();
        assertEquals("required-if x.who=state and x.tracks=border", rule.requirement());
        assertFalse(rule.required());
        assertTrue(rule.conditional());
    }

    @Test
    void statusCountsAreReported() {
        // not an assertion on law: prints the per-profile counts used in the README and the
        // hand-over report
        for (String name : FIVE) {
            Map<LegalStatus, Integer> counts = new HashMap<>();
            for (Rule r : loader.load(name).rules()) {
                counts.merge(r.status(), 1, Integer::sum);
            }
            System.out.println(
                    "[status counts] "
                            + name
                            + " "
                            + loader.load(name).rules().size()
                            + " "
                            + counts);
            assertTrue(counts.getOrDefault(LegalStatus.NATIONAL_CHOICE, 0) > 0, name);
        }
    }

    private static List<String> codes(List<ListItem> items) {
        return items.stream().map(ListItem::code).toList();
    }
}
