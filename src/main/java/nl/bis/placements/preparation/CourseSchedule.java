package nl.bis.placements.preparation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Wall-clock times in the faculty's zone, in plain Java. The tropical course: "De cursus bestaat uit acht avonden
 * ... tweewekelijks op donderdagavond van 19.00 tot 21.00 uur ... De laatste avond van de cursus is de verplichte
 * voorbereidingsbijeenkomst."
 */
public final class CourseSchedule {

    public static final int SESSIONS = 8;
    static final LocalTime EVENING_START = LocalTime.of(19, 0);
    static final LocalTime EVENING_END = LocalTime.of(21, 0);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    public record Session(EventKind kind, ZonedDateTime start, ZonedDateTime end) {
    }

    private CourseSchedule() {
    }

    /** Eight Thursday evenings, two weeks apart, 19:00-21:00 local time whatever the daylight saving time. */
    public static List<Session> tropicalCourse(LocalDate firstThursday, ZoneId zone) {
        if (firstThursday.getDayOfWeek() != DayOfWeek.THURSDAY) {
            throw new IllegalArgumentException("must be a Thursday, not a " + firstThursday.getDayOfWeek());
        }
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            LocalDate evening = firstThursday.plusWeeks(2L * i);
            EventKind kind = i == SESSIONS - 1 ? EventKind.PREPARATION_MEETING : EventKind.TROPICAL_COURSE_SESSION;
            sessions.add(new Session(kind, evening.atTime(EVENING_START).atZone(zone),
                    evening.atTime(EVENING_END).atZone(zone)));
        }
        return sessions;
    }

    /**
     * A wall-clock time such as {@code 2027-03-04T19:00} in the zone. A time that does not exist there (skipped when
     * the clocks go forward) or that exists twice (when they go back) is refused rather than guessed.
     */
    public static ZonedDateTime parse(String text, ZoneId zone) {
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(text.strip(), LOCAL);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be a local date and time such as 2027-03-04T19:00");
        }
        if (local.getYear() < 1900 || local.getYear() > 2999) {
            throw new IllegalArgumentException("must lie between 1900 and 2999");
        }
        List<java.time.ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() != 1) {
            throw new IllegalArgumentException(offsets.isEmpty()
                    ? "does not exist in " + zone + " (the clocks go forward then)"
                    : "occurs twice in " + zone + " (the clocks go back then); choose another time");
        }
        return ZonedDateTime.ofLocal(local, zone, offsets.get(0));
    }

    public static Optional<String> orderProblem(ZonedDateTime start, ZonedDateTime end, ZonedDateTime closes) {
        if (!end.isAfter(start)) {
            return Optional.of("end");
        }
        if (closes != null && closes.isAfter(start)) {
            return Optional.of("registrationClosesAt");
        }
        return Optional.empty();
    }
}
