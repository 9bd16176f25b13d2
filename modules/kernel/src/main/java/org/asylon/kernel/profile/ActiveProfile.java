package org.asylon.kernel.profile;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The legal profile this deployment runs under: {@code asylon.profile} (environment {@code
 * ASYLON_PROFILE}, default {@code convention-1951}), looked up first in {@code asylon.profile.dir}
 * ({@code ASYLON_PROFILE_DIR}, a state's own profiles) and then among the reference profiles
 * shipped in the kernel. A broken profile stops the module at start-up with the file, line and rule
 * named, rather than running on a silent default: the profile is loaded when the application
 * starts, not at its first use.
 */
@ApplicationScoped
public class ActiveProfile {

    private static final Logger LOG = Logger.getLogger(ActiveProfile.class.getName());

    @Inject
    @ConfigProperty(name = "asylon.profile", defaultValue = ProfileLoader.DEFAULT_PROFILE)
    String name;

    @Inject
    @ConfigProperty(name = "asylon.profile.dir")
    Optional<String> directory;

    private LegalProfile profile;
    private DeadlineCalculator calculator;
    private ProfileLoader loader;
    private final java.util.Map<String, LegalProfile> others =
            new java.util.concurrent.ConcurrentHashMap<>();

    public ActiveProfile() {
        // for CDI, which loads the configured profile after injection
    }

    /**
     * Outside the container, e.g. a module's plain tests: profile {@code name} as {@code loader}
     * finds it.
     */
    public ActiveProfile(ProfileLoader loader, String name) {
        this.loader = loader;
        this.name = name;
        this.profile = loader.load(name);
        this.calculator = new DeadlineCalculator(profile);
    }

    @PostConstruct
    void load() {
        loader =
                new ProfileLoader(
                        ActiveProfile.class.getClassLoader(),
                        directory.filter(d -> !d.isBlank()).map(Path::of).orElse(null));
        profile = loader.load(name);
        calculator = new DeadlineCalculator(profile);
        LOG.info(() -> "Legal profile " + profile.name() + " (" + profile.title() + ")");
    }

    /** Loads the profile at deployment, so that a broken profile stops the module at start-up. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.fine(() -> "Legal profile checked at start-up: " + profile.name());
    }

    public LegalProfile profile() {
        return profile;
    }

    public DeadlineCalculator deadlines() {
        return calculator;
    }

    /** Another profile by name (to compare, to train), loaded once. */
    public LegalProfile named(String other) {
        return other.equals(profile.name()) ? profile : others.computeIfAbsent(other, loader::load);
    }
}
