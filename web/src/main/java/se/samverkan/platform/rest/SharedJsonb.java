package se.samverkan.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API: it caches what it learns about each class, so sharing it
 * spares every request the reflection that building a class model costs.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** The instance, for code that writes JSON itself. */
    public static Jsonb instance() {
        return JSONB;
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
