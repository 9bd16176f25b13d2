package org.asylon.kernel.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.logging.Logger;
import org.asylon.kernel.persistence.TrainingInstance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity store of the default run: users and hashed passwords from a users file ({@code
 * asylon.users.file}; the demo users shipped with the kernel only when {@code asylon.demo} is true,
 * see {@link IdentityConfiguration}). Because HTTP Basic sends the password with every request and
 * PBKDF2 is deliberately slow, a successful check is remembered for a few minutes as a SHA-256 of
 * the password, never the password itself. Repeated wrong passwords lock the user name for a while
 * ({@code asylon.users.max-failures}, default 5, and {@code asylon.users.lockout}, default PT15M).
 */
@ApplicationScoped
public class EmbeddedIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(EmbeddedIdentityStore.class.getName());
    private static final Duration REMEMBER = Duration.ofMinutes(5);
    static final String DEMO_TRAINER = "trainer";

    IdentityConfiguration identity;

    @Inject
    @ConfigProperty(name = "asylon.users.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "asylon.users.lockout", defaultValue = "PT15M")
    Duration lockout;

    private UserDirectory directory;
    // a training instance's trainee accounts, written by the training module while it runs
    private Optional<TrainingAccounts> trainees = Optional.empty();
    private SignInThrottle throttle;
    // checked for names nobody holds, so that an unknown name costs the same PBKDF2 work as a known
    // one
    private String nobodysHash;
    BiPredicate<char[], String> passwords = PasswordHash::verify;
    private final Map<String, Verified> recent = new ConcurrentHashMap<>();

    private record Verified(String passwordDigest, Instant until) {}

    @PostConstruct
    void load() {
        boolean training = false;
        if (identity == null) {
            identity = IdentityConfiguration.current();
            trainees = trainingAccounts();
            training = TrainingInstance.configured();
        }
        directory = identity.users().map(UserDirectory::load).orElseGet(UserDirectory::empty);
        if (training && identity.usersFile().isEmpty() && identity.demo()) {
            // trainees sign in beside the demo users, whose password is public: none of them may be
            // the trainer, who reads every trainee's scores and the answer keys
            directory = directory.without(DEMO_TRAINER);
            LOG.info(
                    "Training instance: the demo user 'trainer' is left out (public password); the"
                            + " trainer signs in with an account of the training users file");
        }
        throttle =
                new SignInThrottle(
                        maxFailures,
                        lockout,
                        java.time.Clock.systemUTC(),
                        name -> user(name).isPresent());
        nobodysHash = PasswordHash.hash(UUID.randomUUID().toString().toCharArray());
        LOG.info(
                () ->
                        "Embedded identity store: "
                                + directory.size()
                                + " user(s) from "
                                + identity.users().orElse("no users file (bearer tokens only)"));
        if (identity.usersFile().isEmpty() && identity.demo()) {
            LOG.warning(
                    "Demo users with the public password are signed in (asylon.demo=true): never in production");
        }
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String name = login.getCaller();
        if (!throttle.begin(name)) {
            LOG.warning(
                    () ->
                            "Sign-in refused without checking: too many wrong passwords for "
                                    + name.replaceAll("\\p{Cntrl}", "?"));
            return CredentialValidationResult.INVALID_RESULT;
        }
        Optional<UserDirectory.User> user = user(name);
        boolean valid;
        if (user.isPresent()) {
            valid = passwordMatches(user.get(), login.getPasswordAsString());
        } else {
            passwords.test(login.getPasswordAsString().toCharArray(), nobodysHash);
            valid = false;
        }
        if (!valid) {
            throttle.failed(name);
            return CredentialValidationResult.INVALID_RESULT;
        }
        throttle.succeeded(name);
        return new CredentialValidationResult(user.get().name(), user.get().roles());
    }

    /**
     * The roles the name holds here now; empty when it is no user (a trainee removed from the
     * training file), and fewer than at sign-in for a trainee whose run was closed.
     */
    public Optional<java.util.Set<String>> rolesOf(String name) {
        return user(name).map(UserDirectory.User::roles);
    }

    private Optional<UserDirectory.User> user(String name) {
        Optional<UserDirectory.User> officer = directory.find(name);
        return officer.isPresent() ? officer : trainees.flatMap(accounts -> accounts.find(name));
    }

    /** The trainee accounts file, read only in a training instance. */
    private static Optional<TrainingAccounts> trainingAccounts() {
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        Optional<String> file =
                config.getOptionalValue(TrainingAccounts.KEY, String.class)
                        .filter(f -> !f.isBlank());
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (!TrainingInstance.configured()) {
            LOG.warning(
                    () ->
                            TrainingAccounts.KEY
                                    + " is ignored: this is not a training instance ("
                                    + TrainingInstance.KEY
                                    + " is not true)");
            return Optional.empty();
        }
        LOG.info(() -> "Trainee accounts are read from " + file.get() + " (training instance)");
        return Optional.of(
                new TrainingAccounts(
                        java.nio.file.Path.of(file.get()), java.time.Clock.systemUTC()));
    }

    private boolean passwordMatches(UserDirectory.User user, String password) {
        String digest = sha256(user.name() + '\u0000' + password);
        Verified remembered = recent.get(user.name());
        if (remembered != null
                && remembered.until().isAfter(Instant.now())
                && MessageDigest.isEqual(
                        remembered.passwordDigest().getBytes(StandardCharsets.UTF_8),
                        digest.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        boolean ok = passwords.test(password.toCharArray(), user.passwordHash());
        if (ok) {
            recent.put(user.name(), new Verified(digest, Instant.now().plus(REMEMBER)));
        }
        return ok;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
