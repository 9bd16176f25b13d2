package org.asylon.training.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.json.Jsons;
import org.asylon.training.persona.Persona;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-12-08T10:15:30.500Z"), ZoneOffset.UTC);

    static Persona persona() {
        return new Persona(
                "P-0007",
                true,
                "Haddad",
                "Yusuf",
                "يوسف حداد",
                Persona.Script.ARABIC,
                List.of("Yousef", "Youssef"),
                "1994-07-02",
                false,
                "M",
                List.of("SYR"),
                List.of("arb"),
                null,
                false,
                false,
                new Persona.TravelDocument(
                        Persona.DocumentState.ABSENT, null, null, null, null, List.of()),
                List.of(),
                new Persona.ProtectionIntent(
                        Persona.ProtectionIntent.Moment.AT_BORDER, null, "I cannot go back"),
                List.of(),
                null,
                "Fictional story.",
                null);
    }

    private static Placeholders placeholders(Map<String, String> mine, Map<String, String> run) {
        return new Placeholders(
                Map.of("A", persona()),
                mine,
                run,
                "trainee.3.amira-k",
                CLOCK,
                p -> Jsons.object().add("statedSurname", p.statedSurname()).build(),
                p -> Jsons.array().build());
    }

    @Test
    void aWholeStringPlaceholderKeepsItsJsonShape() {
        JsonObject body =
                Jsons.object()
                        .add("person", "{{A.person}}")
                        .add("documents", "{{A.documents}}")
                        .add("nationalities", "{{A.nationalities}}")
                        .add("fictional", "{{A.fictional}}")
                        .build();

        JsonObject out = placeholders(Map.of(), Map.of()).expand(body).asJsonObject();

        assertEquals("Haddad", out.getJsonObject("person").getString("statedSurname"));
        assertEquals(0, out.getJsonArray("documents").size());
        assertEquals(Jsons.array().add("SYR").build(), out.getJsonArray("nationalities"));
        assertEquals(JsonValue.TRUE, out.get("fictional"));
    }

    @Test
    void timesAreUtcInstantsAndDatesShiftedByTheirPeriod() {
        Placeholders p = placeholders(Map.of(), Map.of());
        assertEquals("2026-12-08T10:15:30Z", p.text("{{now}}"));
        assertEquals("2026-12-06T10:15:30Z", p.text("{{now-P2D}}"));
        assertEquals("2026-12-08T11:15:30Z", p.text("{{now+PT1H}}"));
        assertEquals("2026-12-08", p.text("{{today}}"));
        assertEquals("2026-12-07", p.text("{{today-P1D}}"));
    }

    @Test
    void capturesAreTheTraineesFirstThenTheRunsAndEmbedInPaths() {
        Placeholders p =
                placeholders(Map.of("point", "mine"), Map.of("point", "shared", "group", "g-1"));
        assertEquals(
                "crossing-points/mine/groups/g-1",
                p.text("crossing-points/{{point}}/groups/{{group}}"));
        assertEquals(
                "by trainee.3.amira-k, Yusuf", p.text("by {{trainee}}, {{A.statedGivenNames}}"));
    }

    @Test
    void aPersonasNestedFieldAListsElementAndACapturedAnswersField() {
        Placeholders p = placeholders(Map.of("encounter.A/version", "3"), Map.of());

        assertEquals("I cannot go back", p.text("{{A.intent.words}}"));
        assertEquals("SYR", p.text("{{A.nationalities.0}}"));
        assertEquals(JsonValue.NULL, p.expand(Jsons.string("{{A.nationalities.1}}")));
        assertEquals("\"3\"", p.text("\"{{encounter.A/version}}\""));
        assertThrows(Placeholders.UnknownPlaceholder.class, () -> p.text("{{A.intent.tone}}"));
    }

    @Test
    void anUnknownPlaceholderIsRefusedByName() {
        Placeholders p = placeholders(Map.of(), Map.of());
        var e =
                assertThrows(
                        Placeholders.UnknownPlaceholder.class,
                        () -> p.expand(Jsons.object().add("x", "{{B.person}}").build()));
        assertTrue(e.getMessage().contains("{{B.person}}"), e.getMessage());
        assertThrows(Placeholders.UnknownPlaceholder.class, () -> p.text("{{A.height}}"));
        assertThrows(Placeholders.UnknownPlaceholder.class, () -> p.text("{{now-P2X}}"));
    }

    @Test
    void theTraineeIsUnknownInASharedStep() {
        Placeholders shared =
                new Placeholders(Map.of(), Map.of(), Map.of(), null, CLOCK, p -> null, p -> null);
        assertThrows(Placeholders.UnknownPlaceholder.class, () -> shared.text("{{trainee}}"));
    }
}
