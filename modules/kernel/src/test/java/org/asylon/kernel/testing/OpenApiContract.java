package org.asylon.kernel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asylon.kernel.security.RoleCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Drift check between a module's hand-written META-INF/openapi.yaml and the JAX-RS resources its
 * application serves: every (method, path) of the code is documented, the document lists nothing
 * the code lacks, every operation is secured unless the code makes it public ({@code @PermitAll},
 * then {@code security: []}), has an operationId and names its roles, and every JSON request body
 * has an example. A module's test extends this class and names its server URL and its resources.
 * The YAML is read line by line (block style, two-space indentation), since no YAML library is on
 * the class path.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OpenApiContract {

    private final String server;
    private final List<Class<?>> resources;

    /**
     * @param server the application path the document's servers entry must name, e.g. /entry/api/v1
     * @param resources every resource class the module's application serves (add a new one here)
     */
    protected OpenApiContract(String server, List<Class<?>> resources) {
        this.server = server;
        this.resources = List.copyOf(resources);
    }

    private static final Map<Class<? extends Annotation>, String> METHODS =
            Map.of(
                    GET.class,
                    "get",
                    POST.class,
                    "post",
                    PUT.class,
                    "put",
                    DELETE.class,
                    "delete",
                    PATCH.class,
                    "patch",
                    HEAD.class,
                    "head",
                    OPTIONS.class,
                    "options");

    private static final Pattern PATH_KEY = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD_KEY =
            Pattern.compile("^    (get|post|put|delete|patch|head|options):\\s*$");
    private static final Pattern TOP_LEVEL = Pattern.compile("^[A-Za-z].*$");

    private List<String> lines;
    private List<Operation> documented;

    /** One operation of the document: its method, path and the lines of its block. */
    protected record Operation(String method, String path, List<String> block) {
        String key() {
            return method.toUpperCase() + " " + path;
        }
    }

    @BeforeAll
    void readDocument() throws IOException {
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            assertNotNull(in, "META-INF/openapi.yaml is not on the class path");
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        documented = operations(lines);
    }

    @Test
    void documentIsOpenApi303WithTheApplicationPathAsServer() {
        assertTrue(lines.contains("openapi: 3.0.3"), "openapi: 3.0.3 expected");
        String url = Pattern.quote(server);
        assertTrue(
                lines.stream()
                        .anyMatch(
                                l ->
                                        l.matches(
                                                "^- url: "
                                                        + url
                                                        + "\\s*$|^  - url: "
                                                        + url
                                                        + "\\s*$")),
                "servers must list url: " + server);
        assertFalse(documented.isEmpty(), "no operations found under paths:");
    }

    @Test
    void everyOperationOfTheCodeIsDocumented() {
        TreeSet<String> missing = new TreeSet<>(codeOperations());
        documented.forEach(o -> missing.remove(o.key()));
        assertTrue(missing.isEmpty(), "in the code but not in openapi.yaml: " + missing);
    }

    @Test
    void theDocumentHasNoOperationTheCodeLacks() {
        TreeSet<String> code = codeOperations();
        TreeSet<String> extra = new TreeSet<>();
        documented.stream().map(Operation::key).filter(k -> !code.contains(k)).forEach(extra::add);
        assertTrue(extra.isEmpty(), "in openapi.yaml but not in the code: " + extra);
    }

    @Test
    void noOperationIsDocumentedTwice() {
        TreeSet<String> seen = new TreeSet<>();
        List<String> twice =
                documented.stream().map(Operation::key).filter(k -> !seen.add(k)).toList();
        assertEquals(List.of(), twice);
    }

    @Test
    void everyOperationIsSecured() {
        boolean global = lines.stream().anyMatch(l -> l.matches("^security:\\s*$"));
        List<String> open =
                documented.stream()
                        .filter(
                                o ->
                                        o.block().stream()
                                                .noneMatch(l -> l.matches("^      security:.*$")))
                        .map(Operation::key)
                        .toList();
        assertTrue(
                global || open.isEmpty(),
                "no global security, and these operations declare none: " + open);
    }

    @Test
    void exactlyTheOperationsTheCodeMarksPublicAreDocumentedAsPublic() {
        // an empty requirement (security: []) makes an operation public, as does the one empty
        // requirement (security: [{}]) that the OWASP lint accepts on a write, e.g. the sign-in;
        // RoleCheck opens only @PermitAll ones
        TreeSet<String> documentedPublic = new TreeSet<>();
        documented.stream()
                .filter(
                        o ->
                                o.block().stream()
                                        .anyMatch(
                                                l ->
                                                        l.matches(
                                                                "^      security:\\s*\\[\\s*(\\{\\s*}\\s*)?]\\s*$")))
                .map(Operation::key)
                .forEach(documentedPublic::add);
        assertEquals(
                publicCodeOperations(),
                documentedPublic,
                "operations with security: [] must be exactly the @PermitAll ones of the code");
    }

    @Test
    void everyJsonRequestBodyHasAnExample() {
        List<String> without = new ArrayList<>();
        for (Operation operation : documented) {
            List<String> body = child(operation.block(), "requestBody");
            if (body.isEmpty()) {
                continue;
            }
            List<String> json = descendant(body, "application/json");
            if (!json.isEmpty()
                    && json.stream().noneMatch(l -> l.matches("^\\s+(example|examples):.*$"))) {
                without.add(operation.key());
            }
        }
        assertTrue(without.isEmpty(), "JSON request bodies without an example: " + without);
    }

    @Test
    void everyOperationHasAnOperationIdAndTheRolesInItsDescription() {
        List<String> incomplete =
                documented.stream()
                        .filter(
                                o ->
                                        o.block().stream()
                                                        .noneMatch(
                                                                l ->
                                                                        l.matches(
                                                                                "^      operationId: \\S+$"))
                                                || o.block().stream()
                                                        .noneMatch(l -> l.contains("Roles: ")))
                        .map(Operation::key)
                        .toList();
        assertTrue(
                incomplete.isEmpty(),
                "operations without operationId or \"Roles: ...\": " + incomplete);
    }

    /**
     * The roles an operation's description names ("Roles: a, b.") are exactly those its code allows
     * ({@code @RolesAllowed} on the method, else on the class): a document that names a role the
     * code refuses, or leaves out one it admits, misleads whoever sets up the users.
     */
    @Test
    void theRolesInEachDescriptionAreExactlyTheRolesTheCodeAllows() {
        Map<String, Set<String>> code = codeRoles();
        List<String> drift = new ArrayList<>();
        for (Operation operation : documented) {
            Set<String> allowed = code.get(operation.key());
            if (allowed == null) {
                continue; // public, or not in the code: the other checks report it
            }
            Set<String> named = documentedRoles(operation);
            if (!named.equals(allowed)) {
                drift.add(operation.key() + ": documented " + named + ", code " + allowed);
            }
        }
        assertTrue(drift.isEmpty(), "roles documented differ from @RolesAllowed: " + drift);
    }

    /**
     * The roles after "Roles: " up to the sentence's full stop, comma-separated; remarks in
     * brackets ("eligibility-officer (the officer assigned to the file)") are not roles.
     */
    static Set<String> documentedRoles(Operation operation) {
        for (String line : operation.block()) {
            int at = line.indexOf("Roles: ");
            if (at < 0) {
                continue;
            }
            StringBuilder list = new StringBuilder();
            int depth = 0;
            for (char c : line.substring(at + "Roles: ".length()).toCharArray()) {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (depth == 0 && c == '.') {
                    break;
                } else if (depth == 0) {
                    list.append(c);
                }
            }
            Set<String> roles = new TreeSet<>();
            for (String role : list.toString().split(",")) {
                if (!role.isBlank()) {
                    roles.add(role.strip());
                }
            }
            return roles;
        }
        return Set.of();
    }

    private Map<String, Set<String>> codeRoles() {
        Map<String, Set<String>> roles = new HashMap<>();
        for (Class<?> resource : resources) {
            Path classPath = resource.getAnnotation(Path.class);
            for (Method method : resource.getMethods()) {
                RolesAllowed allowed =
                        method.isAnnotationPresent(RolesAllowed.class)
                                ? method.getAnnotation(RolesAllowed.class)
                                : resource.getAnnotation(RolesAllowed.class);
                if (allowed == null || RoleCheck.isPublic(resource, method)) {
                    continue;
                }
                for (Map.Entry<Class<? extends Annotation>, String> http : METHODS.entrySet()) {
                    if (method.isAnnotationPresent(http.getKey())) {
                        Path methodPath = method.getAnnotation(Path.class);
                        roles.put(
                                http.getValue().toUpperCase()
                                        + " "
                                        + join(
                                                classPath.value(),
                                                methodPath == null ? "" : methodPath.value()),
                                new TreeSet<>(Arrays.asList(allowed.value())));
                    }
                }
            }
        }
        return roles;
    }

    /**
     * JAX-RS picks one root resource path template per request (the one with the most literal
     * characters, then the most template variables) and looks for a method only in the classes of
     * that template: a method under a shorter class template is unreachable when another class's
     * longer template also matches its path (e.g. {@code cases} + {@code {id}} behind {@code
     * cases/{id}}), and answers 404.
     */
    @Test
    void noOperationIsShadowedByAnotherResourceClass() {
        List<String> shadowed = new ArrayList<>();
        for (Class<?> resource : resources) {
            String template = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                if (METHODS.keySet().stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                Path methodPath = method.getAnnotation(Path.class);
                String concrete =
                        join(template, methodPath == null ? "" : methodPath.value())
                                .replaceAll("\\{\\w+}", "x1")
                                .substring(1);
                String chosen = chosenTemplate(concrete);
                if (!normalised(chosen).equals(normalised(template))) {
                    shadowed.add(
                            resource.getSimpleName()
                                    + "."
                                    + method.getName()
                                    + " ("
                                    + concrete
                                    + ") goes to @Path(\""
                                    + chosen
                                    + "\")");
                }
            }
        }
        assertTrue(shadowed.isEmpty(), "unreachable operations: " + shadowed);
    }

    private String chosenTemplate(String concrete) {
        String best = null;
        for (Class<?> resource : resources) {
            String template = resource.getAnnotation(Path.class).value();
            String regex = normalised(template).replaceAll("\\{\\w+}", "[^/]+") + "(/.*)?";
            if (!concrete.matches(regex)) {
                continue;
            }
            if (best == null || compareTemplates(template, best) > 0) {
                best = template;
            }
        }
        return best;
    }

    private static int compareTemplates(String a, String b) {
        int literal =
                Integer.compare(
                        normalised(a).replaceAll("\\{\\w+}", "").length(),
                        normalised(b).replaceAll("\\{\\w+}", "").length());
        if (literal != 0) {
            return literal;
        }
        return Integer.compare(
                normalised(a).split("\\{", -1).length, normalised(b).split("\\{", -1).length);
    }

    private static String normalised(String template) {
        return join(template, "").substring(1);
    }

    // ---- the code ----

    TreeSet<String> codeOperations() {
        return codeOperations(false);
    }

    /** The operations anyone may call without signing in, as the kernel's role check decides. */
    TreeSet<String> publicCodeOperations() {
        return codeOperations(true);
    }

    private TreeSet<String> codeOperations(boolean onlyPublic) {
        TreeSet<String> operations = new TreeSet<>();
        for (Class<?> resource : resources) {
            Path classPath = resource.getAnnotation(Path.class);
            assertNotNull(classPath, resource.getName() + " has no @Path");
            for (Method method : resource.getMethods()) {
                if (onlyPublic && !RoleCheck.isPublic(resource, method)) {
                    continue;
                }
                for (Map.Entry<Class<? extends Annotation>, String> http : METHODS.entrySet()) {
                    if (method.isAnnotationPresent(http.getKey())) {
                        Path methodPath = method.getAnnotation(Path.class);
                        operations.add(
                                http.getValue().toUpperCase()
                                        + " "
                                        + join(
                                                classPath.value(),
                                                methodPath == null ? "" : methodPath.value()));
                    }
                }
            }
        }
        return operations;
    }

    /**
     * "encounters" + "{id}/outcome" becomes "/encounters/{id}/outcome"; a template regex {id: .+}
     * becomes {id}.
     */
    static String join(String classPath, String methodPath) {
        StringBuilder path = new StringBuilder();
        for (String part : (classPath + "/" + methodPath).split("/")) {
            if (!part.isBlank()) {
                path.append('/')
                        .append(part.strip().replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}"));
            }
        }
        return path.length() == 0 ? "/" : path.toString();
    }

    // ---- the document ----

    static List<Operation> operations(List<String> lines) {
        List<Operation> operations = new ArrayList<>();
        int start = lines.indexOf("paths:");
        assertTrue(start >= 0, "no top-level paths:");
        String path = null;
        String method = null;
        List<String> block = null;
        for (int i = start + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (TOP_LEVEL.matcher(line).matches()) {
                break;
            }
            Matcher pathKey = PATH_KEY.matcher(line);
            Matcher methodKey = METHOD_KEY.matcher(line);
            if (pathKey.matches()) {
                path = pathKey.group(1);
                method = null;
            } else if (methodKey.matches() && path != null) {
                method = methodKey.group(1);
                block = new ArrayList<>();
                operations.add(new Operation(method, path, block));
            } else if (line.matches("^    \\S.*$")) {
                method = null; // parameters:, summary: ... of the path item
            } else if (method != null) {
                block.add(line);
            }
        }
        return operations;
    }

    /** The lines under {@code key:} at the first indentation of the block. */
    static List<String> child(List<String> block, String key) {
        return descendant(block, key, true);
    }

    /** The lines under the first {@code key:} (or {@code 'key':}) at any depth. */
    static List<String> descendant(List<String> block, String key) {
        return descendant(block, key, false);
    }

    private static List<String> descendant(List<String> block, String key, boolean firstLevelOnly) {
        int firstIndent =
                block.stream()
                        .filter(l -> !l.isBlank())
                        .mapToInt(OpenApiContract::indent)
                        .min()
                        .orElse(0);
        Pattern keyLine = Pattern.compile("^(\\s*)['\"]?" + Pattern.quote(key) + "['\"]?:.*$");
        for (int i = 0; i < block.size(); i++) {
            Matcher m = keyLine.matcher(block.get(i));
            if (m.matches() && (!firstLevelOnly || m.group(1).length() == firstIndent)) {
                int own = m.group(1).length();
                List<String> under = new ArrayList<>();
                for (int j = i + 1;
                        j < block.size() && (block.get(j).isBlank() || indent(block.get(j)) > own);
                        j++) {
                    under.add(block.get(j));
                }
                return under;
            }
        }
        return List.of();
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
