package org.asylon.kernel.http;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * The JSON binding every module's API uses. Booleans are strict: JSON-B's default reads any string
 * as a boolean ("yes" becomes false), which would silently turn an officer's "unaccompaniedChild":
 * "yes" into "no". Only {@code true} and {@code false} are accepted. Unknown fields are refused for
 * the same reason: a misspelt field name would otherwise drop what the officer recorded.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new StrictBoolean())
            // a misspelt field ("unaccompaniedchild") must be an error, not a silently dropped fact
            .setProperty("jsonb.fail-on-unknown-properties", true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    public static Jsonb jsonb() {
        return JSONB;
    }

    static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            jakarta.json.JsonValue value = parser.getValue();
            if (value == jakarta.json.JsonValue.TRUE) {
                return Boolean.TRUE;
            }
            if (value == jakarta.json.JsonValue.FALSE) {
                return Boolean.FALSE;
            }
            if (value == jakarta.json.JsonValue.NULL) {
                return null;
            }
            throw new JsonbException("expected true or false, found " + value);
        }
    }
}
