package nl.bis.placements.klapp;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.deliver;
import static nl.bis.placements.testing.PlacementRequest.fromKlApp;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.bis.placements.testing.PlacementRequest;
import nl.bis.placements.testing.StaffPlacements;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@QuarkusTest
@ExtendWith(TestClockReset.class)
class KlAppIntegrationTest {

    static final String PATH = PlacementRequest.KL_APP_PATH;

    @Inject
    TestClock clock;

    @BeforeEach
    void earlyMarch2027() {
        clock.fixOn(LocalDate.of(2027, 3, 10));
    }

    static String freshId() {
        return "KL-" + UUID.randomUUID();
    }

    private static void historySize(long placementId, int size) {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/placements/" + placementId + "/history")
                .then().statusCode(200).body("", hasSize(size));
    }

    @Test
    void theFirstDeliveryCreatesAndAnIdenticalReplayChangesNothing() {
        String id = freshId();
        String body = fromKlApp(TestStudents.freshNumber()).json();

        Response first = deliver(id, body);
        first.then().statusCode(201)
                .header("Location", endsWith(PATH + id))
                .header("ETag", equalTo("\"0\""))
                .body("klAppId", equalTo(id))
                .body("status", equalTo("REGISTERED"))
                .body("registrationCutoff", equalTo("2027-03-06"))
                .body("late", equalTo(false));
        long placementId = first.jsonPath().getLong("placementId");

        deliver(id, body).then().statusCode(200).header("ETag", equalTo("\"0\"")).body("version", equalTo(0));
        deliver(id, body).then().statusCode(200).body("placementId", equalTo((int) placementId));
        historySize(placementId, 1);
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/placements/" + placementId).then()
                .body("createdBy", equalTo("service-account-kl-app"));
    }

