package org.asylon.training.suite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and how the runner works. It works only in a training instance ({@code
 * asylon.training.instance=true}): a suite whose modules marked their fresh databases as training
 * databases, so that no exercise ever touches the records of real people.
 */
@ApplicationScoped
public class TrainingSettings {

    /**
     * Without {@code asylon.training.suite.url}, the suite is this same server (as {@code run.sh}
     * starts it: every module in one server), on the HTTP port Payara reports ({@code
     * payara.instance.http.port}), or 8080 where it reports none.
     */
    static final String LOCAL_SUITE = "http://127.0.0.1:";

    static final String DEFAULT_PORT = "8080";

    private boolean instance;
    private boolean demo;
    private Optional<String> usersFile;
    private String suiteUrl;

    protected TrainingSettings() {
        // for CDI's client proxy
    }

    @Inject
    public TrainingSettings(
            @ConfigProperty(name = "asylon.training.instance", defaultValue = "false")
                    boolean instance,
            @ConfigProperty(name = "asylon.demo", defaultValue = "false") boolean demo,
            @ConfigProperty(name = "asylon.training.users.file") Optional<String> usersFile,
            @ConfigProperty(name = "asylon.training.suite.url") Optional<String> suiteUrl,
            @ConfigProperty(name = "payara.instance.http.port") Optional<String> httpPort) {
        this.instance = instance;
        this.demo = demo;
        this.usersFile = usersFile.filter(f -> !f.isBlank());
        this.suiteUrl = suiteUrl(suiteUrl, httpPort);
    }

    static String suiteUrl(Optional<String> configured, Optional<String> httpPort) {
        String url =
                configured
                        .filter(u -> !u.isBlank())
                        .orElseGet(
                                () ->
                                        LOCAL_SUITE
                                                + httpPort.filter(p -> p.matches("[0-9]{1,5}"))
                                                        .orElse(DEFAULT_PORT));
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public boolean trainingInstance() {
        return instance;
    }

    public boolean demo() {
        return demo;
    }

    /** Why the runner cannot work here, or empty when it can. */
    public Optional<String> refusal() {
        if (!instance) {
            return Optional.of(
                    "not a training instance: the training runner starts only with"
                            + " asylon.training.instance=true (ASYLON_TRAINING_INSTANCE), never"
                            + " beside real people's records");
        }
        if (usersFile.isEmpty()) {
            return Optional.of(
                    "asylon.training.users.file (ASYLON_TRAINING_USERS_FILE) is not set: the"
                            + " runner has nowhere to keep the trainees' accounts");
        }
        return Optional.empty();
    }

    public Path usersFile() {
        return Path.of(
                usersFile.orElseThrow(() -> new IllegalStateException(refusal().orElseThrow())));
    }

    /** The suite's base URL, without a trailing slash: {@code <suite>/<module>/api/v1/…}. */
    public String suiteUrl() {
        return suiteUrl;
    }
}
