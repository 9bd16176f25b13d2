package org.asylon.tools.openapi;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** The few ways this tool looks into a composed YAML document. */
final class Nodes {

    private Nodes() {}

    static String key(NodeTuple tuple) {
        if (tuple.getKeyNode() instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw new OpenApiMergeException(
                "a mapping key that is not a plain value, at line "
                        + (tuple.getKeyNode().getStartMark().getLine() + 1));
    }

    static Optional<NodeTuple> entry(MappingNode mapping, String key) {
        return mapping.getValue().stream().filter(t -> key.equals(key(t))).findFirst();
    }

    static MappingNode mapping(Node node, String what) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw new OpenApiMergeException(
                what + " must be a mapping (line " + (node.getStartMark().getLine() + 1) + ")");
    }

    static SequenceNode sequence(Node node, String what) {
        if (node instanceof SequenceNode sequence) {
            return sequence;
        }
        throw new OpenApiMergeException(
                what + " must be a list (line " + (node.getStartMark().getLine() + 1) + ")");
    }

    static void replace(MappingNode mapping, NodeTuple old, NodeTuple replacement) {
        List<NodeTuple> tuples = mapping.getValue();
        tuples.set(tuples.indexOf(old), replacement);
    }

    static void remove(MappingNode mapping, String key) {
        mapping.getValue().removeIf(t -> key.equals(key(t)));
    }
}
