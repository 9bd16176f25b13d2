package org.asylon.training.suite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import org.asylon.kernel.persistence.ModuleReady;
import org.asylon.kernel.security.PasswordHash;
import org.asylon.kernel.security.Roles;
import org.asylon.training.account.UsersFile;

/**
 * The runner's own service account, {@code training.runner}: it loads the exercises' records
 * through the modules' APIs and reads their feeds and audit trails to score. Its password is made
 * at each start (32 random bytes), kept only in memory, and written to the training users file as a
 * hash, so that nobody ever has to know or rotate it.
 */
@ApplicationScoped
public class RunnerAccount {

    public static final String NAME = "training.runner";

    /** Every officer role an exercise's setup may act in, and the readers of feeds and audits. */
    static final List<String> ROLES =
            List.of(
                    Roles.BORDER_SUPERVISOR,
                    Roles.BORDER_OFFICER,
                    Roles.RECEPTION_OFFICER,
                    Roles.ELIGIBILITY_OFFICER,
                    Roles.RSD_SUPERVISOR,
                    Roles.DETENTION_OFFICER,
                    Roles.DETENTION_AUTHORITY,
                    Roles.FACILITY_MANAGER,
                    Roles.MONITOR,
                    Roles.RETURN_OFFICER,
                    Roles.RETURN_AUTHORITY,
                    Roles.RETURN_OPERATIONS,
                    Roles.LIAISON_OFFICER,
                    Roles.READMISSION_AUTHORITY,
                    Roles.AUDITOR,
                    Roles.FEED_READER);

    private static final Logger LOG = Logger.getLogger(RunnerAccount.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String password = newPassword();

    @Inject TrainingSettings settings;

    /** A password of 32 random bytes, URL-safe Base64 (no ':' or '=' for the users file). */
    public static String newPassword() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    void start(@Observes ModuleReady ready) {
        if (settings.refusal().isPresent()) {
            LOG.warning(() -> "The training runner does not start: " + settings.refusal().get());
            return;
        }
        new UsersFile(settings.usersFile())
                .put(
                        List.of(
                                new UsersFile.Account(
                                        NAME, PasswordHash.hash(password.toCharArray()), ROLES)));
    }

    String password() {
        return password;
    }
}
