package org.asylon.training;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;
import org.asylon.training.suite.SuiteCheck;
import org.asylon.training.suite.TrainingSettings;

/**
 * Outside a training instance the module stays deployed and ready (the suite's archive carries
 * every module, and a production deployment must stay healthy) but does nothing: every operation of
 * the runner answers 409 {@code not-a-training-instance}, after the caller's sign-in and role are
 * checked. Nothing is loaded where real people's records may be.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class TrainingOnly implements ContainerRequestFilter {

    static final List<String> GUARDED = List.of("exercises", "runs", "feedback");

    @Inject TrainingSettings settings;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String first = path.startsWith("/") ? path.substring(1) : path;
        int slash = first.indexOf('/');
        String head = slash < 0 ? first : first.substring(0, slash);
        if (!GUARDED.contains(head)) {
            return;
        }
        settings.refusal()
                .ifPresent(
                        reason -> {
                            throw new ProblemException(
                                    ProblemType.CONFLICT,
                                    reason,
                                    List.of(),
                                    Map.of(
                                            "code",
                                            SuiteCheck.NOT_A_TRAINING_INSTANCE,
                                            "module",
                                            "training"));
                        });
    }
}
