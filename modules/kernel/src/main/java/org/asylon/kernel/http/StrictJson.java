package org.asylon.kernel.http;

import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.asylon.kernel.json.Jsons;

/**
 * Makes Jakarta REST read and write request and response bodies with the suite's strict binding
 * ({@link Jsons#binding()}): only {@code true} and {@code false} are booleans, unknown fields are
 * refused.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    @Override
    public Jsonb getContext(Class<?> type) {
        return Jsons.binding();
    }
}
