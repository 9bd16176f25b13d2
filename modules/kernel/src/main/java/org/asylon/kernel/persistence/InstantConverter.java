package org.asylon.kernel.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores {@link Instant}s in TIMESTAMP columns. JPA 3.1 (EclipseLink 4.0) does not map Instant by
 * itself and would serialise it as bytes. Servers run with {@code -Duser.timezone=UTC} so that the
 * column holds UTC wall-clock time.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
