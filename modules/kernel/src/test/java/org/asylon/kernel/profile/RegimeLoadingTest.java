package org.asylon.kernel.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading the regimes a profile names: each is validated with the profile and every error names the
 * file, the line and the rule or item; a state's directory replaces or extends a shipped regime.
 */
class RegimeLoadingTest {

    @TempDir Path dir;

    /**
     * A complete small regime (lines 1-73), valid as it stands; a test appends or changes lines.
     */
    private static final String REGIME =
            """
            [regime]
            name = test-agreement
            title = Test agreement (not law)
            instrument = Test instrument
            parties = The state and Testland

            [rule regime.request-kinds]
            kind = list
            basis = Test agreement, Art 1
            status = national-choice
            item.readmission-application.label = Readmission application
            item.readmission-application.basis = Test agreement, Art 1
            item.readmission-application.status = national-choice

            [rule regime.readmission-application.reply.deadline]
            kind = deadline
            duration = P10D
            counting = calendar
            anchor = readmission.request.receipt
            basis = Test agreement, Art 2
            status = national-choice

            [rule regime.readmission-application.reply.silence]
            kind = choice
            options = acceptance, confirmation, nothing
            value = nothing
            basis = Test agreement, Art 2
            status = national-choice

            [rule regime.transfer.deadline]
            kind = deadline
            duration = P1M
            counting = calendar
            anchor = readmission.acceptance
            basis = Test agreement, Art 3
            status = national-choice

            [rule regime.transfer.lapse]
            kind = choice
            options = responsibility-shifts, acceptance-expires, not-stated
            value = acceptance-expires
            basis = Test agreement, Art 3
            status = national-choice
            """
                    + """

            [rule regime.evidence.proof]
            kind = list
            basis = Test agreement, Annex 1
            status = national-choice
            item.travel-document.label = Travel document
            item.travel-document.basis = Test agreement, Annex 1
            item.travel-document.status = national-choice

            [rule regime.evidence.circumstantial]
            kind = list
            basis = Test agreement, Annex 2
            status = national-choice
            item.statement.label = Statement
            item.statement.basis = Test agreement, Annex 2
            item.statement.status = national-choice

            [rule regime.shared-fields]
            kind = list
            basis = Test agreement, Art 4
            status = national-choice
            item.name.label = Name
            item.name.basis = Test agreement, Art 4
            item.name.status = national-choice

            [rule regime.protection-assessment.required]
            kind = flag
            value = true
            basis = Test agreement, Art 5
            status = national-choice

            [rule regime.transfer.claim-handover]
            kind = flag
            value = false
            basis = Test agreement, Art 6
            status = national-choice
            """;

    /** A state (lines 1-12) that binds the shipped model and the test agreement. */
    private static final String STATE =
            """
            [profile]
            name = my-state
            title = Test state (not law)
            extends = convention-1951

            [rule readmission.regimes]
            item.test-agreement.label = Test agreement
            item.test-agreement.basis = Test agreement, ratified 2026
            item.test-agreement.status = confirmed
            item.bilateral-model.label = Model
            item.bilateral-model.basis = Model
            item.bilateral-model.status = national-choice
            """;

    @BeforeEach
    void folders() throws IOException {
        Files.createDirectories(dir.resolve("regimes"));
    }

    private LegalProfile load(String state, String regime) throws IOException {
        Files.writeString(dir.resolve("my-state.profile"), state);
        Files.writeString(dir.resolve("regimes/test-agreement.regime"), regime);
        return new ProfileLoader(dir).load("my-state");
    }

    private String error(String state, String regime) {
        return assertThrows(ProfileException.class, () -> load(state, regime)).getMessage();
    }

    @Test
    void aStateAddsItsOwnAgreementBesideTheShippedModel() throws IOException {
        LegalProfile state = load(STATE, REGIME);

        // the order of the list: the model was inherited first, the state's item added after
        assertEquals(
                List.of("bilateral-model", "test-agreement"),
                state.regimes().stream().map(Regime::code).toList());
        Regime agreement = state.regime("test-agreement");
        assertEquals("Test instrument", agreement.instrument());
        assertEquals("The state and Testland", agreement.parties());
        assertEquals(
                "nothing",
                agreement.rules().choice("regime.readmission-application.reply.silence"));
        assertEquals(List.of("name"), agreement.sharedFields());
    }

