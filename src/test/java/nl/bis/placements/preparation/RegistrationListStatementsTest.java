package nl.bis.placements.preparation;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.EventRequest.createdId;
import static nl.bis.placements.testing.EventRequest.event;
import static nl.bis.placements.testing.EventRequest.signUp;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents.Student;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A list of registrations is read with a fixed number of SQL statements, however many registrations it holds:
 * names, events and waitlist positions are not looked up row by row.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class RegistrationListStatementsTest {

    private static final String DAY = "2027-06-24";

    @Inject
    TestClock clock;

    @Inject
    SessionFactory sessionFactory;

    private Statistics statistics;

    @BeforeEach
    void countStatements() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        statistics = sessionFactory.getStatistics(); // enabled for the whole test profile
        statistics.clear();
    }

    @Test
    void anEventsRegistrationsTakeAsManyStatementsForTwelveStudentsAsForTwo() {
        long few = eventWithSignUps(2);
        long many = eventWithSignUps(12);

        long forFew = statements(() -> given().auth().oauth2(Tokens.staff())
                .when().get("/api/v1/preparation-events/" + few + "/registrations")
                .then().statusCode(200).body("", hasSize(2)));
        long forMany = statements(() -> given().auth().oauth2(Tokens.staff())
                .when().get("/api/v1/preparation-events/" + many + "/registrations")
                .then().statusCode(200).body("", hasSize(12)));

        assertEquals(forFew, forMany, "statements for 2 registrations, then for 12");
    }

    @Test
    void aStudentsOwnRegistrationsTakeAsManyStatementsForTwelveEventsAsForTwo() {
        Student few = studentSignedUpFor(2);
        Student many = studentSignedUpFor(12);

        long forFew = statements(() -> given().auth().oauth2(few.token())
                .when().get("/api/v1/me/event-registrations")
                .then().statusCode(200).body("", hasSize(2)));
        long forMany = statements(() -> given().auth().oauth2(many.token())
                .when().get("/api/v1/me/event-registrations")
                .then().statusCode(200).body("", hasSize(12)));

        assertEquals(forFew, forMany, "statements for 2 registrations, then for 12");
    }

    /** An event of one seat with this many students signed up: one confirmed, the others waitlisted. */
    private static long eventWithSignUps(int students) {
        long event = infoSession(1);
        for (int i = 0; i < students; i++) {
            signUp(TestStudents.fresh().token(), event).then().statusCode(201);
        }
        return event;
    }

    /** A student signed up for this many events, for every other one on the waitlist behind someone else. */
    private static Student studentSignedUpFor(int events) {
        Student student = TestStudents.fresh();
        for (int i = 0; i < events; i++) {
            long event = infoSession(1);
            if (i % 2 == 1) {
                signUp(TestStudents.fresh().token(), event).then().statusCode(201);
            }
            signUp(student.token(), event).then().statusCode(201);
        }
        return student;
    }

    private static long infoSession(int capacity) {
        return createdId(event("INFO_SESSION", DAY + "T19:00", DAY + "T20:00", capacity));
    }

    private long statements(Runnable request) {
        statistics.clear();
        request.run();
        return statistics.getPrepareStatementCount();
    }
}
