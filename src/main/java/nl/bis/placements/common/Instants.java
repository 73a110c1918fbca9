package nl.bis.placements.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one way an instant is kept and written: to the microsecond, which is what PostgreSQL stores, and in JSON always
 * in UTC with six fraction digits ({@code 2027-01-10T09:30:00.000000Z}). An instant a POST answers with is then the
 * same text a later GET reads back from the database.
 */
@Singleton
public class Instants implements ObjectMapperCustomizer {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** "Now" as it will be stored: PostgreSQL would round the nanoseconds away, so they are cut off here. */
    public static Instant now(Clock clock) {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** An instant as the generated models carry it: at offset UTC (absent stays absent). */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /**
     * An instant as every response writes it. Years 0 to 9999 are written by hand: a list of placements writes three
     * instants per item, and the pattern formatter (a zone conversion and a printer per field) took more of the
     * page's CPU than reading its rows did; other years keep the pattern's signs and widths.
     */
    public static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return FORMAT.format(instant.truncatedTo(ChronoUnit.MICROS));
        }
        StringBuilder text = new StringBuilder(27);
        digits(text, t.getYear(), 4).append('-');
        digits(text, t.getMonthValue(), 2).append('-');
        digits(text, t.getDayOfMonth(), 2).append('T');
        digits(text, t.getHour(), 2).append(':');
        digits(text, t.getMinute(), 2).append(':');
        digits(text, t.getSecond(), 2).append('.');
        return digits(text, instant.getNano() / 1000, 6).append('Z').toString();
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        for (int limit = 10; width > 1; width--, limit *= 10) {
            if (value < limit) {
                text.append('0');
            }
        }
        return text.append(value);
    }

    /** After Quarkus's own customizers, whose date module would otherwise replace the writers here. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("instants");
        module.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(format(value));
            }
        });
        module.addSerializer(OffsetDateTime.class, new StdSerializer<>(OffsetDateTime.class) {
            @Override
            public void serialize(OffsetDateTime value, JsonGenerator generator, SerializerProvider provider)
                    throws IOException {
                generator.writeString(format(value.toInstant()));
            }
        });
        mapper.registerModule(module);
    }
}
