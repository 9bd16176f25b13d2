package org.asylon.training.persona;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.asylon.kernel.profile.LegalProfile;
import org.asylon.kernel.profile.ProfileLoader;

/**
 * Writes a cohort to a file: {@code java -cp … org.asylon.training.persona.CohortFile <seed>
 * <profile> <yyyy-mm-dd> <out.json>}.
 */
public final class CohortFile {

    private CohortFile() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println(
                    "usage: CohortFile <seed> <profile> <reference date yyyy-mm-dd> <out.json>");
            System.exit(2);
        }
        long seed = Long.parseLong(args[0]);
        LegalProfile profile = new ProfileLoader().load(args[1]);
        LocalDate referenceDate = LocalDate.parse(args[2]);
        List<Persona> personas = Cohort.generate(seed, profile, referenceDate);
        Path out = Path.of(args[3]);
        Files.writeString(
                out,
                CohortJson.write(seed, profile.name(), referenceDate, personas).toString(),
                StandardCharsets.UTF_8);
        System.out.println(
                personas.size() + " fictional personas under " + profile.name() + " → " + out);
    }
}
