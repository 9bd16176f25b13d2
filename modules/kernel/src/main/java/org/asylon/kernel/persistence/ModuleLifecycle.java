package org.asylon.kernel.persistence;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Starts the module once its web application is initialised. An observer of
 * {@code @Initialized(ApplicationScoped.class)} is too early on Payara: the application's naming
 * context (its datasource) is not yet bound when CDI fires that event.
 */
@WebListener
public class ModuleLifecycle implements ServletContextListener {

    @Inject ModuleStartup startup;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        startup.start(event.getServletContext().getContextPath().replaceFirst("^/", ""));
    }
}
