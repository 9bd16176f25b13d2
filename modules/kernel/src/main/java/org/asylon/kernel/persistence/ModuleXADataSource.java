package org.asylon.kernel.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import javax.sql.XAConnection;
import javax.sql.XADataSource;
import org.apache.derby.jdbc.EmbeddedXADataSource;
import org.postgresql.xa.PGXADataSource;

/**
 * The XA datasource a module declares in its {@code web.xml}: embedded Derby by default (database
 * {@code databaseName} under {@code derby.system.home}, the data directory), PostgreSQL when {@code
 * ASYLON_<MODULE>_DB_URL} (or the system property {@code asylon.<module>.db.url}) is a {@code
 * jdbc:postgresql:} URL, with {@code _DB_USER} and {@code _DB_PASSWORD}.
 *
 * <p>The choice is made here, at run time, because a deployment descriptor is resolved before the
 * application's own configuration exists: Payara cannot read a module's MicroProfile Config while
 * it creates the module's datasource, and a datasource that needs a setting to exist could not
 * start with its defaults.
 */
public class ModuleXADataSource implements XADataSource, DataSource {

    private static final Logger LOG = Logger.getLogger(ModuleXADataSource.class.getName());

    private String module;
    private String databaseName;
    private String createDatabase;
    private volatile XADataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    public void setModule(String module) {
        this.module = module;
    }

    public String getModule() {
        return module;
    }

    public void setDatabaseName(String databaseName) {
        this.databaseName = databaseName;
    }

    public String getDatabaseName() {
        return databaseName;
    }

    public void setCreateDatabase(String createDatabase) {
        this.createDatabase = createDatabase;
    }

    public String getCreateDatabase() {
        return createDatabase;
    }

    private XADataSource delegate() {
        XADataSource current = delegate;
        if (current == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = choose();
                }
                current = delegate;
            }
        }
        return current;
    }

    private XADataSource choose() {
        String name = module == null ? databaseName : module;
        String url = setting(name, "url");
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            PGXADataSource postgres = new PGXADataSource();
            postgres.setURL(url);
            String user = setting(name, "user");
            if (user != null) {
                postgres.setUser(user);
                postgres.setPassword(setting(name, "password"));
            }
            LOG.info(
                    () ->
                            "Module "
                                    + name
                                    + " uses PostgreSQL at "
                                    + url.replaceAll("password=[^&]*", "password=***"));
            return postgres;
        }
        if (url != null) {
            throw new IllegalStateException(
                    "asylon."
                            + name
                            + ".db.url must be a jdbc:postgresql: URL (or unset for embedded Derby)");
        }
        EmbeddedXADataSource derby = new EmbeddedXADataSource();
        derby.setDatabaseName(databaseName == null ? name : databaseName);
        derby.setCreateDatabase(createDatabase == null ? "create" : createDatabase);
        LOG.info(
                () ->
                        "Module "
                                + name
                                + " uses embedded Derby database "
                                + derby.getDatabaseName()
                                + " under "
                                + System.getProperty("derby.system.home", "the working directory"));
        return derby;
    }

    static String setting(String module, String key) {
        String property = System.getProperty("asylon." + module + ".db." + key);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv(("ASYLON_" + module + "_DB_" + key).toUpperCase(Locale.ROOT));
        return env == null || env.isBlank() ? null : env;
    }

    @Override
    public XAConnection getXAConnection() throws SQLException {
        return delegate().getXAConnection();
    }

    @Override
    public XAConnection getXAConnection(String user, String password) throws SQLException {
        return delegate().getXAConnection(user, password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return ((DataSource) delegate()).getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return ((DataSource) delegate()).getConnection(user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
