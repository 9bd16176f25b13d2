package org.asylon.rsd;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import org.asylon.kernel.persistence.ModuleDatabase;

/** Hands the module's datasource (declared in web.xml) to the kernel. */
@ApplicationScoped
public class RsdDatabase {

    @Resource(lookup = "java:app/jdbc/rsd")
    DataSource dataSource;

    @Produces
    ModuleDatabase database() {
        return new ModuleDatabase("rsd", dataSource);
    }
}
