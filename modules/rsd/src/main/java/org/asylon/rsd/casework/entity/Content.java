package org.asylon.rsd.casework.entity;

import org.asylon.kernel.json.Jsons;

/**
 * RSD content is kept as one JSON document per record: it is read and written whole, only by the
 * file holders, and never queried or published. It is written and read with the API's strict
 * binding, so a stored document holds exactly the fields its record declares (nulls are left out).
 */
final class Content {

    private Content() {}

    static String write(Object content) {
        return Jsons.toJson(content);
    }

    static <T> T read(String json, Class<T> type) {
        return Jsons.binding().fromJson(json, type);
    }
}
