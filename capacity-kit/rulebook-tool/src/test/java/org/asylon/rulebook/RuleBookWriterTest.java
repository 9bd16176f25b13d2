package org.asylon.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.LegalStatus;
import org.asylon.kernel.profile.ListItem;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.kernel.profile.Rule;
import org.asylon.kernel.profile.RuleValue;
import org.junit.jupiter.api.Test;

/**
 * The rule book of one profile: every rule, in words, with its basis, status and the file that set
 * it.
 */
class RuleBookWriterTest {

    private final ProfileLoader loader = new ProfileLoader();
    private final RuleBookWriter writer = new RuleBookWriter();

    @Test
    void everyRuleOfEveryReferenceProfileAppearsWithItsBasisAndStatus() {
        for (String name : ReferenceProfiles.names(getClass().getClassLoader())) {
            LegalProfile profile = loader.load(name);
            String book = writer.write(profile);
            for (Rule rule : profile.rules()) {
                String section = section(book, rule.name());
                assertTrue(
                        section.contains("- **Legal basis:** " + rule.basis()),
                        name + " " + rule.name());
                assertTrue(
                        section.contains("- **Status:** " + StatusWords.plain(rule.status())),
                        name + " " + rule.name());
                rule.note()
                        .ifPresent(
                                n ->
                                        assertTrue(
                                                section.contains(n),
                                                name + " " + rule.name() + " note"));
                if (rule.value() instanceof RuleValue.Items items) {
                    for (ListItem item : items.items()) {
                        assertTrue(
                                section.contains("`" + item.code() + "` — " + item.label()),
                                item.code());
                        assertTrue(section.contains("Basis: " + item.basis()), item.code());
                    }
                }
            }
        }
    }

    @Test
    void headerGivesProfileLineageDateAndTheRegenerationCommand() {
        String book = writer.write(loader.load("eu-pact-2026"));
        assertTrue(book.startsWith(RuleBooks.MARKER));
        assertTrue(book.contains("do not edit"));
        assertTrue(book.contains(RuleBooks.COMMAND));
        assertTrue(book.contains("# Rule book: EU Member State under the Pact"));
        assertTrue(book.contains("| Profile | `eu-pact-2026` |"));
        assertTrue(book.contains("| Extends | nothing"));
        assertTrue(book.contains("| Applies from | 12 June 2026 |"));
        assertTrue(
                book.contains(
                        "| `first-day` | next-day: the day of the event is not counted | "
                                + "**UNCONFIRMED — verify before use** |"));
    }

    @Test
    void valuesAreInWordsWithAnchorLabels() {
        String book = writer.write(loader.load("eu-pact-2026"));
        assertTrue(
                section(book, "entry.screening.deadline")
                        .contains(
                                "- **Value:** 7 calendar days from apprehension, "
                                        + "disembarkation or presentation at the border crossing point (whichever is recorded first)"));
        assertTrue(
                section(book, "asylum.border-procedure.deadline")
                        .contains(
                                "- **Value:** 12 weeks from "
                                        + "registration of the application\n"));
        assertTrue(
                section(book, "entry.screening.held-threshold")
                        .contains("72 hours from start of the stay"));
        assertTrue(section(book, "entry.screening.applies").contains("- **Value:** yes\n"));
        assertTrue(
                section(book, "entry.protection-request.referral")
                        .contains("`national-asylum-authority` (options: "));
    }

    @Test
    void unconfirmedAndNationalChoiceRulesAreVisiblyLabelled() {
        LegalProfile profile = loader.load("eu-pact-2026");
        String book = writer.write(profile);
        assertEquals(
                LegalStatus.UNCONFIRMED, profile.rule("entry.screening.inland.deadline").status());
        assertTrue(
                section(book, "entry.screening.inland.deadline")
                        .contains("- **Status:** **UNCONFIRMED — verify before use**"));
        assertEquals(
                LegalStatus.NATIONAL_CHOICE, profile.rule("entry.child.age-of-majority").status());
        assertTrue(
                section(book, "entry.child.age-of-majority")
                        .contains("- **Status:** **national choice — the state must set this**"));
        assertTrue(section(book, "asylum.lodging.deadline").contains("- **Status:** confirmed\n"));
        assertTrue(
                section(book, "entry.biometrics.minimum-age")
                        .contains("- **Status:** secondary source\n"));
    }

