package org.asylon.tools.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Build-time tool: the OpenAPI document a module serves is the module's own document plus the
 * kernel's fragment (the kernel's operations — events, audit, deadlines — and the components every
 * module shares), so that the kernel's part is written once. Each module's build runs it in {@code
 * process-resources}:
 *
 * <pre>
 * OpenApiMerge &lt;module document&gt; &lt;served document&gt; &lt;fragment&gt;[,&lt;fragment&gt;...]...
 * </pre>
 *
 * A fragment is a file or {@code classpath:<resource>} (the kernel's fragments travel in the kernel
 * jar, so the document always matches the kernel the module runs on): the kernel's shared
 * components, then its operations. The fragments are combined in order, the first owning what a
 * later one adds to, and then merged into the module's document. The fragment's {@code ${module}}
 * is the module's name from its server URL {@code /<module>/api/v1}; its other placeholders are
 * filled from the module document's {@value #MODULE_VALUES} mapping, which the served document
 * leaves out. How the two documents combine: {@link FragmentMerge}. The build fails on a clash, a
 * placeholder left open, a reference that lands nowhere or an operationId used twice.
 */
public final class OpenApiMerge {

    static final String MODULE_VALUES = "x-kernel-fragment";
    private static final Pattern SERVER = Pattern.compile("^/([a-z][a-z0-9-]*)/api/v1$");

    private OpenApiMerge() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException(
                    "usage: OpenApiMerge <module document> <served document> <fragment>...");
        }
        Path module = Path.of(args[0]);
        Path served = Path.of(args[1]);
        List<String> fragments = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            for (String location : args[i].split(",")) {
                if (!location.isBlank()) {
                    fragments.add(read(location.strip()));
                }
            }
        }
        String document =
                merge(
                        Files.readString(module, StandardCharsets.UTF_8),
                        fragments,
                        module.getFileName().toString());
        Files.createDirectories(served.toAbsolutePath().getParent());
        Files.writeString(served, document, StandardCharsets.UTF_8);
    }

    /**
     * @param source how the generated document names its module source, in its header comment
     * @return the served document
     */
    static String merge(String moduleDocument, List<String> fragments, String source) {
        Yaml yaml = yaml();
        MappingNode module =
                Nodes.mapping(
                        yaml.compose(new StringReader(moduleDocument)), "the module document");
        Map<String, String> values = moduleValues(module);
        values.put("module", moduleName(module));
        Placeholders placeholders = new Placeholders(values, Set.of("module"));
        MappingNode kernel = null;
        for (String text : fragments) {
            MappingNode fragment =
                    Nodes.mapping(yaml.compose(new StringReader(text)), "a fragment");
            placeholders.fill(fragment);
            if (kernel == null) {
                kernel = fragment;
            } else {
                FragmentMerge.combine(kernel, fragment);
            }
        }
        if (kernel != null) {
            FragmentMerge.into(module, kernel);
        }
        placeholders.requireAllUsed();
        TreeSet<String> unresolved = LocalReferences.unresolved(module);
        if (!unresolved.isEmpty()) {
            throw new OpenApiMergeException(
                    "these references land nowhere in the merged document: " + unresolved);
        }
        requireUniqueOperationIds(module);
        module.getValue().get(0).getKeyNode().setBlockComments(null);
        StringWriter out = new StringWriter();
        out.write(
                "# Generated at build time: this module's "
                        + source
                        + " plus the kernel's shared components and\n"
                        + "# operations (asylon-kernel META-INF/asylon/openapi/), merged by tools/openapi-merge. Edit those, not this.\n");
        yaml.serialize(module, out);
        return out.toString();
    }

    /** The module's {@value #MODULE_VALUES} mapping, taken out of the document. */
    private static Map<String, String> moduleValues(MappingNode module) {
        Map<String, String> values = new LinkedHashMap<>();
        Nodes.entry(module, MODULE_VALUES)
                .ifPresent(
                        block -> {
                            for (NodeTuple value :
                                    Nodes.mapping(block.getValueNode(), MODULE_VALUES).getValue()) {
                                if (!(value.getValueNode() instanceof ScalarNode text)) {
                                    throw new OpenApiMergeException(
                                            MODULE_VALUES
                                                    + "/"
                                                    + Nodes.key(value)
                                                    + " must be a text");
                                }
                                values.put(Nodes.key(value), text.getValue());
                            }
                            Nodes.remove(module, MODULE_VALUES);
                        });
        if (values.containsKey("module")) {
            throw new OpenApiMergeException(
                    "${module} comes from the server URL; do not give it under " + MODULE_VALUES);
        }
        return values;
    }

    private static String moduleName(MappingNode module) {
        Node servers =
                Nodes.entry(module, "servers")
                        .orElseThrow(
                                () ->
                                        new OpenApiMergeException(
                                                "the module document names no servers"))
                        .getValueNode();
        for (Node server : Nodes.sequence(servers, "servers").getValue()) {
            Node url =
                    Nodes.entry(Nodes.mapping(server, "a server"), "url")
                            .map(NodeTuple::getValueNode)
                            .orElse(null);
            if (url instanceof ScalarNode text) {
                Matcher m = SERVER.matcher(text.getValue());
                if (m.matches()) {
                    return m.group(1);
                }
            }
        }
        throw new OpenApiMergeException(
                "the module document's servers name no url /<module>/api/v1");
    }

    private static void requireUniqueOperationIds(MappingNode document) {
        Set<String> seen = new HashSet<>();
        Set<String> twice = new TreeSet<>();
        Nodes.entry(document, "paths")
                .ifPresent(
                        paths -> {
                            for (NodeTuple path :
                                    Nodes.mapping(paths.getValueNode(), "paths").getValue()) {
                                if (!(path.getValueNode() instanceof MappingNode item)) {
                                    continue;
                                }
                                for (NodeTuple operation : item.getValue()) {
                                    if (operation.getValueNode() instanceof MappingNode body) {
                                        Nodes.entry(body, "operationId")
                                                .map(
                                                        t ->
                                                                ((ScalarNode) t.getValueNode())
                                                                        .getValue())
                                                .filter(id -> !seen.add(id))
                                                .ifPresent(twice::add);
                                    }
                                }
                            }
                        });
        if (!twice.isEmpty()) {
            throw new OpenApiMergeException("operationIds used twice: " + twice);
        }
    }

    private static String read(String location) throws IOException {
        if (location.startsWith("classpath:")) {
            String resource = location.substring("classpath:".length());
            try (InputStream in =
                    Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new OpenApiMergeException(
                            resource + " is not on the class path (is the kernel a dependency?)");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(Path.of(location), StandardCharsets.UTF_8);
    }

    /**
     * Block style, two-space indentation and unwrapped Unicode, as the hand-written documents are.
     */
    private static Yaml yaml() {
        LoaderOptions loading = new LoaderOptions();
        loading.setProcessComments(true);
        loading.setCodePointLimit(20 * 1024 * 1024);
        DumperOptions dumping = new DumperOptions();
        dumping.setProcessComments(true);
        dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumping.setIndent(2);
        dumping.setAllowUnicode(true);
        dumping.setWidth(120);
        return new Yaml(loading, dumping);
    }
}
