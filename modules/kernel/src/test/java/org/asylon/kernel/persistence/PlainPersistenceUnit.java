package org.asylon.kernel.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.net.URL;
import java.util.List;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A resource-local EclipseLink unit over a module's entities, outside any container: for tests and
 * the benchmark harness, which must map the tables exactly as the module does without a
 * persistence.xml. EclipseLink caches deployed units by root URL and name, so give each database
 * its own name.
 *
 * @param name unit name, unique per database
 * @param dataSource the connections; null lets EclipseLink connect by URL
 *     (jakarta.persistence.jdbc.url)
 * @param classes entities and converters to manage (nothing else is scanned)
 * @param owner a class of the caller: its code source is the unit's root, its loader the unit's
 *     loader
 */
public record PlainPersistenceUnit(
        String name, DataSource dataSource, List<String> classes, Class<?> owner)
        implements PersistenceUnitInfo {

    public PlainPersistenceUnit {
        classes = List.copyOf(classes);
    }

    @Override
    public String getPersistenceUnitName() {
        return name;
    }

    @Override
    public String getPersistenceProviderClassName() {
        return "org.eclipse.persistence.jpa.PersistenceProvider";
    }

    @Override
    public PersistenceUnitTransactionType getTransactionType() {
        return PersistenceUnitTransactionType.RESOURCE_LOCAL;
    }

    @Override
    public DataSource getJtaDataSource() {
        return null;
    }

    @Override
    public DataSource getNonJtaDataSource() {
        return dataSource;
    }

    @Override
    public List<String> getMappingFileNames() {
        return List.of();
    }

    @Override
    public List<URL> getJarFileUrls() {
        return List.of();
    }

    @Override
    public URL getPersistenceUnitRootUrl() {
        // EclipseLink requires one; the caller's classes root holds no persistence.xml or orm.xml
        // it would read
        return owner.getProtectionDomain().getCodeSource().getLocation();
    }

    @Override
    public List<String> getManagedClassNames() {
        return classes;
    }

    @Override
    public boolean excludeUnlistedClasses() {
        return true;
    }

    @Override
    public SharedCacheMode getSharedCacheMode() {
        return SharedCacheMode.NONE;
    }

    @Override
    public ValidationMode getValidationMode() {
        return ValidationMode.NONE;
    }

    @Override
    public Properties getProperties() {
        return new Properties();
    }

    @Override
    public String getPersistenceXMLSchemaVersion() {
        return "3.0";
    }

    @Override
    public ClassLoader getClassLoader() {
        return owner.getClassLoader();
    }

    @Override
    public void addTransformer(ClassTransformer transformer) {
        // no weaving outside the container
    }

    @Override
    public ClassLoader getNewTempClassLoader() {
        return owner.getClassLoader();
    }
}
