package org.asylon.kernel.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A module that produces no database (the capacity kit) starts without one: nothing is migrated,
 * announced or scheduled, and the module is named after its web application.
 */
class ModuleStartupTest {

    @Test
    void aModuleWithoutADatabaseMigratesAnnouncesAndSchedulesNothing() {
        List<Object> fired = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        ModuleStartup startup = new ModuleStartup();
        startup.databases = noDatabase(asked);
        startup.ready = events(fired);

        // no naming context here: scheduling the relay would fail, as would reading a datasource
        startup.start("capacity");

        assertFalse(startup.hasDatabase());
        assertFalse(startup.migrated());
        assertNull(startup.failure(), "not a failure: a stateless module");
        assertEquals("capacity", startup.module());
        assertTrue(fired.isEmpty(), "no ModuleReady without a database: " + fired);
        assertFalse(asked.contains("get"), "the missing producer is never called");
    }

    @SuppressWarnings("unchecked")
    private static Instance<ModuleDatabase> noDatabase(List<String> asked) {
        return (Instance<ModuleDatabase>)
                Proxy.newProxyInstance(
                        ModuleStartupTest.class.getClassLoader(),
                        new Class<?>[] {Instance.class},
                        (self, method, args) -> {
                            asked.add(method.getName());
                            return switch (method.getName()) {
                                case "isResolvable", "isAmbiguous" -> false;
                                case "isUnsatisfied" -> true;
                                default ->
                                        throw new IllegalStateException(
                                                "no ModuleDatabase: " + method.getName());
                            };
                        });
    }

    @SuppressWarnings("unchecked")
    private static Event<ModuleReady> events(List<Object> fired) {
        return (Event<ModuleReady>)
                Proxy.newProxyInstance(
                        ModuleStartupTest.class.getClassLoader(),
                        new Class<?>[] {Event.class},
                        (self, method, args) -> {
                            fired.add(args == null ? method.getName() : args[0]);
                            return null;
                        });
    }
}
