package nl.bis.placements.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;

/**
 * The body of a preparation event as staff create or replace it, with the defaults the tests share; times are wall
 * times in Amsterdam ({@code 2027-02-04T19:00}).
 *
 * <pre>{@code
 * long id = createdId(meeting("2027-03-04").capacity(2));
 * signUp(student.token(), id).then().statusCode(201);
 * }</pre>
 */
public final class EventRequest extends JsonBody {

    public static final String PATH = "/api/v1/preparation-events";

    private EventRequest() {
    }

    /** A "Preparation evening" in "Medical Faculty, room F-120" from {@code start} to {@code end}. */
    public static EventRequest event(String kind, String start, String end, int capacity) {
        EventRequest event = new EventRequest();
        event.set("kind", kind);
        event.set("title", "Preparation evening");
        event.set("start", start);
        event.set("end", end);
        return event.location("Medical Faculty, room F-120").capacity(capacity);
    }

    /** A preparation meeting from 19:00 to 21:00 on a day ({@code 2027-03-04}) for 30 students. */
    public static EventRequest meeting(String day) {
        return event("PREPARATION_MEETING", day + "T19:00", day + "T21:00", 30);
    }

    /** Staff create an event. */
    public static Response create(EventRequest body) {
        return create(body.json());
    }

    /** Staff create an event written out by the test. */
    public static Response create(String body) {
        return post(Tokens.staff(), PATH, body);
    }

    /** Staff create an event, which must succeed; its id. */
    public static long createdId(EventRequest body) {
        return create(body).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A student signs up for an event with their own token. */
    public static Response signUp(String token, long eventId) {
        return given().auth().oauth2(token).when().post(PATH + "/" + eventId + "/registrations");
    }

    public EventRequest title(String title) {
        set("title", title);
        return this;
    }

    public EventRequest location(String location) {
        set("location", location);
        return this;
    }

    public EventRequest capacity(int capacity) {
        set("capacity", capacity);
        return this;
    }

    public EventRequest registrationClosesAt(String registrationClosesAt) {
        set("registrationClosesAt", registrationClosesAt);
        return this;
    }
}
