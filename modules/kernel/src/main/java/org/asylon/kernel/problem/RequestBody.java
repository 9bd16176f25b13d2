package org.asylon.kernel.problem;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.asylon.kernel.json.Jsons;

/**
 * The body of the request being served on this thread, kept only until the response, so that a
 * value the JSON binding could not read (an unknown code) can be traced to the field that holds it:
 * the binding's own message names the Java type, never the JSON field.
 */
public final class RequestBody {

    private static final ThreadLocal<byte[]> CURRENT = new ThreadLocal<>();

    private RequestBody() {}

    static void keep(byte[] body) {
        CURRENT.set(body);
    }

    public static void forget() {
        CURRENT.remove();
    }

    /**
     * The JSON path (e.g. {@code person.sex}, {@code members[2].encounter.kind}) of a string value.
     */
    static Optional<String> pathOfString(String value) {
        byte[] body = CURRENT.get();
        if (body == null || body.length == 0) {
            return Optional.empty();
        }
        try {
            return find(Jsons.read(new ByteArrayInputStream(body)), value, "");
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> find(JsonValue node, String value, String path) {
        switch (node.getValueType()) {
            case STRING:
                return ((JsonString) node).getString().equals(value)
                        ? Optional.of(path)
                        : Optional.empty();
            case OBJECT:
                for (var entry : node.asJsonObject().entrySet()) {
                    Optional<String> found =
                            find(
                                    entry.getValue(),
                                    value,
                                    path.isEmpty() ? entry.getKey() : path + "." + entry.getKey());
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            case ARRAY:
                var array = node.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    Optional<String> found = find(array.get(i), value, path + "[" + i + "]");
                    if (found.isPresent()) {
                        return found;
                    }
                }
                return Optional.empty();
            default:
                return Optional.empty();
        }
    }
}
