package org.asylon.training.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.asylon.entry.encounter.boundary.DocumentInput;
import org.asylon.entry.encounter.boundary.PersonInput;
import org.asylon.kernel.json.Jsons;
import org.asylon.kernel.profile.ProfileLoader;
import org.asylon.training.persona.Persona.DocumentState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A persona and a cohort survive JSON unchanged, the file says it is fictional, and the person and
 * documents given to entry bind to entry's own request records (strictly: an unknown field fails).
 */
class PersonaJsonTest {

    static final List<Persona> COHORT =
            Cohort.generate(15, new ProfileLoader().load("convention-1951"), CohortTest.DAY);

    @Test
    void aPersonaAndACohortReadBackEqual() {
        for (Persona p : COHORT) {
            assertEquals(p, PersonaJson.read(PersonaJson.write(p)));
        }
        JsonObject file = CohortJson.write(15, "convention-1951", CohortTest.DAY, COHORT);
        CohortJson.Read back = CohortJson.read(Jsons.readObject(file.toString()));
        assertEquals(COHORT, back.personas());
        assertEquals(15, back.seed());
        assertEquals("convention-1951", back.profile());
        assertThrows(
                IllegalArgumentException.class,
                () -> CohortJson.read(Jsons.object(file).add("fictional", false).build()));
    }

    @Test
    void theCommandLineWritesAFictionalCohortFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cohort.json");
        CohortFile.main(new String[] {"15", "convention-1951", "2026-01-15", out.toString()});
        JsonObject file = Jsons.readObject(Files.readString(out));
        assertTrue(file.getBoolean("fictional"));
        assertEquals(COHORT, CohortJson.read(file).personas());
    }

    @Test
    void thePersonAndDocumentsBindToEntrysRequestRecords() {
        for (Persona p : COHORT) {
            PersonInput person =
                    Jsons.binding().fromJson(EntryInput.person(p).toString(), PersonInput.class);
            assertEquals(p.statedSurname(), person.statedSurname());
            assertEquals(p.dateOfBirth(), person.dateOfBirth());
            assertEquals(p.nationalities(), person.nationalities());
            List<JsonObject> documents = EntryInput.documents(p).getValuesAs(JsonObject.class);
            assertEquals(p.document().state() == DocumentState.ABSENT ? 0 : 1, documents.size());
            for (JsonObject d : documents) {
                DocumentInput input = Jsons.binding().fromJson(d.toString(), DocumentInput.class);
                assertEquals(String.join("\n", p.document().mrz()), input.mrz());
                assertTrue(
                        person.documentSurname() != null && !person.documentSurname().isBlank(),
                        p.id());
            }
        }
    }
}
