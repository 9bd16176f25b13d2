package org.asylon.kernel.persistence;

import javax.sql.DataSource;

/**
 * A module's own database, produced by the module (which declares the datasource) for the kernel's
 * start-up, migrations and health checks.
 */
public record ModuleDatabase(String module, DataSource dataSource) {}
