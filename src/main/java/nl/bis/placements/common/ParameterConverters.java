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
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Strict readers for date, number, boolean and enumerated parameters. Plain JAX-RS answers an unreadable query or
 * path parameter with a bare 404 (and reads {@code includeRetired=yes} as false); these answer 400 with a violation
 * that names the parameter.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    /** The enums generated from the contract's schemas; their values are matched exactly, as in JSON bodies. */
    private static final String CONTRACT_TYPES = "nl.bis.placements.api.model";
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) strict(name, ParameterConverters::parseDate,
                    "a date in ISO-8601 format (yyyy-MM-dd) between " + InputLimits.EARLIEST + " and "
                            + InputLimits.LATEST, Blank.ABSENT);
        }
        // Numbers are ids and page positions: an empty one is a mistake, not "absent".
        if (rawType == Long.class) {
            return (ParamConverter<T>) strict(name, Long::valueOf, "a whole number", Blank.INVALID);
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) strict(name, Integer::valueOf, "a whole number", Blank.INVALID);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) strict(name, ParameterConverters::parseBoolean, "true or false", Blank.ABSENT);
        }
        if (rawType.isEnum() && rawType.getPackageName().equals(CONTRACT_TYPES)) {
            List<String> allowed = Arrays.stream(rawType.getEnumConstants()).map(Object::toString).toList();
            return strict(name, value -> enumValue(rawType, value), "one of " + allowed, Blank.ABSENT);
        }
        return null;
    }

    /** What an empty query value ({@code ?activeOn=}, as forms send) means. */
    private enum Blank {
        /** The parameter is absent. */
        ABSENT,
        /** A value that is not one: refused like any other. */
        INVALID
    }

    private static <V> ParamConverter<V> strict(String name, Function<String, V> parse, String expected, Blank blank) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || (blank == Blank.ABSENT && value.isBlank())) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (NonexistentDate e) {
                    throw new InvalidParameterException(name, value, nonexistentDate(value));
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

    /** Whether a text has the form of an ISO-8601 date, such as 2027-02-30, whether or not that day exists. */
    public static boolean dateShaped(String value) {
        return value != null && DATE_SHAPE.matcher(value.strip()).matches();
    }

    public static String nonexistentDate(String value) {
        return "is a date that does not exist: '" + abbreviate(value.strip()) + "'";
    }

    /** A well-formed date of a day that does not exist (2027-02-30): a mistake of another kind than a bad format. */
    private static final class NonexistentDate extends RuntimeException {
        NonexistentDate() {
            super(null, null, false, false);
        }
    }

    private static LocalDate parseDate(String value) {
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw dateShaped(value) ? new NonexistentDate() : e;
        }
        if (!InputLimits.withinRange(date)) {
            throw new IllegalArgumentException(value);
        }
        return date;
    }

    private static <T> T enumValue(Class<T> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.toString().equals(value))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(value));
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
