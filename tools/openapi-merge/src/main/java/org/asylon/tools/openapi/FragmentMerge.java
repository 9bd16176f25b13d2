package org.asylon.tools.openapi;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Adds a fragment (tags, paths, components) to a module's document, on YAML nodes so that order, scalar styles and
 * comments survive.
 *
 * <p>Rules, so that a reader of either file can predict the result: what the fragment adds comes after what the
 * module has at the same level; the fragment may hold only {@code tags}, {@code paths} and {@code components}. A path
 * or component that both define is the fragment's, and the module may only <em>add</em> to its mappings (its own
 * examples to a shared error response): a key that both set to anything but a mapping is a clash and fails the
 * build, as does a tag both declare. So a module can never silently redefine a kernel operation or schema, and a
 * kernel change can never silently replace a module's.
 */
final class FragmentMerge {

    private static final Set<String> FRAGMENT_KEYS = Set.of("tags", "paths", "components");

    private FragmentMerge() {
    }

    static void into(MappingNode module, MappingNode fragment) {
        List<String> clashes = new ArrayList<>();
        for (NodeTuple section : fragment.getValue()) {
            String name = Nodes.key(section);
            if (!FRAGMENT_KEYS.contains(name)) {
                throw new OpenApiMergeException("the fragment may hold only tags, paths and components, not '" + name + "'");
            }
            Optional<NodeTuple> own = Nodes.entry(module, name);
            if (own.isEmpty()) {
                module.getValue().add(section);
            } else if (name.equals("tags")) {
                appendTags(Nodes.sequence(own.get().getValueNode(), "tags"), Nodes.sequence(section.getValueNode(), "tags"),
                        clashes);
            } else if (name.equals("paths")) {
                mergeEntries(Nodes.mapping(own.get().getValueNode(), name), Nodes.mapping(section.getValueNode(), name),
                        name, clashes);
            } else {
                mergeComponents(Nodes.mapping(own.get().getValueNode(), name), Nodes.mapping(section.getValueNode(), name),
                        clashes);
            }
        }
        if (!clashes.isEmpty()) {
            throw new OpenApiMergeException("the module document and the fragment both define: " + String.join("; ", clashes));
        }
    }

    private static void appendTags(SequenceNode own, SequenceNode added, List<String> clashes) {
        Set<String> names = new HashSet<>();
        own.getValue().forEach(tag -> names.add(tagName(tag)));
        for (Node tag : added.getValue()) {
            if (names.contains(tagName(tag))) {
                clashes.add("tag '" + tagName(tag) + "'");
            } else {
                own.getValue().add(tag);
            }
        }
    }

    private static String tagName(Node tag) {
        return Nodes.entry(Nodes.mapping(tag, "a tag"), "name").map(t -> ((ScalarNode) t.getValueNode()).getValue())
                .orElseThrow(() -> new OpenApiMergeException("a tag without a name"));
    }

    /** components: schemas, responses, ... each a collection of named entries. */
    private static void mergeComponents(MappingNode own, MappingNode added, List<String> clashes) {
        for (NodeTuple kind : added.getValue()) {
            String name = Nodes.key(kind);
            Optional<NodeTuple> same = Nodes.entry(own, name);
            if (same.isEmpty()) {
                own.getValue().add(kind);
            } else {
                mergeEntries(Nodes.mapping(same.get().getValueNode(), name), Nodes.mapping(kind.getValueNode(), name),
                        "components/" + name, clashes);
            }
        }
    }

    /** A collection of named entries (paths, or one kind of component): new entries go last, shared ones combine. */
    private static void mergeEntries(MappingNode own, MappingNode added, String where, List<String> clashes) {
        for (NodeTuple entry : added.getValue()) {
            String name = Nodes.key(entry);
            Optional<NodeTuple> same = Nodes.entry(own, name);
            if (same.isEmpty()) {
                own.getValue().add(entry);
            } else {
                String path = where + "/" + name;
                if (!(same.get().getValueNode() instanceof MappingNode moduleAdditions)
                        || !(entry.getValueNode() instanceof MappingNode fragmentEntry)) {
                    clashes.add(path);
                    continue;
                }
                extend(fragmentEntry, moduleAdditions, path, clashes);
                Nodes.replace(own, same.get(), new NodeTuple(same.get().getKeyNode(), fragmentEntry));
            }
        }
    }

    /** The module's additions go into the fragment's entry, after the fragment's own keys. */
    private static void extend(MappingNode base, MappingNode additions, String path, List<String> clashes) {
        for (NodeTuple addition : additions.getValue()) {
            String name = Nodes.key(addition);
            Optional<NodeTuple> same = Nodes.entry(base, name);
            if (same.isEmpty()) {
                base.getValue().add(addition);
            } else if (same.get().getValueNode() instanceof MappingNode inner
                    && addition.getValueNode() instanceof MappingNode more) {
                extend(inner, more, path + "/" + name, clashes);
            } else {
                clashes.add(path + "/" + name);
            }
        }
    }
}
