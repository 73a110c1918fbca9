package nl.bis.placements.preparation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CourseScheduleTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void eightThursdayEveningsTwoWeeksApartTheLastOneThePreparationMeeting() {
        List<CourseSchedule.Session> sessions = CourseSchedule.tropicalCourse(LocalDate.of(2027, 9, 2), AMSTERDAM);

        assertEquals(8, sessions.size());
        for (int i = 0; i < sessions.size(); i++) {
            CourseSchedule.Session session = sessions.get(i);
            assertEquals(LocalDate.of(2027, 9, 2).plusWeeks(2L * i), session.start().toLocalDate());
            assertEquals(DayOfWeek.THURSDAY, session.start().getDayOfWeek());
            assertEquals(LocalTime.of(19, 0), session.start().toLocalTime());
            assertEquals(LocalTime.of(21, 0), session.end().toLocalTime());
            assertEquals(i == 7 ? EventKind.PREPARATION_MEETING : EventKind.TROPICAL_COURSE_SESSION, session.kind());
        }
    }

    @Test
    void theWallTimeStaysSevenPmAcrossTheEndOfDaylightSavingTime() {
        // Summer time ends on Sunday 31 October 2027: 19:00 is 17:00 UTC before and 18:00 UTC after.
        List<CourseSchedule.Session> sessions = CourseSchedule.tropicalCourse(LocalDate.of(2027, 9, 2), AMSTERDAM);

        assertEquals(Instant.parse("2027-10-28T17:00:00Z"), sessions.get(4).start().toInstant());
        assertEquals(Instant.parse("2027-11-11T18:00:00Z"), sessions.get(5).start().toInstant());
        assertEquals(Instant.parse("2027-12-09T20:00:00Z"), sessions.get(7).end().toInstant());
    }

    @Test
    void theSpringCourseCrossesTheStartOfDaylightSavingTime() {
        List<CourseSchedule.Session> sessions = CourseSchedule.tropicalCourse(LocalDate.of(2028, 2, 3), AMSTERDAM);

        assertEquals(Instant.parse("2028-03-16T18:00:00Z"), sessions.get(3).start().toInstant());
        assertEquals(Instant.parse("2028-03-30T17:00:00Z"), sessions.get(4).start().toInstant());
    }

    @Test
    void aCourseStartsOnAThursday() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> CourseSchedule.tropicalCourse(LocalDate.of(2027, 9, 1), AMSTERDAM));
        assertTrue(refused.getMessage().contains("Thursday"));
    }

    @Test
    void wallTimesThatDoNotExistOrExistTwiceAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CourseSchedule.parse("2027-03-28T02:30", AMSTERDAM));
        assertThrows(IllegalArgumentException.class, () -> CourseSchedule.parse("2027-10-31T02:30", AMSTERDAM));
        assertThrows(IllegalArgumentException.class, () -> CourseSchedule.parse("2027-03-04 19:00", AMSTERDAM));
        assertEquals(Instant.parse("2027-03-04T18:00:00Z"),
                CourseSchedule.parse("2027-03-04T19:00", AMSTERDAM).toInstant());
    }
}
