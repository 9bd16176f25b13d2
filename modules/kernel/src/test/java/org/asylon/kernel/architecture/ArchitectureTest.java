package org.asylon.kernel.architecture;

import java.util.stream.Stream;
import org.asylon.kernel.testing.ModuleArchitecture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class ArchitectureTest {

    @TestFactory
    Stream<DynamicTest> theKernelKeepsTheSuiteShape() {
        return ModuleArchitecture.of("org.asylon.kernel");
    }
}
