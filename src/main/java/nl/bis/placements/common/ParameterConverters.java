package nl.bis.placements.common;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * Strict readers for date, number and boolean parameters. Plain JAX-RS answers an unreadable query or path
 * parameter with a bare 404 (and reads {@code includeRetired=yes} as false); these answer 400 with a violation that
 * names the parameter.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) strict(name, ParameterConverters::parseDate,
                    "a date in ISO-8601 format (yyyy-MM-dd) between " + InputLimits.EARLIEST + " and "
                            + InputLimits.LATEST, true);
        }
        // Numbers are ids and page positions: an empty one is a mistake, not "absent".
        if (rawType == Long.class) {
            return (ParamConverter<T>) strict(name, Long::valueOf, "a whole number", false);
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) strict(name, Integer::valueOf, "a whole number", false);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) strict(name, ParameterConverters::parseBoolean, "true or false", true);
        }
        return null;
    }

    /** {@code blankIsAbsent}: an empty query value ({@code ?activeOn=}, as forms send) means the parameter is absent. */
    private static <V> ParamConverter<V> strict(String name, Function<String, V> parse, String expected,
                                                boolean blankIsAbsent) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || (blankIsAbsent && value.isBlank())) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (RuntimeException e) {
                    throw new InvalidParameterException(name, value, "must be " + expected + ", got '" + abbreviate(value) + "'");
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static LocalDate parseDate(String value) {
        LocalDate date = LocalDate.parse(value);
        if (!InputLimits.withinRange(date)) {
            throw new IllegalArgumentException(value);
        }
        return date;
    }

    private static Boolean parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam q) {
                return q.value();
            }
            if (annotation instanceof PathParam p) {
                return p.value();
            }
            if (annotation instanceof HeaderParam h) {
                return h.value();
            }
        }
        // Parameters declared on the generated interfaces arrive here without their annotations.
        return null;
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
