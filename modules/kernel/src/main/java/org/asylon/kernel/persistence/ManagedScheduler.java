package org.asylon.kernel.persistence;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The container's default managed scheduled executor. Looked up by name because Payara does not
 * resolve {@code @Resource(lookup = ...)} fields of CDI beans that live in a library jar ({@code
 * WEB-INF/lib}), where the kernel is.
 */
public final class ManagedScheduler {

    private static final Logger LOG = Logger.getLogger(ManagedScheduler.class.getName());

    private ManagedScheduler() {}

    /**
     * Runs {@code work} every {@code interval} (fixed delay) on the managed scheduler, the first
     * time after one interval; a run that throws is logged and the next one comes all the same.
     * Nothing is scheduled for a zero or negative interval (a job turned off, e.g. for a test that
     * runs it itself): the answer is then null.
     *
     * @param what the job's name in the log line of a failed run
     */
    public static ScheduledFuture<?> every(Duration interval, Runnable work, String what) {
        if (interval.isZero() || interval.isNegative()) {
            return null;
        }
        Runnable safely =
                () -> {
                    try {
                        work.run();
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, what + " failed; it runs again", e);
                    }
                };
        return lookup().scheduleWithFixedDelay(
                        safely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public static ManagedScheduledExecutorService lookup() {
        try {
            return (ManagedScheduledExecutorService)
                    new InitialContext().lookup("java:comp/DefaultManagedScheduledExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("No default managed scheduled executor service", e);
        }
    }
}
