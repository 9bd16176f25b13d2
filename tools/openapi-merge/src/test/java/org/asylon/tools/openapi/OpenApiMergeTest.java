package org.asylon.tools.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What a module author and a kernel author can rely on when the build merges their two documents.
 */
class OpenApiMergeTest {

    private static final String MODULE =
            """
            # the module's own header, replaced by the generated one
            openapi: 3.0.3
            info:
              title: Asylon sample API
              version: 1.0.0
            servers:
            - url: /sample/api/v1
            tags:
            - name: Samples
              description: The module's own records.
            x-kernel-fragment:
              eventFeed: The sample module's feed.
            paths:
              # the module's operations come first
              /samples:
                get:
                  operationId: listSamples
                  description: |-
                    Every sample.

                    Roles: trainer.
                  responses:
                    '400':
                      $ref: '#/components/responses/BadRequest'
            components:
              responses:
                BadRequest:
                  content:
                    application/problem+json:
                      examples:
                        badSample:
                          summary: A sample of the module
                          value:
                            status: 400
              schemas:
                EventType:
                  type: string
                  enum:
                  - org.asylon.sample.sampled.v1
            """;

    private static final String FRAGMENT =
            """
            tags:
            - name: Event feed
              description: CloudEvents of this module.
            paths:
              /events:
                get:
                  operationId: readEvents
                  description: |-
                    ${eventFeed}

                    Roles: feed-reader, auditor.
                  responses:
                    '200':
                      description: Events of /${module}.
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/EventType'
            components:
              responses:
                BadRequest:
                  description: The request could not be read.
                  content:
                    application/problem+json:
                      examples:
                        feedLimit:
                          summary: Too many events asked for
                          value:
                            status: 400
            """;

    @Test
    void theModulesOperationsComeFirstThenTheKernels() {
        Map<String, Object> paths = section(merge(MODULE, FRAGMENT), "paths");
        assertEquals(List.of("/samples", "/events"), List.copyOf(paths.keySet()));
    }

    @Test
    void aModuleAddsItsExamplesToASharedResponseAfterTheKernelsOwn() {
        Map<String, Object> badRequest =
                at(load(merge(MODULE, FRAGMENT)), "components", "responses", "BadRequest");
        assertEquals("The request could not be read.", badRequest.get("description"));
        Map<String, Object> examples =
                at(badRequest, "content", "application/problem+json", "examples");
        assertEquals(List.of("feedLimit", "badSample"), List.copyOf(examples.keySet()));
    }

    @Test
    void aLaterKernelFragmentAddsToTheFirstsResponsesAndTheModuleAddsLast() {
        String operations =
                """
                components:
                  responses:
                    BadRequest:
                      content:
                        application/problem+json:
                          examples:
                            notADeadlineRule:
                              summary: Not a deadline rule
                              value:
                                status: 400
                """;
        String merged = OpenApiMerge.merge(MODULE, List.of(FRAGMENT, operations), "openapi.yaml");
        Map<String, Object> badRequest = at(load(merged), "components", "responses", "BadRequest");
        assertEquals(List.of("description", "content"), List.copyOf(badRequest.keySet()));
        Map<String, Object> examples =
                at(badRequest, "content", "application/problem+json", "examples");
        assertEquals(
                List.of("feedLimit", "notADeadlineRule", "badSample"),
                List.copyOf(examples.keySet()));
    }

    @Test
    void placeholdersTakeTheModulesWordsAndItsNameFromTheServerUrl() {
        String merged = merge(MODULE, FRAGMENT);
        Map<String, Object> events = at(load(merged), "paths", "/events", "get");
        assertEquals(
                "The sample module's feed.\n\nRoles: feed-reader, auditor.",
                events.get("description"));
        assertEquals("Events of /sample.", at(events, "responses", "200").get("description"));
        assertTrue(
                !merged.contains("x-kernel-fragment"),
                "the module's values are build input, not served");
    }

    @Test
    @SuppressWarnings("unchecked")
    void tagsOfTheFragmentFollowTheModulesTags() {
        List<Map<String, Object>> tags =
                (List<Map<String, Object>>) load(merge(MODULE, FRAGMENT)).get("tags");
        assertEquals(
                List.of("Samples", "Event feed"), tags.stream().map(t -> t.get("name")).toList());
    }

