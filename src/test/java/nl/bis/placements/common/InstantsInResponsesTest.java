package nl.bis.placements.common;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.EventRequest.create;
import static nl.bis.placements.testing.EventRequest.meeting;
import static nl.bis.placements.testing.PlacementRequest.deliver;
import static nl.bis.placements.testing.PlacementRequest.fromKlApp;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
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
        return register(Tokens.staff(), placement("SENIOR_CLERKSHIP", "GH", "2027-09-06", "2027-11-01")
                .at("Kumasi", "KATH").discipline(null).forStudent(TestStudents.freshNumber()));
    }

    private static String klAppRegistration(String registeredAt) {
        return fromKlApp(TestStudents.freshNumber(), "2027-09-06", "2028-01-10", registeredAt).discipline(null).json();
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
        Response first = deliver(id, body);
        first.then().statusCode(201);
        JsonPath read = given().auth().oauth2(Tokens.staff())
                .when().get("/api/v1/placements/" + first.jsonPath().getLong("placementId"))
                .then().statusCode(200).extract().jsonPath();
        clock.fixAt(Instant.parse("2027-01-10T10:16:00.555555555Z"));
        Response replay = deliver(id, body);
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
        String event = create(meeting("2027-02-04").location("Medical Faculty, F-120"))
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
