package org.asylon.readmission;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import javax.sql.DataSource;
import org.asylon.kernel.persistence.ModuleDatabase;

/**
 * Hands the module's datasource (declared in web.xml) to the kernel, and the module's persistence
 * context to the control classes that take it in their constructors.
 */
@ApplicationScoped
public class ReadmissionDatabase {

    @Resource(lookup = "java:app/jdbc/readmission")
    DataSource dataSource;

    @Produces @PersistenceContext EntityManager em;

    @Produces
    ModuleDatabase database() {
        return new ModuleDatabase("readmission", dataSource);
    }
}
