package org.asylon.detention.monitoring.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The roles each monitoring operation's OpenAPI description names ("Roles: a, b.") are exactly its
 * {@code @RolesAllowed}. The monitoring reads and changes deliberately let the detention roles in
 * (to audit their refused attempts), so a reader of the document must see exactly who reaches each
 * operation.
 */
class MonitoringRolesDocumentedTest {

    private static final List<Class<?>> RESOURCES =
            List.of(
                    VisitsResource.class,
                    VisitInterviewsResource.class,
                    VisitFindingsResource.class,
                    VisitRecommendationsResource.class,
                    InterviewsResource.class,
                    FindingsResource.class,
                    RecommendationsResource.class,
                    StandardsCheckResource.class);

    private static final Map<Class<? extends Annotation>, String> METHODS =
            Map.of(
                    GET.class, "get",
                    POST.class, "post",
                    PUT.class, "put",
                    DELETE.class, "delete",
                    PATCH.class, "patch");

    @Test
    void everyMonitoringOperationDocumentsExactlyItsRoles() throws IOException {
        Map<String, String> documented = documentedRoles();
        Map<String, String> code = new TreeMap<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                for (var http : METHODS.entrySet()) {
                    if (method.isAnnotationPresent(http.getKey())) {
                        Path sub = method.getAnnotation(Path.class);
                        String path = "/" + base + (sub == null ? "" : "/" + sub.value());
                        RolesAllowed roles =
                                method.isAnnotationPresent(RolesAllowed.class)
                                        ? method.getAnnotation(RolesAllowed.class)
                                        : resource.getAnnotation(RolesAllowed.class);
                        assertNotNull(roles, path);
                        code.put(
                                http.getValue() + " " + path,
                                String.join(", ", Arrays.asList(roles.value())));
                    }
                }
            }
        }
        Map<String, String> mine = new TreeMap<>();
        code.keySet().forEach(k -> mine.put(k, documented.get(k)));
        assertEquals(code, mine);
    }

    /** "method path" to the roles of its description, read from the merged document. */
    private static Map<String, String> documentedRoles() throws IOException {
        List<String> lines;
        try (InputStream in =
                MonitoringRolesDocumentedTest.class
                        .getClassLoader()
                        .getResourceAsStream("META-INF/openapi.yaml")) {
            assertNotNull(in);
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Pattern pathKey = Pattern.compile("^  (/\\S*):\\s*$");
        Pattern methodKey = Pattern.compile("^    (get|post|put|delete|patch):\\s*$");
        Pattern roles = Pattern.compile("^\\s+Roles: (.*)\\.\\s*$");
        Map<String, String> found = new TreeMap<>();
        String path = null;
        String operation = null;
        for (String line : lines.subList(lines.indexOf("paths:") + 1, lines.size())) {
            if (line.matches("^[A-Za-z].*$")) {
                break;
            }
            Matcher p = pathKey.matcher(line);
            Matcher m = methodKey.matcher(line);
            Matcher r = roles.matcher(line);
            if (p.matches()) {
                path = p.group(1);
                operation = null;
            } else if (m.matches()) {
                operation = m.group(1) + " " + path;
            } else if (r.matches() && operation != null) {
                found.putIfAbsent(operation, r.group(1));
            }
        }
        return found;
    }
}
