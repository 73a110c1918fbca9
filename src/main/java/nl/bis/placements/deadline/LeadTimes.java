package nl.bis.placements.deadline;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lead times are positive ISO-8601 periods of years, months, weeks or days ({@code P6M}, {@code P12W}, {@code P90D}).
 * The text is kept as written (P12W stays P12W; {@link Period} would turn it into P84D).
 */
public final class LeadTimes {

    private static final Pattern FORMAT = Pattern.compile("P(?!$)(\\d{1,3}Y)?(\\d{1,3}M)?(\\d{1,3}W)?(\\d{1,4}D)?");
    /** Nothing in the faculty's rules comes near; a longer lead time is a typo. */
    private static final long MAX_DAYS = 5 * 366;

    private LeadTimes() {
    }

    /** Parses and checks a lead time; the message of the exception is fit for a violation. */
    public static Period parse(String text) {
        String normalized = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (!FORMAT.matcher(normalized).matches()) {
            throw new IllegalArgumentException(
                    "must be a positive ISO-8601 period of years, months, weeks or days, such as P6M, P12W or P90D");
        }
        Period period;
        try {
            period = Period.parse(normalized);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a valid ISO-8601 period, such as P6M");
        }
        long approximateDays = period.toTotalMonths() * 31 + period.getDays();
        if (approximateDays <= 0) {
            throw new IllegalArgumentException("must be longer than zero");
        }
        if (approximateDays > MAX_DAYS) {
            throw new IllegalArgumentException("must not exceed five years");
        }
        return period;
    }

    public static String normalize(String text) {
        parse(text);
        return text.strip().toUpperCase(Locale.ROOT);
    }
}
