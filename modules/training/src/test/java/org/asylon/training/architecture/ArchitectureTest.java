package org.asylon.training.architecture;

import java.util.stream.Stream;
import org.asylon.kernel.testing.ModuleArchitecture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The suite's shape (kernel test-jar: {@link ModuleArchitecture}), checked on this module's
 * classes.
 */
class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> thisModuleKeepsTheSuiteShape() {
        return ModuleArchitecture.of("org.asylon.training");
    }
}
