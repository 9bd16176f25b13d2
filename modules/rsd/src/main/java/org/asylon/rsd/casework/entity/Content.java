package org.asylon.rsd.casework.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/**
 * RSD content is kept as one JSON document per record: it is read and written whole, only by the
 * file holders, and never queried or published.
 */
final class Content {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withNullValues(false));

    private Content() {
    }

    static String write(Object content) {
        return JSON.toJson(content);
    }

    static <T> T read(String json, Class<T> type) {
        return JSON.fromJson(json, type);
    }
}
