package org.asylon.entry;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.sql.DataSource;
import org.asylon.kernel.persistence.ModuleDatabase;

/** Hands the module's datasource (declared on {@link EntryApplication}) to the kernel. */
@ApplicationScoped
public class EntryDatabase {

    @Resource(lookup = "java:app/jdbc/entry")
    DataSource dataSource;

    @Produces
    ModuleDatabase database() {
        return new ModuleDatabase("entry", dataSource);
    }
}
