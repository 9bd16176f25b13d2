package org.asylon.kernel.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * The one place the suite obtains JSON processing and binding. {@code Json.createObjectBuilder()}
 * and its siblings look the provider up through {@code ServiceLoader} on every call, which takes a
 * class loader's lock: under load, registrations queued on that lock (issue 18's flight recording).
 * The provider, its factories and the binding are made once here and shared; all are thread-safe.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();
    private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
    private static final JsonParserFactory PARSERS = PROVIDER.createParserFactory(Map.of());

    /**
     * Booleans are strict: JSON-B's default reads any string as a boolean ("yes" becomes false),
     * which would silently turn an officer's "unaccompaniedChild": "yes" into "no". Unknown fields
     * are refused for the same reason: a misspelt name would otherwise drop what was recorded.
     */
    private static final Jsonb BINDING =
            JsonbBuilder.newBuilder()
                    .withProvider(PROVIDER)
                    .withConfig(
                            new JsonbConfig()
                                    .withDeserializers(new StrictBoolean())
                                    .setProperty("jsonb.fail-on-unknown-properties", true))
                    .build();

    private Jsons() {}

    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonObjectBuilder object(JsonObject start) {
        return BUILDERS.createObjectBuilder(start);
    }

    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    public static JsonString string(String value) {
        return PROVIDER.createValue(value);
    }

    /** Reads one JSON value; a {@link JsonException} tells the caller the text was not JSON. */
    public static JsonValue read(String text) {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    public static JsonValue read(InputStream bytes) {
        try (JsonReader reader = READERS.createReader(bytes)) {
            return reader.readValue();
        }
    }

    public static JsonObject readObject(String text) {
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /** A streaming parser, for reading a body once without building it in memory. */
    public static JsonParser parser(InputStream bytes) {
        return PARSERS.createParser(bytes);
    }

    /** For readers that must name the character set of the bytes they read. */
    public static JsonReaderFactory readers() {
        return READERS;
    }

    /** The strict binding every module's API reads and writes its records with. */
    public static Jsonb binding() {
        return BINDING;
    }

    public static String toJson(Object value) {
        return BINDING.toJson(value);
    }

    static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.TRUE) {
                return Boolean.TRUE;
            }
            if (value == JsonValue.FALSE) {
                return Boolean.FALSE;
            }
            if (value == JsonValue.NULL) {
                return null;
            }
            throw new JsonbException("expected true or false, found " + value);
        }
    }
}