    @Test
    void aRegimeTheProfileDoesNotNameIsRefusedByName() throws IOException {
        LegalProfile state = load(STATE, REGIME);
        ProfileException e = assertThrows(ProfileException.class, () -> state.regime("eu-ammr"));
        assertEquals("profile my-state binds no regime 'eu-ammr'", e.getMessage());
    }

    @Test
    void regimeDeadlinesUseTheStatesCalendar() throws IOException {
        String state =
                STATE
                        + """

                [calendar]
                holidays = 2026-07-11 Test Day
                holidays.status = national-choice
                roll-forward = true
                roll-forward.status = national-choice
                """;
        Regime agreement = load(state, REGIME).regime("test-agreement");

        assertTrue(agreement.rules().calendar().holiday(LocalDate.of(2026, 7, 11)).isPresent());
        // 10 days from Wednesday 1 July 2026 is Saturday 11 July, also the state's holiday: Monday
        // 13
        Deadline reply =
                new DeadlineCalculator(agreement.rules())
                        .compute(
                                "regime.readmission-application.reply.deadline",
                                Map.of("readmission.request.receipt", LocalDate.of(2026, 7, 1)));
        assertEquals(LocalDate.of(2026, 7, 13), reply.dueDate().orElseThrow());
        assertTrue(reply.explanation().contains("Test agreement, Art 2"), reply.explanation());
    }

    @Test
    void anUnknownRegimeNamesTheProfileLineAndItem() {
        String state = STATE.replace("test-agreement", "test-agrement");
        String msg = error(state, REGIME);
        assertTrue(
                msg.startsWith(
                        "my-state.profile line 7, rule readmission.regimes, item test-agrement: "
                                + "unknown regime 'test-agrement' (looked for "),
                msg);
        assertTrue(msg.endsWith("class path asylon/profiles/regimes/test-agrement.regime)"), msg);
    }

    @Test
    void aStateRuleInARegimeFileIsRefused() {
        String msg =
                error(
                        STATE,
                        REGIME
                                + """

                        [rule entry.screening.applies]
                        kind = flag
                        value = true
                        basis = Test
                        status = national-choice
                        """);
        assertEquals(
                "test-agreement.regime line 81, rule entry.screening.applies: a state rule (module "
                        + "entry): a regime file defines only rules of module readmission-regime (and "
                        + "local.*); state rules belong in the profile",
                msg);
    }

    @Test
    void aRegimeRuleInAStateProfileIsRefused() {
        String msg =
                error(
                        STATE
                                + """

                        [rule regime.transfer.deadline]
                        kind = deadline
                        duration = P1M
                        counting = calendar
                        anchor = readmission.acceptance
                        basis = Test
                        status = national-choice
                        """,
                        REGIME);
        assertEquals(
                "my-state.profile line 14, rule regime.transfer.deadline: a rule of a readmission "
                        + "regime (module readmission-regime): it belongs in a regime file "
                        + "regimes/<code>.regime that readmission.regimes names, not in a profile",
                msg);
    }

    @Test
    void aReplyRuleRequiredByTheListedRequestKindIsMissing() {
        String regime =
                REGIME.replace(
                        """
                        [rule regime.readmission-application.reply.silence]
                        kind = choice
                        options = acceptance, confirmation, nothing
                        value = nothing
                        basis = Test agreement, Art 2
                        status = national-choice
                        """,
                        "");
        String msg = error(STATE, regime);
        assertEquals(
                "test-agreement.regime line 1, rule regime.readmission-application.reply.silence: "
                        + "required rule missing (a choice used by module readmission-regime, required "
                        + "because regime.request-kinds = readmission-application; see rules.catalogue)",
                msg);
    }

    @Test
    void aFieldOutsideTheShareableSetIsRefusedAtItsLine() {
        String regime =
                REGIME.replace(
                        "item.name.status = national-choice",
                        """
                        item.name.status = national-choice
                        item.claim-summary.label = Summary of the claim
                        item.claim-summary.basis = Test
                        item.claim-summary.status = national-choice""");
        String msg = error(STATE, regime);
        assertEquals(
                "test-agreement.regime line 68, rule regime.shared-fields, item claim-summary: not a "
                        + "shareable field the readmission module knows (one of "
                        + String.join(", ", Regime.SHAREABLE_FIELDS)
                        + ")",
                msg);
    }

