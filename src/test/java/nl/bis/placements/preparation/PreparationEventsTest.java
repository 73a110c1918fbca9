package nl.bis.placements.preparation;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.EventRequest.create;
import static nl.bis.placements.testing.EventRequest.createdId;
import static nl.bis.placements.testing.EventRequest.event;
import static nl.bis.placements.testing.EventRequest.meeting;
import static nl.bis.placements.testing.EventRequest.signUp;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.StudentDetails;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents.Student;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(TestClockReset.class)
class PreparationEventsTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void midJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    @Test
    void staffCreateAnEventInAmsterdamWallTimeAndReadItBackInUtc() {
        create(event("PREPARATION_MEETING", "2027-02-04T19:00", "2027-02-04T21:00", 30))
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("startsAt", equalTo("2027-02-04T18:00:00.000000Z"))
                .body("endsAt", equalTo("2027-02-04T20:00:00.000000Z"))
                .body("registrationClosesAt", equalTo("2027-02-04T18:00:00.000000Z"))
                .body("freeSeats", equalTo(30))
                .body("cancelled", equalTo(false));
        create(event("INFO_SESSION", "2027-06-03T19:00", "2027-06-03T20:00", 10))
                .then().statusCode(201).body("startsAt", equalTo("2027-06-03T17:00:00.000000Z"));
    }

    @Test
    void badEventTimesAreNamed() {
        create(event("INFO_SESSION", "2027-02-04T21:00", "2027-02-04T19:00", 10)).then().statusCode(400)
                .body("violations[0].field", equalTo("end"));
        create(event("INFO_SESSION", "2027-03-28T02:30", "2027-03-28T04:00", 10)).then().statusCode(400)
                .body("violations[0].field", equalTo("start"));
        create(event("INFO_SESSION", "4 February", "2027-02-04T19:00", 10)).then().statusCode(400)
                .body("violations.field", hasItem("start"));
        create(event("INFO_SESSION", "2027-02-04T19:00", "2027-02-04T21:00", 0)).then().statusCode(400)
                .body("violations[0].field", equalTo("capacity"));
        given().auth().oauth2(Tokens.student1()).contentType(ContentType.JSON)
                .body(event("INFO_SESSION", "2027-02-04T19:00", "2027-02-04T21:00", 10).json())
                .when().post("/api/v1/preparation-events").then().statusCode(403);
    }

    @Test
    void seatsAreConfirmedWhileFreeThenWaitlistedInArrivalOrder() {
        long id = createdId(meeting("2027-02-11").capacity(2));
        Student[] students = {TestStudents.fresh(), TestStudents.fresh(), TestStudents.fresh(), TestStudents.fresh()};

        signUp(students[0].token(), id).then().statusCode(201).body("status", equalTo("CONFIRMED"))
                .body("studentNumber", equalTo(students[0].number()));
        signUp(students[1].token(), id).then().statusCode(201).body("status", equalTo("CONFIRMED"));
        signUp(students[2].token(), id).then().statusCode(201).body("status", equalTo("WAITLISTED"))
                .body("waitlistPosition", equalTo(1));
        signUp(students[3].token(), id).then().statusCode(201).body("waitlistPosition", equalTo(2));

        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/preparation-events/" + id)
                .then().body("confirmed", equalTo(2)).body("waitlisted", equalTo(2)).body("freeSeats", equalTo(0));
    }

    @Test
    void cancellingAConfirmedSeatPromotesTheFirstWaitlisted() {
        long id = createdId(meeting("2027-02-18").capacity(1));
        Student first = TestStudents.fresh();
        Student second = TestStudents.fresh();
        Student third = TestStudents.fresh();
        long seat = signUp(first.token(), id).then().statusCode(201).extract().jsonPath().getLong("id");
        signUp(second.token(), id).then().body("waitlistPosition", equalTo(1));
        signUp(third.token(), id).then().body("waitlistPosition", equalTo(2));

        given().auth().oauth2(first.token()).when().delete("/api/v1/preparation-events/" + id + "/registrations/" + seat)
                .then().statusCode(204);

        given().auth().oauth2(second.token()).when().get("/api/v1/me/event-registrations").then().statusCode(200)
                .body("find { it.eventId == " + id + " }.status", equalTo("CONFIRMED"));
        given().auth().oauth2(third.token()).when().get("/api/v1/me/event-registrations")
                .then().body("find { it.eventId == " + id + " }.waitlistPosition", equalTo(1));
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/v1/preparation-events/" + id + "/registrations")
                .then().statusCode(200)
                .body("status", contains("CONFIRMED", "WAITLISTED", "CANCELLED"));
    }

    @Test
    void theSameStudentTwiceIsAConflict() {
        long id = createdId(meeting("2027-02-25").capacity(10));
        Student student = TestStudents.fresh();
        signUp(student.token(), id).then().statusCode(201);
        signUp(student.token(), id).then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/already-registered"));
    }

    @Test
    void aClosedOrCancelledEventTakesNoSignUps() {
        long closed = create(event("INFO_SESSION", "2027-03-04T19:00", "2027-03-04T20:00", 10).title("Info")
                        .location("Online").registrationClosesAt("2027-01-09T23:59"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        signUp(TestStudents.fresh().token(), closed).then().statusCode(422).body("type", endsWith("/event-closed"));

        long cancelled = createdId(meeting("2027-03-11").capacity(10));
        given().auth().oauth2(Tokens.staff()).when().delete("/api/v1/preparation-events/" + cancelled)
                .then().statusCode(204);
        signUp(TestStudents.fresh().token(), cancelled).then().statusCode(422).body("type", endsWith("/event-cancelled"));
        given().auth().oauth2(Tokens.staff()).queryParam("from", "2027-03-11").queryParam("to", "2027-03-11")
                .when().get("/api/v1/preparation-events").then().body("id", not(hasItem((int) cancelled)));
    }

    @Test
    void staffSignUpAStudentAndMarkAttendanceAfterwards() {
        long id = createdId(meeting("2027-03-18").capacity(10));
        String number = TestStudents.freshNumber();
        long registration = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(new StudentDetails(number, "Ada Student", "ada@student.example.org").json())
                .when().post("/api/v1/preparation-events/" + id + "/registrations")
                .then().statusCode(201).body("studentName", equalTo("Ada Student"))
                .extract().jsonPath().getLong("id");
        String attendance = "/api/v1/preparation-events/" + id + "/registrations/" + registration + "/attendance";

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"status\": \"ATTENDED\"}")
                .when().put(attendance).then().statusCode(409).body("type", endsWith("/not-attendable"));
        clock.fixOn(LocalDate.of(2027, 3, 19));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"status\": \"ATTENDED\"}")
                .when().put(attendance).then().statusCode(200).body("status", equalTo("ATTENDED"));
        given().auth().oauth2(Tokens.student1()).contentType(ContentType.JSON).body("{\"status\": \"NO_SHOW\"}")
                .when().put(attendance).then().statusCode(403);
    }

    @Test
    void aStudentCannotCancelSomeoneElsesSeat() {
        long id = createdId(meeting("2027-03-25").capacity(10));
        long seat = signUp(TestStudents.fresh().token(), id).then().extract().jsonPath().getLong("id");
        given().auth().oauth2(TestStudents.fresh().token())
                .when().delete("/api/v1/preparation-events/" + id + "/registrations/" + seat)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theCapacityCanGrowWhichPromotesButNotShrinkBelowTheConfirmed() {
        long id = createdId(meeting("2027-04-01").capacity(1));
        Student waiting = TestStudents.fresh();
        signUp(TestStudents.fresh().token(), id);
        signUp(waiting.token(), id).then().body("status", equalTo("WAITLISTED"));
        String path = "/api/v1/preparation-events/" + id;

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(event("PREPARATION_MEETING", "2027-04-01T19:00", "2027-04-01T21:00", 2).json())
                .when().put(path).then().statusCode(428);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(event("PREPARATION_MEETING", "2027-04-01T19:00", "2027-04-01T21:00", 2).json())
                .when().put(path).then().statusCode(200).body("confirmed", equalTo(2)).body("waitlisted", equalTo(0));
        given().auth().oauth2(waiting.token()).when().get("/api/v1/me/event-registrations")
                .then().body("find { it.eventId == " + id + " }.status", equalTo("CONFIRMED"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(event("PREPARATION_MEETING", "2027-04-01T19:00", "2027-04-01T21:00", 1).json())
                .when().put(path).then().statusCode(409).body("type", endsWith("/capacity-below-confirmed"));
    }

    @Test
    void listingsFilterByKindWindowAndFreeSeats() {
        long full = createdId(meeting("2027-04-08").capacity(1));
        signUp(TestStudents.fresh().token(), full);
        long open = createdId(meeting("2027-04-08").capacity(5));
        given().auth().oauth2(TestStudents.fresh().token()).queryParam("kind", "PREPARATION_MEETING")
                .queryParam("from", "2027-04-08").queryParam("to", "2027-04-08").queryParam("withFreeSeats", true)
                .when().get("/api/v1/preparation-events")
                .then().statusCode(200)
                .body("id", hasItem((int) open))
                .body("id", not(hasItem((int) full)))
                .body("kind", everyItem(equalTo("PREPARATION_MEETING")));
        given().auth().oauth2(Tokens.staff()).queryParam("kind", "PARTY").when().get("/api/v1/preparation-events")
                .then().statusCode(400).body("violations[0].field", equalTo("kind"));
    }

    @Test
    void aTropicalCourseIsEightThursdaysAcrossTheEndOfSummerTime() {
        String series = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("""
                        {"title": "Tropencursus najaar 2027", "firstSession": "2027-09-02",
                         "location": "Medical Faculty, lecture hall 2", "capacity": 40}""")
                .when().post("/api/v1/preparation-series")
                .then().statusCode(201)
                .body("sessions", hasSize(8))
                // 19:00 in Amsterdam both times: before the end of summer time 17:00 UTC, after it 18:00 UTC.
                .body("sessions[4].startsAt", equalTo("2027-10-28T17:00:00.000000Z"))
                .body("sessions[5].startsAt", equalTo("2027-11-11T18:00:00.000000Z"))
                .body("sessions[7].kind", equalTo("PREPARATION_MEETING"))
                .body("sessions[6].kind", equalTo("TROPICAL_COURSE_SESSION"))
                .extract().header("Location");
        Student student = TestStudents.fresh();

        given().auth().oauth2(student.token()).when().post(series + "/registrations")
                .then().statusCode(201).body("", hasSize(8)).body("status", everyItem(equalTo("CONFIRMED")));
        given().auth().oauth2(student.token()).when().post(series + "/registrations")
                .then().statusCode(409);
        given().auth().oauth2(student.token()).when().get("/api/v1/me/event-registrations")
                .then().body("findAll { it.eventTitle.startsWith('Tropencursus najaar 2027') }", hasSize(8));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"title\": \"x\", \"firstSession\": \"2027-09-01\", \"location\": \"x\", \"capacity\": 5}")
                .when().post("/api/v1/preparation-series")
                .then().statusCode(400).body("violations[0].field", equalTo("firstSession"))
                .body("violations[0].message", containsString("Thursday"));
    }

    @Test
    void aSeriesTitleIsShortEnoughForEverySessionTitleDerivedFromIt() {
        String longest = "T".repeat(194);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"title\": \"" + longest + "\", \"firstSession\": \"2027-09-02\", \"location\": \"Hall 2\", "
                        + "\"capacity\": 40}")
                .when().post("/api/v1/preparation-series")
                .then().statusCode(201)
                .body("sessions[7].title", equalTo(longest + " (8/8)"));
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"title\": \"" + "T".repeat(195) + "\", \"firstSession\": \"2027-09-02\", "
                        + "\"location\": \"Hall 2\", \"capacity\": 40}")
                .when().post("/api/v1/preparation-series")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("title"));
    }

    @Test
    void theCalendarIsPublicICalendar() {
        createdId(meeting("2027-05-06").capacity(25));
        String ics = given().when().get("/api/v1/preparation-events.ics")
                .then().statusCode(200)
                .contentType(containsString("text/calendar"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(ics.startsWith("BEGIN:VCALENDAR"), ics);
        org.junit.jupiter.api.Assertions.assertTrue(ics.contains("DTSTART:20270506T170000Z"), ics);
        org.junit.jupiter.api.Assertions.assertTrue(ics.contains("VERSION:2.0"), ics);
        org.junit.jupiter.api.Assertions.assertTrue(ics.contains("END:VCALENDAR"), ics);
    }
}
