package org.asylon.kernel.problem;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.asylon.kernel.json.Jsons;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Screens a JSON body before it is bound, in one streaming pass, for two things no request record
 * should have to repeat: an array longer than {@code asylon.http.max-array-items} (default 10,000 —
 * 300,000 invalid items once took 72 s to validate and came back as a 34 MB problem), and text
 * holding a control character, a lone surrogate or a bidirectional override (a name with U+202E
 * displays reversed on every screen and printout that shows it: "Trojan Source"). Either is refused
 * naming the field. Tab, line feed and carriage return stay allowed for free text; the
 * right-to-left and left-to-right marks (U+200F, U+200E) stay allowed for mixed Arabic and Latin
 * text.
 */
@Provider
@Priority(Priorities.ENTITY_CODER + 10)
public class BodyScreening implements ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "asylon.http.max-array-items", defaultValue = "10000")
    int maxArrayItems;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type == null
                || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        screen(body, maxArrayItems);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    /**
     * Throws a problem naming the first field that breaks a rule; leaves malformed JSON to the
     * binding.
     */
    static void screen(byte[] body, int maxArrayItems) {
        Deque<Position> path = new ArrayDeque<>();
        try (JsonParser parser = Jsons.parser(new ByteArrayInputStream(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                Position here = path.peek();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (here != null) {
                            here.advance(maxArrayItems, path);
                        }
                        path.push(new Position(event == JsonParser.Event.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> path.pop();
                    case KEY_NAME -> {
                        here.key = parser.getString();
                        requirePlain(here.key, path);
                    }
                    case VALUE_STRING -> {
                        if (here != null) {
                            here.advance(maxArrayItems, path);
                        }
                        requirePlain(parser.getString(), path);
                    }
                    default -> {
                        if (here != null) {
                            here.advance(maxArrayItems, path);
                        }
                    }
                }
            }
        } catch (JsonException malformed) {
            // not JSON, or not JSON the way the binding wants it: the binding answers that with a
            // 400
        }
    }

    private static void requirePlain(String text, Deque<Position> path) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String problem = null;
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (Character.isSurrogate(c)) {
                problem = "holds a lone surrogate (an unpaired half of a character)";
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || (c >= 0x7F && c <= 0x9F)) {
                problem = String.format("holds the control character U+%04X", (int) c);
            } else if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                problem =
                        String.format(
                                "holds the bidirectional formatting character U+%04X, which makes text display in another order than it was typed",
                                (int) c);
            }
            if (problem != null) {
                String field = pathOf(path);
                throw ProblemException.invalidField(
                        field.isEmpty() ? "body" : field,
                        problem + " at position " + (i + 1) + "; remove it");
            }
        }
    }

    private static String pathOf(Deque<Position> path) {
        StringBuilder out = new StringBuilder();
        var positions = path.descendingIterator();
        while (positions.hasNext()) {
            Position p = positions.next();
            if (p.array) {
                out.append('[').append(p.index).append(']');
            } else if (p.key != null) {
                out.append(out.length() == 0 ? "" : ".").append(p.key);
            }
        }
        return out.toString();
    }

    /** Where the parser is inside one object or array. */
    private static final class Position {
        final boolean array;
        String key;
        int index = -1;

        Position(boolean array) {
            this.array = array;
        }

        void advance(int maxArrayItems, Deque<Position> path) {
            if (!array) {
                return;
            }
            index++;
            if (index >= maxArrayItems) {
                index = maxArrayItems - 1;
                String field = pathOf(path);
                field = field.substring(0, field.lastIndexOf('['));
                throw ProblemException.invalidField(
                        field.isEmpty() ? "body" : field,
                        "holds more than "
                                + maxArrayItems
                                + " items; send fewer (in several requests if need be)");
            }
        }
    }
}