    @Test
    void fiftyConcurrentReplaysOfTheFirstDeliveryMakeOnePlacement() throws Exception {
        String id = freshId();
        String number = TestStudents.freshNumber();
        String body = fromKlApp(number).json();
        int deliveries = 50;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return deliver(id, body).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
        assertEquals(deliveries - 1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        long placementId = given().auth().oauth2(Tokens.staff()).queryParam("studentNumber", number)
                .when().get("/api/v1/placements").then().body("totalItems", equalTo(1))
                .extract().jsonPath().getLong("items[0].id");
        historySize(placementId, 1);
    }

    @Test
    void aRegisteredAtAFewMinutesAheadOfOurClockIsAccepted() {
        // Now is 2027-03-10T11:00Z; KL-app's clock may run a little ahead.
        deliver(freshId(), fromKlApp(TestStudents.freshNumber(), "2027-09-20", "2028-01-24", "2027-03-10T11:03:00Z"))
                .then().statusCode(201);
    }

    @Test
    void aRegisteredAtTenMinutesAheadIsRefusedAsInTheFuture() {
        deliver(freshId(), fromKlApp(TestStudents.freshNumber(), "2027-09-20", "2028-01-24", "2027-03-10T11:10:00Z"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("registeredAt"))
                .body("violations[0].message", containsString("must not lie in the future"))
                .body("violations[0].message", containsString("5 minutes"));
    }

    @Test
    void klAppsTimestampNotOurReceiptDecidesLateness() {
        // Cutoff 2027-03-06 (P6M before 2027-09-06); today is 2027-03-10.
        deliver(freshId(), fromKlApp(TestStudents.freshNumber(), "2027-09-06", "2028-01-10",
                        "2027-03-06T23:59:00+01:00"))
                .then().statusCode(201).body("late", equalTo(false));
        deliver(freshId(), fromKlApp(TestStudents.freshNumber(), "2027-09-06", "2028-01-10", "2027-03-06T23:30:00Z"))
                .then().statusCode(422)
                .body("type", endsWith("/registration-closed"))
                .body("cutoff", equalTo("2027-03-06"));
    }

    @Test
    void aChangeBeforeApprovalIsAppliedAndRecorded() {
        String id = freshId();
        String number = TestStudents.freshNumber();
        long placementId = deliver(id, fromKlApp(number)).then().statusCode(201)
                .extract().jsonPath().getLong("placementId");

        deliver(id, fromKlApp(number, "2027-09-06", "2028-01-24", "2027-03-01T09:15:00+01:00"))
                .then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/placements/" + placementId + "/history")
                .then().body("[1].action", equalTo("UPDATED"))
                .body("[1].changes.field", hasItem("returnDate"));
    }

    @Test
    void aChangeOfDatesAfterApprovalIsRefusedAndKeptForReview() {
        String id = freshId();
        String number = TestStudents.freshNumber();
        long placementId = deliver(id, fromKlApp(number)).then().statusCode(201)
                .extract().jsonPath().getLong("placementId");
        StaffPlacements.approve("/api/v1/placements/" + placementId);
        PlacementRequest moved = fromKlApp(number, "2027-10-04", "2028-02-07", "2027-03-01T09:15:00+01:00");

        deliver(id, moved).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/approved-change-refused"));
        deliver(id, moved).then().statusCode(409);
        given().auth().oauth2(Tokens.staff()).when().get(PATH + id).then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("pendingChange.departureDate", equalTo("2027-10-04"))
                .body("pendingSince", notNullValue());
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/placements/" + placementId).then()
                .body("departureDate", equalTo("2027-09-06"))
                .body("version", equalTo(2));
        historySize(placementId, 3);
    }

    @Test
    void aRegistrationNeverMovesToAnotherStudent() {
        String id = freshId();
        deliver(id, fromKlApp(TestStudents.freshNumber())).then().statusCode(201);
        deliver(id, fromKlApp(TestStudents.freshNumber())).then().statusCode(409)
                .body("type", endsWith("/approved-change-refused"));
    }

    @Test
    void everyInvalidMemberIsNamedAndNothingIsStored() {
        String id = freshId();
        deliver(id, """
                {"studentNumber": "12 34", "studentEmail": "not-an-email", "placementType": "RESEARCH_INTERNSHIP",
                 "destination": {"countryCode": "Ghana", "city": "", "hostInstitution": "KNUST"},
                 "departureDate": "2027-09-06", "returnDate": "2028-01-10"}""")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("studentNumber", "studentName", "studentEmail",
                        "destination.countryCode", "destination.city", "registeredAt"));
        given().auth().oauth2(Tokens.klApp()).when().get(PATH + id).then().statusCode(404);
    }

    @Test
    void unknownMembersAreIgnored() {
        deliver(freshId(), fromKlApp(TestStudents.freshNumber()).with("klAppInternalFlag", true))
                .then().statusCode(201);
    }

    @Test
    void aRegistrationTimeInTheFutureIsRefused() {
        deliver(freshId(), fromKlApp(TestStudents.freshNumber(), "2027-09-06", "2028-01-10",
                        "2027-04-01T09:00:00+02:00"))
                .then().statusCode(400).body("violations[0].field", equalTo("registeredAt"));
    }

    @Test
    void anUnusableKlAppIdIsRefused() {
        deliver("has spaces", fromKlApp(TestStudents.freshNumber())).then().statusCode(400)
                .body("violations[0].field", equalTo("klAppId"));
        deliver("x".repeat(65), fromKlApp(TestStudents.freshNumber())).then().statusCode(400);
    }

    @Test
    void onlyKlAppMayDeliver() {
        for (String token : List.of(Tokens.staff(), Tokens.student1(), Tokens.coordinator())) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(fromKlApp(TestStudents.freshNumber()).json())
                    .when().put(PATH + freshId()).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(fromKlApp(TestStudents.freshNumber()).json())
                .when().put(PATH + freshId()).then().statusCode(401);
    }

    @Test
    void concurrentFirstDeliveriesForANewStudentShareOneStudentRecord() throws Exception {
        String number = TestStudents.freshNumber();
        String[] departures = {"2027-09-06", "2028-02-07", "2028-07-03", "2028-12-04"};
        ExecutorService pool = Executors.newFixedThreadPool(departures.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (String departure : departures) {
                LocalDate leave = LocalDate.parse(departure);
                String body = fromKlApp(number, departure, leave.plusWeeks(17).toString(), "2027-03-01T09:15:00+01:00")
                        .json();
                results.add(pool.submit(() -> {
                    start.await();
                    return deliver(freshId(), body).statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertEquals(201, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(Tokens.staff()).queryParam("studentNumber", number).when().get("/api/v1/placements")
                .then().body("totalItems", equalTo(departures.length));
    }
}
