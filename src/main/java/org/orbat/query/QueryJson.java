package org.orbat.query;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Locale;
import org.orbat.model.DateValue;

/**
 * How query results look as JSON, the same for {@code --json} and the HTTP API: snake_case fields as
 * in the export format, dates as ISO strings whose length is their precision, enums as their
 * lower-case codes. The mapper is thread-safe once built.
 */
public final class QueryJson {
    private static final ObjectMapper MAPPER = build();

    private QueryJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One value as a single line of JSON. */
    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static ObjectMapper build() {
        SimpleModule module = new SimpleModule("orbat-query");
        module.addSerializer(DateValue.class, new JsonSerializer<>() {
            @Override
            public void serialize(DateValue value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(value.iso());
            }
        });
        @SuppressWarnings({"rawtypes", "unchecked"})
        Class<Enum<?>> enums = (Class) Enum.class;
        module.addSerializer(enums, new JsonSerializer<>() {
            @Override
            public void serialize(Enum<?> value, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(value.name().toLowerCase(Locale.ROOT));
            }
        });
        return new ObjectMapper().registerModule(module)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    }
}
