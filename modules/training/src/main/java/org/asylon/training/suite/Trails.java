package org.asylon.training.suite;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.asylon.kernel.problem.ProblemException;
import org.asylon.kernel.problem.ProblemType;

/**
 * A module's event feed and audit trail read from the beginning to the end, in pages of 500, as the
 * runner: what the scorer reads a trainee's work from.
 */
@ApplicationScoped
public class Trails {

    static final int PAGE = 500;

    private Suite suite;

    protected Trails() {
        // for CDI's client proxy
    }

    @Inject
    public Trails(Suite suite) {
        this.suite = suite;
    }

    public List<JsonObject> events(String module) {
        return all(module, "events");
    }

    public List<JsonObject> audit(String module) {
        return all(module, "audit");
    }

    /** A CloudEvent carries its sequence as a decimal string, an audit record as a number. */
    static long sequence(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return n.longValue();
        }
        if (value instanceof JsonString s) {
            return Long.parseLong(s.getString());
        }
        throw new IllegalArgumentException("no sequence: " + value);
    }

    private List<JsonObject> all(String module, String resource) {
        List<JsonObject> out = new ArrayList<>();
        long after = 0;
        while (true) {
            Answer page = suite.get(module, resource + "?after=" + after + "&limit=" + PAGE);
            if (!page.ok() || !(page.body() instanceof JsonArray items)) {
                throw new ProblemException(
                        ProblemType.UNAVAILABLE, "Cannot read the trail: " + page.why());
            }
            for (JsonValue item : items) {
                JsonObject o = item.asJsonObject();
                out.add(o);
                after = Math.max(after, sequence(o.get("sequence")));
            }
            if (items.size() < PAGE) {
                return out;
            }
        }
    }
}
