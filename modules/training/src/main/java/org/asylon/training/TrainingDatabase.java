package org.asylon.training;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import javax.sql.DataSource;
import org.asylon.kernel.persistence.ModuleDatabase;

/**
 * Hands the module's datasource (declared in web.xml) to the kernel, and the persistence context
 * and the clock to the control classes that take them in their constructors.
 */
@ApplicationScoped
public class TrainingDatabase {

    @Resource(lookup = "java:app/jdbc/training")
    DataSource dataSource;

    @Produces @PersistenceContext EntityManager em;

    @Produces
    ModuleDatabase database() {
        return new ModuleDatabase("training", dataSource);
    }

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