    @Test
    void inheritedRulesNameTheirFileAndOwnRulesSayThisProfile() {
        LegalProfile grandchild = loader.load("test-grandchild");
        String book = writer.write(grandchild);
        assertTrue(
                book.contains(
                        "| Extends | `test-child` (lineage: test-grandchild → test-child → eu-pact-2026) |"));
        assertTrue(
                section(book, "asylum.lodging.deadline")
                        .contains("- **Set in:** inherited from `eu-pact-2026.profile` line "));
        assertTrue(
                section(book, "entry.child.age-of-majority")
                        .contains("- **Set in:** inherited from `test-child.profile` line "));
        assertTrue(
                section(book, "entry.screening.deadline")
                        .contains("- **Set in:** this profile, `test-grandchild.profile` line "));
        // the list as the grandchild resolves it: its own item, the child's item with the
        // grandchild's status
        String grounds = section(book, "entry.refusal.grounds");
        assertTrue(grounds.contains("- **Value:** 2 items:"));
        assertTrue(
                grounds.contains(
                        "`no-valid-travel-document` — No valid travel document. Basis: Test national law, "
                                + "Art 1(a). Status: **UNCONFIRMED — verify before use**"));
        assertTrue(
                grounds.contains(
                        "`entry-ban` — Subject to an entry ban. Basis: Test national law, Art 1(b). "
                                + "Status: **national choice — the state must set this**"));
        // the calendar comes from the EU profile
        assertTrue(
                book.contains(
                        "| `zone` | Europe/Brussels | **national choice — the state must set this** | — | "
                                + "Replace with the Member State's time zone. | inherited from `eu-pact-2026.profile` line "));
    }

    @Test
    void rulesAreGroupedByModuleInCasePathOrder() {
        String book = writer.write(loader.load("eu-pact-2026"));
        List<String> headings =
                book.lines().filter(l -> l.startsWith("## ") && l.contains("(module")).toList();
        assertEquals(
                List.of(
                        "## Entry and screening (module `entry`)",
                        "## Reception (module `reception`)",
                        "## Refugee status determination (module `rsd`)",
                        "## Detention (module `detention`)",
                        "## Return (module `return`)",
                        "## Readmission (module `readmission`)"),
                headings);
        assertTrue(
                book.indexOf("### `entry.screening.applies`")
                        < book.indexOf("### `entry.screening.deadline`"),
                "catalogue order within a module");
    }

    @Test
    void eachRegimeTheProfileNamesFollowsWithItsOwnRules() {
        String book = writer.write(loader.load("eu-pact-2026"));
        List<String> regimes =
                book.lines().filter(l -> l.startsWith("## Readmission regime ")).toList();
        assertEquals(
                List.of(
                        "## Readmission regime `eu-ammr`: Asylum and Migration Management Regulation (EU Member States)",
                        "## Readmission regime `dublin-iii`: Dublin III Regulation (cases it still governs)",
                        "## Readmission regime `ec-albania`: EC–Albania readmission agreement"),
                regimes);
        String ammr = book.substring(book.indexOf(regimes.get(0)), book.indexOf(regimes.get(1)));
        assertTrue(ammr.contains("| Instrument | Regulation (EU) 2024/1351 (AMMR) |"), ammr);
        String silence = section(ammr, "regime.take-back-notification.reply.silence");
        assertTrue(silence.contains("- **Status:** confirmed"), silence);
        assertTrue(silence.contains("- **Set in:** this regime, `eu-ammr.regime` line "), silence);
    }

    /** The text of one rule's section, up to the next heading. */
    static String section(String book, String rule) {
        int start = book.indexOf("### `" + rule + "`\n");
        assertTrue(start >= 0, "no section for " + rule);
        int end = book.indexOf("\n#", start + 1);
        return book.substring(start, end < 0 ? book.length() : end);
    }
}
