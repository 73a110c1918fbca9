package nl.bis.placements.usmleclaim;

import static nl.bis.placements.usmleclaim.Claims.PATH;
import static nl.bis.placements.usmleclaim.Claims.as;
import static nl.bis.placements.usmleclaim.Claims.claim;
import static nl.bis.placements.usmleclaim.Claims.created;
import static nl.bis.placements.usmleclaim.Claims.move;
import static nl.bis.placements.usmleclaim.Claims.replace;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may see and move a claim: its student and staff; another student gets 404, coordinators 403. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class UsmleClaimAccessTest {

    @Inject
    TestClock clock;

    private TestStudents.Student student;
    private String claim;

    @BeforeEach
    void aDraftClaim() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        student = TestStudents.fresh();
        claim = created(student.token(), claim("STEP_2"));
    }

    @Test
    void anotherStudentsClaimIsNotFound() {
        String other = TestStudents.fresh().token();
        as(other).when().get(claim).then().statusCode(404).body("type", endsWith("/not-found"));
        as(other).when().get(claim + "/history").then().statusCode(404);
        replace(other, claim, "\"0\"", claim("STEP_2")).then().statusCode(404);
        move(other, claim, "{\"status\": \"WITHDRAWN\"}").then().statusCode(404);
        as(other).when().get(PATH + "/999999999").then().statusCode(404);
        as(student.token()).when().get(claim).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    @Test
    void staffReadEveryClaimAndItsHistory() {
        as(Tokens.staff()).when().get(claim).then().statusCode(200).body("studentNumber", equalTo(student.number()));
        as(Tokens.staff()).when().get(claim + "/history").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void coordinatorsAndKlAppHaveNoAccessToClaims() {
        for (String token : List.of(Tokens.coordinator(), Tokens.klApp())) {
            as(token).when().get(PATH).then().statusCode(403).body("type", endsWith("/forbidden"));
            as(token).when().get(claim).then().statusCode(403);
            as(token).when().get(claim + "/history").then().statusCode(403);
            move(token, claim, "{\"status\": \"WITHDRAWN\"}").then().statusCode(403);
        }
        as(null).when().get(claim).then().statusCode(401);
    }

    @Test
    void aStudentWhoIsAlsoCoordinatorStillSeesOnlyTheirOwnClaims() {
        String token = Tokens.withRoles("tutor", TestStudents.freshNumber(), List.of("student", "coordinator"));
        as(token).when().get(claim).then().statusCode(404);
        as(token).queryParam("studentNumber", student.number()).when().get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void aStudentCannotApproveAndStaffCannotSubmitForTheStudent() {
        move(student.token(), claim, "{\"status\": \"APPROVED\", \"reimbursedAmount\": 1000}").then().statusCode(409)
                .body("type", endsWith("/illegal-transition"))
                .body("allowedStatuses", contains("SUBMITTED", "WITHDRAWN"));
        move(Tokens.staff(), claim, "{\"status\": \"SUBMITTED\"}").then().statusCode(403);
        move(Tokens.staff(), claim, "{\"status\": \"APPROVED\", \"reimbursedAmount\": 1000}").then().statusCode(409)
                .body("allowedStatuses", hasSize(0));
    }

    @Test
    void aDraftWithoutItsDocumentsCannotBeSubmitted() {
        move(student.token(), claim, "{\"status\": \"SUBMITTED\"}").then().statusCode(422)
                .body("type", endsWith("/claim-incomplete"))
                .body("title", equalTo("Claim incomplete"))
                .body("missingDocuments", contains("DIPLOMA_OR_SCORE_REPORT", "INVOICE", "PROOF_OF_PAYMENT"));
        as(student.token()).when().get(claim).then().body("status", equalTo("DRAFT")).body("version", equalTo(0));
    }

    @Test
    void aMoveTakesOnlyItsOwnMembers() {
        move(student.token(), claim, "{\"status\": \"WITHDRAWN\", \"reimbursedAmount\": 1000, "
                + "\"paymentDate\": \"2027-01-10\"}").then().statusCode(400)
                .body("violations.field", contains("paymentDate", "reimbursedAmount"));
        move(student.token(), claim, "{\"status\": \"SUBMITTED\", \"reimbursedAmount\": 0}").then().statusCode(400)
                .body("violations[0].field", equalTo("reimbursedAmount"));
        move(student.token(), claim, "{\"status\": \"PENDING\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
    }

    @Test
    void aStaleETagStopsAMove() {
        move(student.token(), claim, "{\"status\": \"WITHDRAWN\"}").then().statusCode(200);
        as(student.token()).header("If-Match", "\"0\"").contentType("application/json")
                .body("{\"status\": \"SUBMITTED\"}").when().post(claim + "/status").then().statusCode(412);
    }
}
