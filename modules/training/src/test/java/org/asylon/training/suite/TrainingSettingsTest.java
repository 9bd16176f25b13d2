package org.asylon.training.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrainingSettingsTest {

    @Test
    void theSuiteIsThisServerOnTheHttpPortPayaraReportsUnlessItIsConfigured() {
        assertEquals(
                "http://127.0.0.1:18431",
                TrainingSettings.suiteUrl(Optional.empty(), Optional.of("18431")));
        assertEquals(
                "http://suite.example:8080",
                TrainingSettings.suiteUrl(
                        Optional.of("http://suite.example:8080/"), Optional.of("18431")));
    }

    @Test
    void withoutAPortReportedItIs8080() {
        assertEquals(
                "http://127.0.0.1:8080",
                TrainingSettings.suiteUrl(Optional.empty(), Optional.empty()));
        assertEquals(
                "http://127.0.0.1:8080",
                TrainingSettings.suiteUrl(Optional.of(" "), Optional.of("${HTTP_PORT}")));
    }
}
