package org.asylon.training.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.asylon.kernel.testing.Api;
import org.asylon.kernel.testing.MicroProcess;
import org.junit.jupiter.api.Test;

/**
 * Deployed outside a training instance, the runner stays ready (a production server carries every
 * module) but does nothing: every operation answers 409 not-a-training-instance once the caller's
 * sign-in and role are checked, and no users file is written.
 */
class NotATrainingInstanceIT {

    @Test
    void outsideATrainingInstanceEveryOperationIsRefusedAndNoAccountIsWritten() throws Exception {
        Path data = Files.createTempDirectory("not-training");
        Path users = data.resolve("training-users");
        try (MicroProcess server =
                new MicroProcess(data, "asylon.training.users.file=" + users)
                        .deploying("training", Path.of(System.getProperty("training.war")))) {
            server.start(); // ready: /health/ready answers 200

            Api trainer = new Api(server.base() + "/", "trainer");
            Api.Reply exercises = trainer.get("exercises");
            assertEquals(409, exercises.status(), exercises.toString());
            assertEquals("not-a-training-instance", exercises.json().getString("code"));
            Api.Reply open =
                    trainer.post(
                            "runs",
                            "{\"exercise\":\"border-boat-arrival\"}",
                            "Idempotency-Key",
                            "k-1");
            assertEquals(409, open.status(), open.toString());
            assertTrue(open.json().getString("detail").contains("asylon.training.instance"));

            assertEquals(403, new Api(server.base() + "/", "border.officer").get("runs").status());
            assertFalse(Files.exists(users), "no users file outside a training instance");
        }
    }
}
