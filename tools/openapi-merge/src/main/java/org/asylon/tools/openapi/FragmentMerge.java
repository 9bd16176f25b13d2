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
 * Adds a fragment (tags, paths, components) to a document, on YAML nodes so that order, scalar
 * styles and comments survive.
 *
 * <p>Rules, so that a reader of either file can predict the result: what the fragment adds comes
 * after what the document has at the same level; the fragment may hold only {@code tags}, {@code
 * paths} and {@code components}. A path or component that both define may only be <em>added to</em>
 * (a module's own examples for a shared error response): a key that both set to anything but a
 * mapping is a clash and fails the build, as does a tag both declare. So a module can never
 * silently redefine a kernel operation or schema, and a kernel change can never silently replace a
 * module's. Inside an entry both define, the keys of its owner (the kernel) come first.
 */
final class FragmentMerge {

    private static final Set<String> FRAGMENT_KEYS = Set.of("tags", "paths", "components");

    /** Whose keys lead inside an entry both define. */
    private final boolean fragmentOwnsSharedEntries;

    private final List<String> clashes = new ArrayList<>();

    private FragmentMerge(boolean fragmentOwnsSharedEntries) {
        this.fragmentOwnsSharedEntries = fragmentOwnsSharedEntries;
    }

    /** The kernel's fragment into a module's document: the kernel owns the entries both define. */
    static void into(MappingNode module, MappingNode fragment) {
        new FragmentMerge(true).merge(module, fragment);
    }

    /**
     * One kernel fragment after another (the kernel's operations after its shared components): the
     * first owns.
     */
    static void combine(MappingNode first, MappingNode next) {
        new FragmentMerge(false).merge(first, next);
    }

    private void merge(MappingNode document, MappingNode fragment) {
        for (NodeTuple section : fragment.getValue()) {
            String name = Nodes.key(section);
            if (!FRAGMENT_KEYS.contains(name)) {
                throw new OpenApiMergeException(
                        "the fragment may hold only tags, paths and components, not '"
                                + name
                                + "'");
            }
            Optional<NodeTuple> own = Nodes.entry(document, name);
            if (own.isEmpty()) {
                document.getValue().add(section);
            } else if (name.equals("tags")) {
                appendTags(
                        Nodes.sequence(own.get().getValueNode(), "tags"),
                        Nodes.sequence(section.getValueNode(), "tags"));
            } else if (name.equals("paths")) {
                mergeEntries(
                        Nodes.mapping(own.get().getValueNode(), name),
                        Nodes.mapping(section.getValueNode(), name),
                        name);
            } else {
                mergeComponents(
                        Nodes.mapping(own.get().getValueNode(), name),
                        Nodes.mapping(section.getValueNode(), name));
            }
        }
        if (!clashes.isEmpty()) {
            throw new OpenApiMergeException("both documents define: " + String.join("; ", clashes));
        }
    }

    private void appendTags(SequenceNode own, SequenceNode added) {
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
        return Nodes.entry(Nodes.mapping(tag, "a tag"), "name")
                .map(t -> ((ScalarNode) t.getValueNode()).getValue())
                .orElseThrow(() -> new OpenApiMergeException("a tag without a name"));
    }

    /** components: schemas, responses, ... each a collection of named entries. */
    private void mergeComponents(MappingNode own, MappingNode added) {
        for (NodeTuple kind : added.getValue()) {
            String name = Nodes.key(kind);
            Optional<NodeTuple> same = Nodes.entry(own, name);
            if (same.isEmpty()) {
                own.getValue().add(kind);
            } else {
                mergeEntries(
                        Nodes.mapping(same.get().getValueNode(), name),
                        Nodes.mapping(kind.getValueNode(), name),
                        "components/" + name);
            }
        }
    }

    /**
     * A collection of named entries (paths, or one kind of component): new entries go last, shared
     * ones combine.
     */
    private void mergeEntries(MappingNode own, MappingNode added, String where) {
        for (NodeTuple entry : added.getValue()) {
            String name = Nodes.key(entry);
            Optional<NodeTuple> same = Nodes.entry(own, name);
            if (same.isEmpty()) {
                own.getValue().add(entry);
            } else if (same.get().getValueNode() instanceof MappingNode existing
                    && entry.getValueNode() instanceof MappingNode incoming) {
                MappingNode owner = fragmentOwnsSharedEntries ? incoming : existing;
                extend(owner, owner == incoming ? existing : incoming, where + "/" + name);
                Nodes.replace(own, same.get(), new NodeTuple(same.get().getKeyNode(), owner));
            } else {
                clashes.add(where + "/" + name);
            }
        }
    }

    /** The additions go into the owner's entry, after the owner's own keys. */
    private void extend(MappingNode owner, MappingNode additions, String path) {
        for (NodeTuple addition : additions.getValue()) {
            String name = Nodes.key(addition);
            Optional<NodeTuple> same = Nodes.entry(owner, name);
            if (same.isEmpty()) {
                owner.getValue().add(addition);
            } else if (same.get().getValueNode() instanceof MappingNode inner
                    && addition.getValueNode() instanceof MappingNode more) {
                extend(inner, more, path + "/" + name);
            } else {
                clashes.add(path + "/" + name);
            }
        }
    }
}
