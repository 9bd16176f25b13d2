package org.asylon.tools.openapi;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Fills the fragment's {@code ${name}} placeholders with the module's words. Filled in scalar
 * values after parsing, so a value may hold any text without YAML quoting. A placeholder the module
 * does not fill, or a value no placeholder asks for (a misspelt name), fails the build: either
 * would leave the reader a gap or lose a text.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9.-]*)}");

    private final Map<String, String> values;
    private final Set<String> optional;
    private final Set<String> used = new HashSet<>();
    private final Set<String> missing = new TreeSet<>();

    /**
     * @param values the module's words by name
     * @param optional names that need not be asked for (those the tool itself gives, such as {@code
     *     module})
     */
    Placeholders(Map<String, String> values, Set<String> optional) {
        this.values = Map.copyOf(values);
        this.optional = Set.copyOf(optional);
    }

    void fill(Node fragment) {
        visit(fragment);
        if (!missing.isEmpty()) {
            throw new OpenApiMergeException(
                    "the fragment asks the module for "
                            + missing
                            + ": give "
                            + (missing.size() == 1 ? "it" : "them")
                            + " under "
                            + OpenApiMerge.MODULE_VALUES
                            + " in the module document");
        }
    }

    /** After the last fragment: every value the module gave was asked for. */
    void requireAllUsed() {
        Set<String> unused = new TreeSet<>(values.keySet());
        unused.removeAll(used);
        unused.removeAll(optional);
        if (!unused.isEmpty()) {
            throw new OpenApiMergeException(
                    OpenApiMerge.MODULE_VALUES
                            + " gives "
                            + unused
                            + ", which no placeholder of the fragment asks for");
        }
    }

    /**
     * The node itself, or (a scalar with placeholders) a filled copy: scalar nodes cannot be
     * changed in place.
     */
    private Node visit(Node node) {
        if (node instanceof ScalarNode scalar && scalar.getValue().contains("${")) {
            ScalarNode filled =
                    new ScalarNode(
                            scalar.getTag(),
                            substitute(scalar.getValue()),
                            scalar.getStartMark(),
                            scalar.getEndMark(),
                            scalar.getScalarStyle());
            filled.setBlockComments(scalar.getBlockComments());
            filled.setInLineComments(scalar.getInLineComments());
            filled.setEndComments(scalar.getEndComments());
            return filled;
        }
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().replaceAll(this::visit);
        } else if (node instanceof MappingNode mapping) {
            mapping.getValue()
                    .replaceAll(t -> new NodeTuple(visit(t.getKeyNode()), visit(t.getValueNode())));
        }
        return node;
    }

    private String substitute(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = values.get(name);
            if (value == null) {
                missing.add(name);
                value = m.group();
            } else {
                used.add(name);
            }
            m.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        m.appendTail(filled);
        return filled.toString();
    }
}
