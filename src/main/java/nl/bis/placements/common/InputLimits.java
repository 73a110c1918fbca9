package nl.bis.placements.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;

/**
 * What no text or date in a request may be, wherever it comes from: a control character where {@link TextRules}
 * forbids it (a NUL, which PostgreSQL cannot store, everywhere) or
 * a date outside {@link #EARLIEST}..{@link #LATEST} (the contract's dates have four-digit years, and date arithmetic
 * on the far ends overflows). Text in JSON bodies is held to it here, dates in parameters by
 * {@link ParameterConverters} and dates in bodies by the services ({@link #requireInRange}).
 */
@Singleton
public class InputLimits implements ObjectMapperCustomizer {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    /** After Quarkus's own customizers, whose date module would otherwise replace the date reader here. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("input-limits");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = super.deserialize(parser, context);
                if (text != null) {
                    var problem = TextRules.problemIn(parser.currentName(), text);
                    if (problem.isPresent()) {
                        throw context.weirdStringException(text, String.class, problem.get());
                    }
                }
                return text;
            }
        });
        mapper.registerModule(module);
        // "{...} garbage" or two JSON values in one body are refused, not half read.
        mapper.enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // A whole number (an amount in cents, a capacity) given with a fraction is refused, not silently cut off.
        mapper.disable(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** Refuses a date of a body member outside the range with a 400 naming the member. */
    public static void requireInRange(String field, LocalDate date) {
        if (date != null && !withinRange(date)) {
            throw ApiException.invalid(field, rangeMessage());
        }
    }

    public static boolean withinRange(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    public static String rangeMessage() {
        return "must lie between " + EARLIEST + " and " + LATEST;
    }
}
