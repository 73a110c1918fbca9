package nl.bis.placements.message;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.EventRequest.createdId;
import static nl.bis.placements.testing.EventRequest.event;
import static nl.bis.placements.testing.EventRequest.meeting;
import static nl.bis.placements.testing.EventRequest.signUp;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.TestStudents.Student;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Messages about preparation events: a seat from the waitlist, an event moved or cancelled. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class EventMessagesTest {

    private static final String PATH = "/api/v1/preparation-events/";

    @Inject
    TestClock clock;

    @BeforeEach
    void midJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    private static void replace(long id, String etag, String start, String end, int capacity, String location) {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(event("PREPARATION_MEETING", start, end, capacity).location(location).json())
                .when().put(PATH + id).then().statusCode(200);
    }

    @Test
    void aSeatGivenBackGoesToTheFirstWaitingWhoIsTold() {
        long id = createdId(meeting("2027-03-04").capacity(1));
        Student seated = TestStudents.fresh();
        Student waiting = TestStudents.fresh();
        long seat = signUp(seated.token(), id).then().statusCode(201).extract().jsonPath().getLong("id");
        signUp(waiting.token(), id).then().statusCode(201);
        assertThat(Queued.to(waiting.number()), empty());

        given().auth().oauth2(seated.token()).when().delete(PATH + id + "/registrations/" + seat)
                .then().statusCode(204);

        OutboxMessageEntity message = Queued.only(waiting.number(), MessageKind.SEAT_CONFIRMED);
        assertEquals(id, message.eventId);
        assertEquals("Je hebt een plaats: Preparation evening op donderdag 4 maart 2027, 19:00–21:00", message.subject);
        assertThat(message.bodyText, containsString("Waar: Medical Faculty, room F-120"));
        assertThat(Queued.to(seated.number()), empty());
    }

    @Test
    void aLargerCapacityTellsThosePromotedButNotTheOthers() {
        long id = createdId(meeting("2027-03-11").capacity(1));
        Student seated = TestStudents.fresh();
        Student waiting = TestStudents.fresh();
        signUp(seated.token(), id);
        signUp(waiting.token(), id);

        replace(id, "\"0\"", "2027-03-11T19:00", "2027-03-11T21:00", 2, "Medical Faculty, room F-120");

        Queued.only(waiting.number(), MessageKind.SEAT_CONFIRMED);
        assertThat(Queued.to(seated.number()), empty());
    }

    @Test
    void aMovedEventTellsEveryoneSignedUpTheNewTimeInTheirLanguage() {
        long id = createdId(meeting("2027-03-18").capacity(1));
        Student seated = TestStudents.fresh();
        Student waiting = TestStudents.fresh();
        Student gone = TestStudents.fresh();
        signUp(seated.token(), id);
        signUp(waiting.token(), id);
        long left = signUp(gone.token(), id).then().extract().jsonPath().getLong("id");
        given().auth().oauth2(gone.token()).when().delete(PATH + id + "/registrations/" + left).then().statusCode(204);
        Queued.speaksEnglish(waiting.number());

        replace(id, "\"0\"", "2027-03-25T18:30", "2027-03-25T20:30", 1, "Lecture hall 2");

        OutboxMessageEntity dutch = Queued.only(seated.number(), MessageKind.EVENT_CHANGED);
        assertEquals("Gewijzigd: Preparation evening is nu op donderdag 25 maart 2027, 18:30–20:30", dutch.subject);
        assertThat(dutch.bodyText, allOf(containsString("Waar: Lecture hall 2"),
                containsString("Wanneer: donderdag 18 maart 2027, 19:00–21:00")));
        OutboxMessageEntity english = Queued.only(waiting.number(), MessageKind.EVENT_CHANGED);
        assertEquals("Changed: Preparation evening is now on Thursday 25 March 2027, 18:30–20:30", english.subject);
        assertThat(english.bodyText, allOf(containsString("Where: Lecture hall 2"),
                containsString("When: Thursday 18 March 2027, 19:00–21:00")));
        assertThat(Queued.to(gone.number()), empty());
    }

    @Test
    void aChangeOfCapacityAloneIsNoNews() {
        long id = createdId(meeting("2027-04-01").capacity(3));
        Student seated = TestStudents.fresh();
        signUp(seated.token(), id);

        replace(id, "\"0\"", "2027-04-01T19:00", "2027-04-01T21:00", 5, "Medical Faculty, room F-120");

        assertThat(Queued.to(seated.number()), empty());
    }

    @Test
    void aCancelledEventTellsEveryoneSignedUpOnce() {
        long id = createdId(meeting("2027-04-15").capacity(1));
        Student seated = TestStudents.fresh();
        Student waiting = TestStudents.fresh();
        signUp(seated.token(), id);
        signUp(waiting.token(), id);

        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.staff()).when().delete(PATH + id).then().statusCode(204);
        }

        OutboxMessageEntity message = Queued.only(seated.number(), MessageKind.EVENT_CANCELLED);
        assertEquals("Geannuleerd: Preparation evening op donderdag 15 april 2027, 19:00–21:00", message.subject);
        Queued.only(waiting.number(), MessageKind.EVENT_CANCELLED);
    }

    @Test
    void aRefusedEventChangeQueuesNothing() {
        long id = createdId(meeting("2027-04-22").capacity(2));
        Student seated = TestStudents.fresh();
        signUp(seated.token(), id);

        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(event("PREPARATION_MEETING", "2027-04-29T19:00", "2027-04-29T21:00", 2).json())
                .when().put(PATH + id).then().statusCode(412);

        assertThat(Queued.to(seated.number()), empty());
    }
}
