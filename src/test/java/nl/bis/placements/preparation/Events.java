package nl.bis.placements.preparation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.bis.placements.testing.Tokens;

/** Creating events and signing up, for the preparation tests. */
final class Events {

    private Events() {
    }

    static String event(String kind, String start, String end, int capacity) {
        return """
                {"kind": "%s", "title": "Preparation evening", "start": "%s", "end": "%s",
                 "location": "Medical Faculty, room F-120", "capacity": %d}""".formatted(kind, start, end, capacity);
    }

    static Response create(String body) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/preparation-events");
    }

    static long meeting(String day, int capacity) {
        return create(event("PREPARATION_MEETING", day + "T19:00", day + "T21:00", capacity))
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Response signUp(String token, long eventId) {
        return given().auth().oauth2(token).when().post("/api/v1/preparation-events/" + eventId + "/registrations");
    }
}
