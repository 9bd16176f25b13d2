package org.asylon.tools.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Every {@code $ref: '#/...'} of the merged document must land. The fragment refers to components
 * only a module can give (its event types, its example feed), and a module refers to the kernel's
 * shared responses: a reference that lands nowhere names what the other side is missing.
 */
final class LocalReferences {

    private LocalReferences() {}

    static TreeSet<String> unresolved(MappingNode root) {
        List<String> references = new ArrayList<>();
        collect(root, references);
        TreeSet<String> unresolved = new TreeSet<>();
        for (String reference : references) {
            if (reference.startsWith("#/") && resolve(root, reference.substring(2)).isEmpty()) {
                unresolved.add(reference);
            }
        }
        return unresolved;
    }

    private static void collect(Node node, List<String> references) {
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(n -> collect(n, references));
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if ("$ref".equals(Nodes.key(tuple))
                        && tuple.getValueNode() instanceof ScalarNode target) {
                    references.add(target.getValue());
                } else {
                    collect(tuple.getValueNode(), references);
                }
            }
        }
    }

    /** A JSON pointer (RFC 6901) into mappings; OpenAPI references never index into lists. */
    private static Optional<Node> resolve(MappingNode root, String pointer) {
        Node at = root;
        for (String token : pointer.split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (!(at instanceof MappingNode mapping)) {
                return Optional.empty();
            }
            Optional<NodeTuple> next = Nodes.entry(mapping, key);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            at = next.get().getValueNode();
        }
        return Optional.of(at);
    }
}
