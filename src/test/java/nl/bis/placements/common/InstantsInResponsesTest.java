package nl.bis.placements.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every instant in a response is written one way: UTC, to the microsecond, six fraction digits. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class InstantsInResponsesTest {

    private static final String INSTANT = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z";

    @Inject
    TestClock clock;

    @BeforeEach
    void aNowWithNanoseconds() {
        // Finer than PostgreSQL keeps: what is answered must still be what is read back later.
        clock.fixAt(Instant.parse("2027-01-10T10:15:30.123456789Z"));
    }

    private static Response registerPlacement() {
        String number = TestStudents.freshNumber();
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("""
                        {"placementType": "SENIOR_CLERKSHIP",
                         "destination": {"countryCode": "GH", "city": "Kumasi", "hostInstitution": "KATH"},
                         "departureDate": "2027-09-06", "returnDate": "2027-11-01",
                         "studentNumber": "%s", "studentName": "Student %s", "studentEmail": "s%s@student.example.org"}"""
                        .formatted(number, number, number))
                .when().post("/api/v1/placements");
    }

    private static String klAppRegistration(String registeredAt) {
        String number = TestStudents.freshNumber();
        return """
                {"studentNumber": "%s", "studentName": "Student %s", "studentEmail": "s%s@student.example.org",
                 "placementType": "RESEARCH_INTERNSHIP",
                 "destination": {"countryCode": "GH", "city": "Kumasi", "hostInstitution": "KNUST"},
                 "departureDate": "2027-09-06", "returnDate": "2028-01-10", "registeredAt": "%s"}"""
                .formatted(number, number, number, registeredAt);
    }

    private static Response putKlApp(String klAppId, String body) {
        return given().auth().oauth2(Tokens.klApp()).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/integrations/kl-app/registrations/" + klAppId);
    }

    @Test
    void aRegisteredPlacementReadsBackWithTheInstantsItWasAnsweredWith() {
        Response created = registerPlacement();
        created.then().statusCode(201);
        JsonPath read = given().auth().oauth2(Tokens.staff()).when().get(created.header("Location"))
                .then().statusCode(200).extract().jsonPath();

        for (String member : new String[] {"createdAt", "updatedAt", "registeredAt"}) {
            assertEquals(created.jsonPath().getString(member), read.getString(member), member);
        }
    }

    @Test
    void anIdenticalKlAppReplayAnswersTheSameInstantsAsTheFirstDeliveryAndAGet() {
        String id = "KL-" + UUID.randomUUID();
        String body = klAppRegistration("2027-01-09T08:00:00.987654321Z");
        Response first = putKlApp(id, body);
        first.then().statusCode(201);
        JsonPath read = given().auth().oauth2(Tokens.staff())
                .when().get("/api/v1/placements/" + first.jsonPath().getLong("placementId"))
                .then().statusCode(200).extract().jsonPath();
        clock.fixAt(Instant.parse("2027-01-10T10:16:00.555555555Z"));
        Response replay = putKlApp(id, body);
        replay.then().statusCode(200);

        for (String member : new String[] {"registeredAt", "updatedAt"}) {
            assertEquals(first.jsonPath().getString(member), replay.jsonPath().getString(member), member);
            assertEquals(first.jsonPath().getString(member), read.getString(member), member);
        }
    }

    @Test
    void everyInstantOfAPlacementItsHistoryAndTheChangeFeedIsUtcToTheMicrosecond() {
        String location = registerPlacement().then().statusCode(201).extract().header("Location");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"status\": \"INTAKE_SCHEDULED\"}")
                .when().post(location + "/status").then().statusCode(200)
                .body("createdAt", matchesPattern(INSTANT))
                .body("updatedAt", matchesPattern(INSTANT))
                .body("registeredAt", matchesPattern(INSTANT));
        given().auth().oauth2(Tokens.staff()).when().get(location + "/history")
                .then().statusCode(200).body("at", everyItem(matchesPattern(INSTANT)));
        given().auth().oauth2(Tokens.klApp()).queryParam("limit", 1000).when().get("/api/v1/changes")
                .then().statusCode(200).body("items.at", everyItem(matchesPattern(INSTANT)));
    }

    @Test
    void everyInstantOfAnEventAndItsRegistrationsIsUtcToTheMicrosecond() {
        String event = given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("""
                        {"kind": "PREPARATION_MEETING", "title": "Preparation evening", "start": "2027-02-04T19:00",
                         "end": "2027-02-04T21:00", "location": "Medical Faculty, F-120", "capacity": 30}""")
                .when().post("/api/v1/preparation-events")
                .then().statusCode(201)
                .body("startsAt", matchesPattern(INSTANT))
                .body("endsAt", matchesPattern(INSTANT))
                .body("registrationClosesAt", matchesPattern(INSTANT))
                .extract().header("Location");
        TestStudents.Student student = TestStudents.fresh();
        given().auth().oauth2(student.token()).when().post(event + "/registrations")
                .then().statusCode(201)
                .body("eventStartsAt", matchesPattern(INSTANT))
                .body("registeredAt", matchesPattern(INSTANT))
                .body("updatedAt", matchesPattern(INSTANT));
        given().auth().oauth2(student.token()).when().get("/api/v1/me/event-registrations")
                .then().statusCode(200)
                .body("eventStartsAt", everyItem(matchesPattern(INSTANT)))
                .body("registeredAt", everyItem(matchesPattern(INSTANT)))
                .body("updatedAt", everyItem(matchesPattern(INSTANT)));
    }
}
