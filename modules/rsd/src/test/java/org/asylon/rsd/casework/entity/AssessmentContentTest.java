package org.asylon.rsd.casework.entity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.profile.ProfileLoader;
import org.junit.jupiter.api.Test;

/**
 * The assessment against the case's material facts and the refugee definitions of each reference
 * profile.
 */
class AssessmentContentTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");
    private static final List<String> FACTS = List.of("arrest-2023", "threats");

    private static AssessmentContent only(List<DefinitionFinding> definitions) {
        return new AssessmentContent(null, null, null, null, definitions, null, null);
    }

    /** The profile's list of the refugee definitions it applies. */
    private static final String DEFINITIONS = "asylum.refugee-definitions";

    private static AssessmentContent citing(CoiCitation citation) {
        return new AssessmentContent(null, List.of(citation), null, null, null, null, null);
    }

    private static void check(AssessmentContent content, String profileName) {
        LegalProfile profile = new ProfileLoader().load(profileName);
        List<String> applied = profile.list(DEFINITIONS).stream().map(ListItem::code).toList();
        content.checked(FACTS, profile.rule(DEFINITIONS), applied, profile.name(), TODAY);
    }

    private static AssessmentContent definition(String code) {
        return only(
                List.of(
                        new DefinitionFinding(
                                code,
                                DefinitionFinding.Met.MET,
                                "events seriously disturbing public order")));
    }

    private static void assertRefusedDefinition(String code, String profile) {
        ProblemException refused =
                assertThrows(ProblemException.class, () -> check(definition(code), profile));
        assertEquals(ProblemType.RULE_VIOLATED, refused.type());
        assertEquals(DEFINITIONS, refused.extensions().get("rule"));
        assertTrue(refused.getMessage().contains(profile), refused.getMessage());
    }

    @Test
    void eachProfileAcceptsOnlyTheDefinitionsItApplies() {
        assertDoesNotThrow(() -> check(definition("convention-1951"), "eu-pact-2026"));
        assertDoesNotThrow(() -> check(definition("eu-subsidiary-protection"), "eu-pact-2026"));
        assertRefusedDefinition("oau-1969", "eu-pact-2026");
        assertRefusedDefinition("cartagena-1984", "eu-pact-2026");

        assertDoesNotThrow(() -> check(definition("oau-1969"), "oau-1969"));
        assertDoesNotThrow(
                () -> check(definition("convention-1951"), "oau-1969"),
                "inherited from convention-1951");
        assertRefusedDefinition("cartagena-1984", "oau-1969");
        assertRefusedDefinition("eu-qualification", "oau-1969");

        assertDoesNotThrow(() -> check(definition("cartagena-1984"), "cartagena-1984"));
        assertRefusedDefinition("oau-1969", "cartagena-1984");

        assertDoesNotThrow(
                () -> check(definition("unhcr-extended-mandate"), "non-convention-mandate"));
        assertRefusedDefinition("convention-1951", "non-convention-mandate");
    }

    @Test
    void aDefinitionIsAssessedOnce() {
        DefinitionFinding met =
                new DefinitionFinding("oau-1969", DefinitionFinding.Met.MET, "reasoning");
        ProblemException twice =
                assertThrows(
                        ProblemException.class, () -> check(only(List.of(met, met)), "oau-1969"));
        assertEquals("definitions[1].definition", twice.fieldErrors().get(0).field());
    }

    @Test
    void aCitationWithoutSourceOrDateIsRefusedNamingTheField() {
        ProblemException noSource =
                assertThrows(
                        ProblemException.class,
                        () ->
                                check(
                                        citing(
                                                new CoiCitation(
                                                        " ",
                                                        "Country report",
                                                        LocalDate.parse("2026-03-01"),
                                                        null,
                                                        null)),
                                        "convention-1951"));
        assertEquals("countryOfOriginInformation[0].source", noSource.fieldErrors().get(0).field());

        ProblemException noDate =
                assertThrows(
                        ProblemException.class,
                        () ->
                                check(
                                        citing(
                                                new CoiCitation(
                                                        "UNHCR",
                                                        "Eligibility guidelines",
                                                        null,
                                                        null,
                                                        null)),
                                        "convention-1951"));
        assertEquals("countryOfOriginInformation[0].date", noDate.fieldErrors().get(0).field());

        ProblemException future =
                assertThrows(
                        ProblemException.class,
                        () ->
                                check(
                                        citing(
                                                new CoiCitation(
                                                        "UNHCR",
                                                        "Eligibility guidelines",
                                                        TODAY.plusDays(1),
                                                        null,
                                                        null)),
                                        "convention-1951"));
        assertEquals("countryOfOriginInformation[0].date", future.fieldErrors().get(0).field());

        ProblemException url =
                assertThrows(
                        ProblemException.class,
                        () ->
                                check(
                                        citing(
                                                new CoiCitation(
                                                        "UNHCR",
                                                        "Guidelines",
                                                        TODAY,
                                                        "javascript:alert(1)",
                                                        null)),
                                        "convention-1951"));
        assertEquals("countryOfOriginInformation[0].url", url.fieldErrors().get(0).field());

        assertDoesNotThrow(
                () ->
                        check(
                                citing(
                                        new CoiCitation(
                                                "EUAA",
                                                "Country focus",
                                                LocalDate.parse("2025-05-01"),
                                                "https://euaa.europa.eu/coi",
                                                List.of("arrest-2023"))),
                                "eu-pact-2026"));
    }

    @Test
    void findingsReferToTheMaterialFactsOfTheInterviewRecords() {
        AssessmentContent unknown =
                new AssessmentContent(
                        List.of(
                                new CredibilityFinding(
                                        "invented",
                                        CredibilityFinding.Finding.ACCEPTED,
                                        "consistent")),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        assertEquals(
                "credibility[0].factId",
                assertThrows(ProblemException.class, () -> check(unknown, "convention-1951"))
                        .fieldErrors()
                        .get(0)
                        .field());

        AssessmentContent partial =
                new AssessmentContent(
                        List.of(
                                new CredibilityFinding(
                                        "arrest-2023",
                                        CredibilityFinding.Finding.BENEFIT_OF_THE_DOUBT,
                                        "detailed, consistent, plausible")),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        check(partial, "convention-1951");
        assertEquals(List.of("threats"), partial.unassessed(FACTS));
    }

    @Test
    void groundFindingsNeedReasoningAndEachGroundOnce() {
        GroundFinding political =
                new GroundFinding(
                        GroundFinding.Ground.POLITICAL_OPINION,
                        GroundFinding.Nexus.ESTABLISHED,
                        null);
        assertEquals(
                "conventionGrounds[0].reasoning",
                assertThrows(
                                ProblemException.class,
                                () ->
                                        check(
                                                new AssessmentContent(
                                                        null,
                                                        null,
                                                        null,
                                                        List.of(political),
                                                        null,
                                                        null,
                                                        null),
                                                "convention-1951"))
                        .fieldErrors()
                        .get(0)
                        .field());
        GroundFinding notRaised =
                new GroundFinding(GroundFinding.Ground.RACE, GroundFinding.Nexus.NOT_RAISED, null);
        assertDoesNotThrow(
                () ->
                        check(
                                new AssessmentContent(
                                        null, null, null, List.of(notRaised), null, null, null),
                                "convention-1951"));
        assertEquals(
                "conventionGrounds[1].ground",
                assertThrows(
                                ProblemException.class,
                                () ->
                                        check(
                                                new AssessmentContent(
                                                        null,
                                                        null,
                                                        null,
                                                        List.of(notRaised, notRaised),
                                                        null,
                                                        null,
                                                        null),
                                                "convention-1951"))
                        .fieldErrors()
                        .get(0)
                        .field());
    }

    @Test
    void exclusionNeedsItsAnalysisAndTriggers() {
        assertEquals(
                "exclusion.analysis",
                assertThrows(
                                ProblemException.class,
                                () ->
                                        check(
                                                new AssessmentContent(
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        new ExclusionConsiderations(
                                                                true, List.of("1F(b)"), " ", null),
                                                        null),
                                                "convention-1951"))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(
                "exclusion.finding",
                assertThrows(
                                ProblemException.class,
                                () ->
                                        check(
                                                new AssessmentContent(
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        new ExclusionConsiderations(
                                                                false,
                                                                List.of(),
                                                                "none",
                                                                ExclusionConsiderations.Finding
                                                                        .EXCLUDED),
                                                        null),
                                                "convention-1951"))
                        .fieldErrors()
                        .get(0)
                        .field());
        assertEquals(
                "complementaryProtection.analysis",
                assertThrows(
                                ProblemException.class,
                                () ->
                                        check(
                                                new AssessmentContent(
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        new ComplementaryProtection(
                                                                null,
                                                                ComplementaryProtection.Finding
                                                                        .ELIGIBLE)),
                                                "eu-pact-2026"))
                        .fieldErrors()
                        .get(0)
                        .field());
    }
}
