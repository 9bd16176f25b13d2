package org.asylon.kernel.persistence;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The container's default managed scheduled executor. Looked up by name because Payara does not
 * resolve {@code @Resource(lookup = ...)} fields of CDI beans that live in a library jar ({@code
 * WEB-INF/lib}), where the kernel is.
 */
public final class ManagedScheduler {

    private ManagedScheduler() {}

    public static ManagedScheduledExecutorService lookup() {
        try {
            return (ManagedScheduledExecutorService)
                    new InitialContext().lookup("java:comp/DefaultManagedScheduledExecutorService");
        } catch (NamingException e) {
            throw new IllegalStateException("No default managed scheduled executor service", e);
        }
    }
}
