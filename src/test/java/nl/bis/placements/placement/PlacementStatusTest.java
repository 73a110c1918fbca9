package nl.bis.placements.placement;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.Checklists;
import nl.bis.placements.testing.EmergencyContacts;
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
class PlacementStatusTest {

    @Inject
    TestClock clock;

    private Student student;
    private String location;

    @BeforeEach
    void aRegisteredPlacement() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        student = TestStudents.fresh();
        EmergencyContacts.put(student.token(), EmergencyContacts.ENOUGH).then().statusCode(200);
        location = register(student.token(),
                placement("SENIOR_CLERKSHIP", "ZA", "2027-09-06", "2027-11-01")).then().statusCode(201)
                .extract().header("Location");
    }

    private Response move(String token, String status, String reason) {
        String body = reason == null ? "{\"status\": \"%s\"}".formatted(status)
                : "{\"status\": \"%s\", \"reason\": \"%s\"}".formatted(status, reason);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(location + "/status");
    }

    private void record(String requirement, String body) {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .when().put(location + "/readiness/" + requirement + "/record").then().statusCode(200);
    }

    @Test
    void staffTakeAPlacementFromRegistrationToCompletion() {
        location = register(student.token(),
                placement("SENIOR_CLERKSHIP", "DE", "2027-12-06", "2028-01-31")).then().statusCode(201)
                .extract().header("Location");
        move(Tokens.staff(), "INTAKE_SCHEDULED", null).then().statusCode(200).body("status", equalTo("INTAKE_SCHEDULED"));
        move(Tokens.coordinator(), "APPROVED", null).then().statusCode(200).header("ETag", equalTo("\"2\""));
        Checklists.settle(location, "DEPARTURE");
        move(Tokens.staff(), "ABROAD", null).then().statusCode(200);
        move(Tokens.staff(), "RETURNED", null).then().statusCode(200);
        move(Tokens.staff(), "COMPLETED", null).then().statusCode(422)
                .body("type", endsWith("/not-ready"))
                .body("unmetRequirements", containsInAnyOrder("MRSA_SCREENING", "EVALUATION"));
        record("MRSA_SCREENING", "{\"recordedOn\": \"2027-01-10\", \"result\": \"NEGATIVE\"}");
        record("EVALUATION", "{\"recordedOn\": \"2027-01-10\"}");
        move(Tokens.staff(), "COMPLETED", null).then().statusCode(200).body("status", equalTo("COMPLETED"));

        given().auth().oauth2(student.token()).when().get(location + "/history").then().statusCode(200)
                .body("", hasSize(6))
                .body("[2].action", equalTo("STATUS_CHANGED"))
                .body("[2].fromStatus", equalTo("INTAKE_SCHEDULED"))
                .body("[2].toStatus", equalTo("APPROVED"))
                .body("[2].by", equalTo("coordinator1"));
    }

    @Test
    void nobodyLeavesForANonWesternCountryWithoutThePreparationMeeting() {
        move(Tokens.staff(), "INTAKE_SCHEDULED", null).then().statusCode(200);
        move(Tokens.staff(), "APPROVED", null).then().statusCode(200);

        move(Tokens.staff(), "ABROAD", null).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-ready"))
                .body("unmetRequirements", containsInAnyOrder("PREPARATION_MEETING"));
        given().auth().oauth2(student.token()).when().get(location).then().body("status", equalTo("APPROVED"));
    }

    @Test
    void anIllegalTransitionListsTheAllowedNextStatuses() {
        move(Tokens.staff(), "APPROVED", null).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/illegal-transition"))
                .body("allowedStatuses", containsInAnyOrder("INTAKE_SCHEDULED", "WITHDRAWN"));
    }

    @Test
    void anIllegalTransitionListsOnlyTheMovesTheCallersRoleMayMake() {
        move(student.token(), "APPROVED", null).then().statusCode(409)
                .body("type", endsWith("/illegal-transition"))
                .body("allowedStatuses", containsInAnyOrder("WITHDRAWN"));
        move(Tokens.coordinator(), "ABROAD", null).then().statusCode(409)
                .body("allowedStatuses", containsInAnyOrder("INTAKE_SCHEDULED"));
    }

    @Test
    void aFinalStatusAllowsNothing() {
        move(student.token(), "WITHDRAWN", null).then().statusCode(200);
        move(Tokens.staff(), "REGISTERED", null).then().statusCode(409).body("allowedStatuses", hasSize(0));
    }

    @Test
    void aRejectionNeedsAReason() {
        move(Tokens.staff(), "INTAKE_SCHEDULED", null).then().statusCode(200);
        move(Tokens.coordinator(), "REJECTED", null).then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        move(Tokens.coordinator(), "REJECTED", "Host hospital not accredited").then().statusCode(200);
        given().auth().oauth2(student.token()).when().get(location + "/history").then()
                .body("[2].reason", equalTo("Host hospital not accredited"));
    }

    @Test
    void aStudentMayWithdrawButNotApprove() {
        move(student.token(), "INTAKE_SCHEDULED", null).then().statusCode(403).contentType("application/problem+json");
        move(student.token(), "WITHDRAWN", "Found a place closer to home").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
    }

    @Test
    void coordinatorsDoNotSendStudentsAbroad() {
        move(Tokens.staff(), "INTAKE_SCHEDULED", null).then().statusCode(200);
        move(Tokens.coordinator(), "APPROVED", null).then().statusCode(200);
        move(Tokens.coordinator(), "ABROAD", null).then().statusCode(403);
        move(Tokens.coordinator(), "WITHDRAWN", null).then().statusCode(403);
    }

    @Test
    void aStaleIfMatchOnAStatusChangeIsRefused() {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).header("If-Match", "\"5\"")
                .body("{\"status\": \"INTAKE_SCHEDULED\"}").when().post(location + "/status")
                .then().statusCode(412);
    }

    @Test
    void anUnknownStatusIsNamed() {
        move(Tokens.staff(), "ON_HOLD", null).then().statusCode(400).body("violations[0].field", equalTo("status"));
    }
}