    @Test
    void theServedDocumentSaysItIsGeneratedAndKeepsTheModulesOtherComments() {
        String merged = merge(MODULE, FRAGMENT);
        assertTrue(merged.startsWith("# Generated at build time"), merged);
        assertTrue(!merged.contains("the module's own header"), merged);
        assertTrue(merged.contains("# the module's operations come first"), merged);
        assertTrue(
                merged.contains(
                        "description: |-\n        Every sample.\n\n        Roles: trainer."),
                "literal blocks stay literal, so each Roles: line stays on a line of its own:\n"
                        + merged);
    }

    @Test
    void aSchemaBothDefineIsAClash() {
        String fragment =
                FRAGMENT
                        + """
                  schemas:
                    EventType:
                      type: string
                """;
        assertRefused("components/schemas/EventType/type", MODULE, fragment);
    }

    @Test
    void aModuleCannotChangeWhatTheKernelSetsInASharedResponse() {
        String module =
                MODULE.replace(
                        "    BadRequest:\n      content:",
                        "    BadRequest:\n      description: Something else.\n      content:");
        assertRefused("components/responses/BadRequest/description", module, FRAGMENT);
    }

    @Test
    void anExampleNameBothUseIsAClash() {
        String module = MODULE.replace("badSample:", "feedLimit:");
        assertRefused("examples/feedLimit", module, FRAGMENT);
    }

    @Test
    void anOperationOfThePathBothDefineIsAClash() {
        String module = MODULE.replace("  /samples:", "  /events:");
        assertRefused("paths//events/get/operationId", module, FRAGMENT);
    }

    @Test
    void aTagBothDeclareIsAClash() {
        String module = MODULE.replace("- name: Samples", "- name: Event feed");
        assertRefused("tag 'Event feed'", module, FRAGMENT);
    }

    @Test
    void aPlaceholderTheModuleLeavesOpenFailsTheBuild() {
        String module = MODULE.replace("  eventFeed: The sample module's feed.\n", "  other: x\n");
        assertRefused("[eventFeed]", module, FRAGMENT);
    }

    @Test
    void aValueNoPlaceholderAsksForFailsTheBuild() {
        String module =
                MODULE.replace(
                        "  eventFeed: The sample module's feed.\n",
                        "  eventFeed: The sample module's feed.\n  eventFed: misspelt\n");
        assertRefused("[eventFed]", module, FRAGMENT);
    }

    @Test
    void aReferenceThatLandsNowhereNamesWhatIsMissing() {
        String module = MODULE.replace("  schemas:\n    EventType:", "  schemas:\n    EventTypes:");
        assertRefused("#/components/schemas/EventType", module, FRAGMENT);
    }

    @Test
    void anOperationIdUsedTwiceFailsTheBuild() {
        String module = MODULE.replace("operationId: listSamples", "operationId: readEvents");
        assertRefused("readEvents", module, FRAGMENT);
    }

    @Test
    void aFragmentHoldsOnlyTagsPathsAndComponents() {
        assertRefused("'info'", MODULE, "info:\n  title: Not the kernel's to say\n");
    }

    @Test
    void theModuleNameComesOnlyFromTheServerUrl() {
        String module = MODULE.replace("- url: /sample/api/v1", "- url: https://example.org/");
        assertRefused("/<module>/api/v1", module, FRAGMENT);
    }

    /** The build fails, and its message names what to fix. */
    private static void assertRefused(String named, String module, String fragment) {
        OpenApiMergeException e =
                assertThrows(OpenApiMergeException.class, () -> merge(module, fragment));
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    private static String merge(String module, String fragment) {
        return OpenApiMerge.merge(module, List.of(fragment), "openapi.yaml");
    }

    private static Map<String, Object> load(String yaml) {
        return new Yaml().load(yaml);
    }

    private static Map<String, Object> section(String yaml, String name) {
        return at(load(yaml), name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> map, String... keys) {
        Map<String, Object> at = map;
        for (String key : keys) {
            at = (Map<String, Object>) at.get(key);
        }
        return at;
    }
}