    @Test
    void aRequestKindOutsideTheClosedSetIsRefused() {
        String regime =
                REGIME.replace(
                        "item.readmission-application.status = national-choice",
                        """
                        item.readmission-application.status = national-choice
                        item.expulsion.label = Expulsion
                        item.expulsion.basis = Test
                        item.expulsion.status = national-choice""");
        String msg = error(STATE, regime);
        assertTrue(
                msg.startsWith(
                        "test-agreement.regime line 14, rule regime.request-kinds, item expulsion: "
                                + "not a request kind the readmission module knows"),
                msg);
    }

    @Test
    void aRegimeHasNoCalendarOfItsOwn() {
        String msg =
                error(
                        STATE,
                        REGIME
                                + """

                        [calendar]
                        zone = UTC
                        """);
        assertEquals(
                "test-agreement.regime line 81, section [calendar]: a regime has no calendar: its "
                        + "limits are counted with the calendar of the state profile that names it",
                msg);
    }

    @Test
    void theRegimeNameMustBeTheFileName() {
        String msg = error(STATE, REGIME.replace("name = test-agreement", "name = other"));
        assertEquals(
                "test-agreement.regime line 2, section [regime]: name 'other' does not match the "
                        + "file name 'test-agreement.regime'",
                msg);
    }

    @Test
    void aStatesFileReplacesAShippedRegime() throws IOException {
        Files.writeString(
                dir.resolve("regimes/bilateral-model.regime"),
                REGIME.replace("name = test-agreement", "name = bilateral-model"));
        LegalProfile state = new ProfileLoader(dir).load("convention-1951");

        Regime replaced = state.regime("bilateral-model");
        assertEquals("Test instrument", replaced.instrument());
        assertEquals(
                "bilateral-model.regime",
                replaced.rules().rule("regime.transfer.deadline").definedIn().file());
        assertEquals(
                "P1M",
                replaced.rules().rule("regime.transfer.deadline").deadline().length().text());
        // the shipped file is untouched for everyone else
        assertEquals(
                "P3M",
                new ProfileLoader()
                        .load("convention-1951")
                        .regime("bilateral-model")
                        .rules()
                        .rule("regime.transfer.deadline")
                        .deadline()
                        .length()
                        .text());
    }

    @Test
    void aStatesRegimeExtendsAShippedOneChangingOneKey() throws IOException {
        Files.writeString(
                dir.resolve("regimes/my-albania.regime"),
                """
                [regime]
                name = my-albania
                title = EC–Albania as the state applies it
                instrument = EC–Albania readmission agreement
                parties = The state and Albania
                extends = ec-albania

                [rule regime.transfer.appeal.deadline]
                duration = P10D
                basis = Test national law, Art 9
                status = confirmed
                """);
        String state =
                """
                [profile]
                name = my-state
                title = Test state (not law)
                extends = eu-pact-2026

                [rule readmission.regimes]
                override = whole
                kind = list
                basis = Test
                status = confirmed
                item.my-albania.label = EC–Albania
                item.my-albania.basis = Test
                item.my-albania.status = confirmed
                """;
        Files.writeString(dir.resolve("my-state.profile"), state);
        Regime mine = new ProfileLoader(dir).load("my-state").regime("my-albania");

        assertEquals(List.of("my-albania", "ec-albania"), mine.rules().lineage());
        assertEquals(
                "P10D",
                mine.rules().rule("regime.transfer.appeal.deadline").deadline().length().text());
        assertEquals(
                "acceptance", mine.rules().choice("regime.readmission-application.reply.silence"));
        assertEquals(
                "ec-albania",
                mine.rules().rule("regime.readmission-application.reply.silence").profile());
    }

    @Test
    void theCatalogueKeepsRegimeAndStateRequirementsApart() {
        Catalogues catalogues = new ProfileLoader().catalogues();
        CatalogueRule reply = catalogues.rule("regime.take-charge.reply.deadline").orElseThrow();
        assertEquals(Catalogues.REGIME_MODULE, reply.module());
        assertEquals("required-if regime.request-kinds=take-charge", reply.requirement());
        assertEquals("readmission", catalogues.rule("readmission.regimes").orElseThrow().module());
    }
}
