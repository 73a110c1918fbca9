package nl.bis.placements.placement;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
class PlacementUpdateTest {

    @Inject
    TestClock clock;

    private Student student;
    private String location;

    @BeforeEach
    void aRegisteredPlacement() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        student = TestStudents.fresh();
        location = register(student.token(),
                placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01").notes("Vaccinations booked"))
                .then().statusCode(201).extract().header("Location");
    }

    private Response patch(String token, String etag, String body) {
        var request = given().auth().oauth2(token).contentType("application/merge-patch+json").body(body);
        if (etag != null) {
            request.header("If-Match", etag);
        }
        return request.when().patch(location);
    }

    @Test
    void aPatchWithoutIfMatchIsRefusedAsPreconditionRequired() {
        patch(student.token(), null, "{\"notes\": \"x\"}").then().statusCode(428)
                .contentType("application/problem+json").body("type", endsWith("/precondition-required"));
    }

    @Test
    void aPatchWithAStaleETagIsRefusedAsPreconditionFailed() {
        patch(student.token(), "\"0\"", "{\"notes\": \"first\"}").then().statusCode(200).header("ETag", equalTo("\"1\""));
        patch(student.token(), "\"0\"", "{\"notes\": \"second\"}").then().statusCode(412)
                .body("type", endsWith("/precondition-failed"));
        given().auth().oauth2(student.token()).when().get(location).then().body("notes", equalTo("first"));
    }

    @Test
    void aMergePatchChangesWhatItNamesAndNullRemoves() {
        patch(student.token(), "\"0\"", "{\"returnDate\": \"2027-09-15\", \"notes\": null, "
                + "\"destination\": {\"city\": \"Oranjestad\"}}")
                .then().statusCode(200)
                .body("returnDate", equalTo("2027-09-15"))
                .body("$", not(hasKey("notes")))
                .body("destination.city", equalTo("Oranjestad"))
                .body("destination.countryCode", equalTo("AW"))
                .body("version", equalTo(1));
    }

    @Test
    void everyChangeIsInTheHistoryWithWhoAndWhat() {
        patch(student.token(), "\"0\"", "{\"returnDate\": \"2027-09-15\", \"destination\": {\"city\": \"Oranjestad\"}}")
                .then().statusCode(200);

        given().auth().oauth2(student.token()).when().get(location + "/history")
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].action", equalTo("CREATED"))
                                .body("[1].action", equalTo("UPDATED"))
                .body("[1].by", equalTo("student-" + student.number()))
                .body("[1].changes.field", hasItems("returnDate", "destination.city"))
                .body("[1].changes.find { it.field == 'returnDate' }.from", equalTo("2027-09-01"))
                .body("[1].changes.find { it.field == 'returnDate' }.to", equalTo("2027-09-15"));
    }

    @Test
    void aChangeOfMultiLineNotesReadsBackInTheHistoryAndTheChangeFeed() {
        patch(student.token(), "\"0\"", "{\"notes\": \"Vaccinations booked\\nVisa requested\"}").then().statusCode(200);

        given().auth().oauth2(student.token()).when().get(location + "/history")
                .then().statusCode(200)
                .body("[1].changes[0].to", containsString("Visa requested"));
        given().auth().oauth2(Tokens.klApp()).queryParam("limit", 1000).when().get("/api/v1/changes")
                .then().statusCode(200);
    }

    @Test
    void theCreatedEntryNamesNoStatusTransition() {
        given().auth().oauth2(student.token()).when().get(location + "/history")
                .then().statusCode(200)
                .body("[0].action", equalTo("CREATED"))
                .body("[0]", not(hasKey("fromStatus")))
                .body("[0]", not(hasKey("toStatus")));
    }

    @Test
    void aPatchThatChangesNothingWritesNothing() {
        patch(student.token(), "\"0\"", "{\"notes\": \"Vaccinations booked\"}").then().statusCode(200)
                .header("ETag", equalTo("\"0\""));
        given().auth().oauth2(student.token()).when().get(location + "/history").then().body("", hasSize(1));
    }

    @Test
    void aStudentCannotTouchStatusCutoffLateFlagOrStudentNumber() {
        patch(student.token(), "\"0\"", "{\"status\": \"APPROVED\", \"registrationCutoff\": \"2027-12-01\", "
                + "\"late\": false, \"studentNumber\": \"1\", \"studentName\": \"Someone\"}")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItems("status", "registrationCutoff", "late", "studentNumber", "studentName"));
        given().auth().oauth2(student.token()).when().get(location).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void aStudentMayEditOnlyWhileRegistered() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"status\": \"INTAKE_SCHEDULED\"}")
                .when().post(location + "/status").then().statusCode(200);

        patch(student.token(), "\"1\"", "{\"notes\": \"x\"}").then().statusCode(409)
                .body("type", endsWith("/not-editable"));
        patch(Tokens.staff(), "\"1\"", "{\"notes\": \"Intake on 3 February\"}").then().statusCode(200);
    }

    @Test
    void aPatchIsCheckedLikeARegistration() {
        patch(student.token(), "\"0\"", "{\"returnDate\": \"2027-06-01\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("returnDate"));
        patch(student.token(), "\"0\"", "{\"departureDate\": \"2027-01-01\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("departureDate"));
        patch(student.token(), "\"0\"", "{\"destination\": {\"countryCode\": \"XX\"}}").then().statusCode(400);
        patch(student.token(), "\"0\"", "{\"destination\": {\"planet\": \"Mars\"}}").then().statusCode(400)
                .body("violations.field", hasItem("destination.planet"));
        patch(student.token(), "\"0\"", "{\"placementType\": \"RESEARCH_INTERNSHIP\"}").then().statusCode(422)
                .body("type", endsWith("/duration-not-allowed"));
        patch(student.token(), "\"0\"", "{\"departureDate\": \"not a date\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("departureDate"));
        patch(student.token(), "\"0\"", "{\"placementType\": null}").then().statusCode(400)
                .body("violations[0].field", equalTo("placementType"));
        given().auth().oauth2(student.token()).when().get(location).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void movingTheDepartureBeforeTheCutoffIsLateAgainstTheStoredRegistrationDay() {
        // Registered 2027-01-10; a departure on 2027-05-01 would have needed registration by 2027-01-01.
        patch(student.token(), "\"0\"", "{\"departureDate\": \"2027-05-01\"}").then().statusCode(422)
                .body("type", endsWith("/registration-closed"))
                .body("cutoff", equalTo("2027-01-01"));
        patch(Tokens.staff(), "\"0\"", "{\"departureDate\": \"2027-05-01\", \"lateReason\": \"Approved by the coordinator\"}")
                .then().statusCode(200)
                .body("late", equalTo(true))
                .body("registrationCutoff", equalTo("2027-01-01"));
    }

    @Test
    void aMalformedPatchIsABadRequest() {
        patch(student.token(), "\"0\"", "{\"notes\": ").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(student.token()).contentType(ContentType.TEXT).header("If-Match", "\"0\"").body("notes")
                .when().patch(location).then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void ofConcurrentPatchesWithTheSameETagExactlyOneWinsAndNothingIsLost() throws Exception {
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String notes = "writer " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    return patch(student.token(), "\"0\"", "{\"notes\": \"" + notes + "\"}").statusCode();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
        assertEquals(writers - 1, statuses.stream().filter(s -> s == 412).count(), statuses::toString);
        given().auth().oauth2(student.token()).when().get(location + "/history").then()
                .body("findAll { it.action == 'UPDATED' }", hasSize(1));
        given().auth().oauth2(student.token()).when().get(location).then().body("version", equalTo(1));
    }
}
