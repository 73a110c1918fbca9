package nl.bis.placements.usmleclaim;

import static nl.bis.placements.usmleclaim.Claims.PATH;
import static nl.bis.placements.usmleclaim.Claims.as;
import static nl.bis.placements.usmleclaim.Claims.claim;
import static nl.bis.placements.usmleclaim.Claims.create;
import static nl.bis.placements.usmleclaim.Claims.move;
import static nl.bis.placements.usmleclaim.Claims.submitted;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

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

/** From submission to payment: staff approve with an amount or reject with a reason, then record the payment. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class UsmleClaimStatusTest {

    @Inject
    TestClock clock;

    private TestStudents.Student student;

    @BeforeEach
    void mid2027January() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        student = TestStudents.fresh();
    }

    @Test
    void aClaimGoesFromDraftToPaid() {
        String claim = submitted(student.token(), "STEP_1");
        as(student.token()).when().get(claim).then().body("status", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue());

        clock.fixOn(LocalDate.of(2027, 1, 14));
        move(Tokens.staff(), claim, "{\"status\": \"APPROVED\", \"reimbursedAmount\": 93240, "
                + "\"reason\": \"USD 1015.00 at the ECB rate of 2027-01-13\"}").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("reimbursedAmount", equalTo(93240))
                .body("reviewedBy", equalTo("staff1"))
                .body("reviewedAt", notNullValue());
        clock.fixOn(LocalDate.of(2027, 1, 21));
        move(Tokens.staff(), claim, "{\"status\": \"PAID\", \"paymentDate\": \"2027-01-20\"}").then().statusCode(200)
                .body("status", equalTo("PAID"))
                .body("paymentDate", equalTo("2027-01-20"));

        as(student.token()).when().get(claim + "/history").then().statusCode(200)
                .body("action", contains("CREATED", "DOCUMENT_ADDED", "DOCUMENT_ADDED", "DOCUMENT_ADDED",
                        "STATUS_CHANGED", "STATUS_CHANGED", "STATUS_CHANGED"))
                .body("toStatus[4..6]", contains("SUBMITTED", "APPROVED", "PAID"))
                .body("[5].by", equalTo("staff1"))
                .body("[5].reason", equalTo("USD 1015.00 at the ECB rate of 2027-01-13"))
                .body("[5].changes[0].field", equalTo("reimbursedAmount"))
                .body("[5].changes[0].to", equalTo("93240"))
                .body("[6].changes[0].field", equalTo("paymentDate"));
        move(Tokens.staff(), claim, "{\"status\": \"REJECTED\", \"reason\": \"x\"}").then().statusCode(409)
                .body("detail", containsString("final"));
    }

    @Test
    void approvingNeedsTheAmountAndRejectingAReason() {
        String claim = submitted(student.token(), "STEP_2");
        move(Tokens.staff(), claim, "{\"status\": \"APPROVED\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("reimbursedAmount"));
        move(Tokens.staff(), claim, "{\"status\": \"APPROVED\", \"reimbursedAmount\": 10000001}").then().statusCode(400)
                .body("violations[0].field", equalTo("reimbursedAmount"));
        move(Tokens.staff(), claim, "{\"status\": \"REJECTED\", \"reason\": \"  \"}").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        move(Tokens.staff(), claim, "{\"status\": \"REJECTED\", \"reason\": \"Score report shows a fail\"}")
                .then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("Score report shows a fail"));
    }

    @Test
    void aRejectedClaimMakesWayForANewOne() {
        String claim = submitted(student.token(), "STEP_1");
        create(student.token(), claim("STEP_1")).then().statusCode(409).body("type", endsWith("/claim-exists"));
        move(Tokens.staff(), claim, "{\"status\": \"REJECTED\", \"reason\": \"Invoice unreadable\"}")
                .then().statusCode(200);
        create(student.token(), claim("STEP_1")).then().statusCode(201);
    }

    @Test
    void onlyAnApprovedClaimIsPaid() {
        String claim = submitted(student.token(), "STEP_1");
        move(Tokens.staff(), claim, "{\"status\": \"PAID\", \"paymentDate\": \"2027-01-10\"}").then().statusCode(409)
                .body("type", endsWith("/illegal-transition"))
                .body("allowedStatuses", contains("APPROVED", "REJECTED"));
        move(student.token(), claim, "{\"status\": \"APPROVED\", \"reimbursedAmount\": 1000}").then().statusCode(403);
        move(student.token(), claim, "{\"status\": \"PAID\", \"paymentDate\": \"2027-01-10\"}").then().statusCode(409)
                .body("allowedStatuses", hasSize(0));
    }

    @Test
    void thePaymentDateIsNeitherInTheFutureNorBeforeTheApproval() {
        String claim = submitted(student.token(), "STEP_1");
        clock.fixOn(LocalDate.of(2027, 1, 14));
        move(Tokens.staff(), claim, "{\"status\": \"APPROVED\", \"reimbursedAmount\": 50000}").then().statusCode(200);
        move(student.token(), claim, "{\"status\": \"PAID\", \"paymentDate\": \"2027-01-14\"}").then().statusCode(403);
        move(Tokens.staff(), claim, "{\"status\": \"PAID\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("paymentDate"));
        move(Tokens.staff(), claim, "{\"status\": \"PAID\", \"paymentDate\": \"2027-01-15\"}").then().statusCode(400)
                .body("violations[0].field", equalTo("paymentDate"))
                .body("violations[0].message", containsString("future"));
        move(Tokens.staff(), claim, "{\"status\": \"PAID\", \"paymentDate\": \"2027-01-13\"}").then().statusCode(400)
                .body("violations[0].message", containsString("approved (2027-01-14)"));
        move(Tokens.staff(), claim, "{\"status\": \"PAID\", \"paymentDate\": \"2027-01-14\"}").then().statusCode(200);
    }

    @Test
    void staffFindSubmittedClaimsByTheDayOfSubmission() {
        String early = submitted(student.token(), "STEP_1");
        clock.fixOn(LocalDate.of(2027, 2, 3));
        String late = submitted(student.token(), "STEP_2");
        as(Tokens.staff()).queryParam("studentNumber", student.number()).queryParam("submittedFrom", "2027-01-11")
                .when().get(PATH).then().statusCode(200)
                .body("items.id", contains(id(late)));
        as(Tokens.staff()).queryParam("studentNumber", student.number()).queryParam("submittedTo", "2027-01-10")
                .queryParam("status", "SUBMITTED").when().get(PATH).then().statusCode(200)
                .body("items.id", contains(id(early)));
        as(Tokens.staff()).queryParam("studentNumber", student.number()).queryParam("submittedFrom", "2027-01-10")
                .queryParam("submittedTo", "2027-02-03").when().get(PATH).then().statusCode(200)
                .body("items.id", contains(id(early), id(late)));
    }

    @Test
    void theExportShowsTheDecisionAndThePayment() {
        String claim = submitted(student.token(), "STEP_1");
        move(Tokens.staff(), claim, "{\"status\": \"APPROVED\", \"reimbursedAmount\": 93240}").then().statusCode(200);
        move(Tokens.staff(), claim, "{\"status\": \"PAID\", \"paymentDate\": \"2027-01-10\"}").then().statusCode(200);
        List<String> lines = as(Tokens.staff()).accept("text/csv").queryParam("studentNumber", student.number())
                .when().get(PATH).then().statusCode(200).extract().asString().lines().toList();
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(1).matches(id(claim) + "," + student.number()
                + ",student-\\d+,STEP_1,2026-11-12,PAID,USD 1015.00,2027-01-10T11:00:00.000000Z,"
                + "2027-01-10T11:00:00.000000Z,staff1,932.40,,2027-01-10"), lines.get(1));
    }

    private static int id(String claim) {
        return Integer.parseInt(claim.substring(claim.lastIndexOf('/') + 1));
    }
}
