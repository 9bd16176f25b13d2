package org.asylon.reception;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import org.asylon.kernel.persistence.ModuleDatabase;

/** Hands the module's datasource (declared in web.xml) to the kernel. */
@ApplicationScoped
public class ReceptionDatabase {

    @Resource(lookup = "java:app/jdbc/reception")
    DataSource dataSource;

    @Produces
    ModuleDatabase database() {
        return new ModuleDatabase("reception", dataSource);
    }
}
