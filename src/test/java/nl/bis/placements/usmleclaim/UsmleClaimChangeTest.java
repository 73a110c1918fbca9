package nl.bis.placements.usmleclaim;

import static nl.bis.placements.usmleclaim.Claims.as;
import static nl.bis.placements.usmleclaim.Claims.claim;
import static nl.bis.placements.usmleclaim.Claims.created;
import static nl.bis.placements.usmleclaim.Claims.examFee;
import static nl.bis.placements.usmleclaim.Claims.item;
import static nl.bis.placements.usmleclaim.Claims.move;
import static nl.bis.placements.usmleclaim.Claims.replace;
import static org.hamcrest.Matchers.containsString;
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

/** A student changes their draft claim with PUT and If-Match, or withdraws it. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class UsmleClaimChangeTest {

    @Inject
    TestClock clock;

    private TestStudents.Student student;
    private String claim;

    @BeforeEach
    void aDraftClaim() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        student = TestStudents.fresh();
        claim = created(student.token(), claim("STEP_1"));
    }

    private static String withRegistrationFee() {
        return claim("STEP_1", "2026-11-12", true, List.of(examFee(), item("REGISTRATION_FEE", 8_000, "USD")));
    }

    @Test
    void theStudentReplacesTheirDraftAndTheHistoryNamesWhatChanged() {
        replace(student.token(), claim, "\"0\"", withRegistrationFee()).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("lineItems", hasSize(2))
                .body("version", equalTo(1));

        as(student.token()).when().get(claim + "/history").then().statusCode(200)
                .body("", hasSize(2))
                .body("[1].action", equalTo("UPDATED"))
                .body("[1].changes", hasSize(1))
                .body("[1].changes[0].field", equalTo("lineItems"))
                .body("[1].changes[0].from", equalTo("EXAM_FEE 1015.00 USD (USMLE Step 1 examination fee (ECFMG))"))
                .body("[1].changes[0].to", containsString("REGISTRATION_FEE 80.00 USD"));
    }

    @Test
    void aReplacementThatChangesNothingWritesNothing() {
        replace(student.token(), claim, "\"0\"", claim("STEP_1")).then().statusCode(200)
                .header("ETag", equalTo("\"0\""));
        as(student.token()).when().get(claim + "/history").then().body("", hasSize(1));
    }

    @Test
    void aReplacementNeedsTheCurrentETag() {
        replace(student.token(), claim, null, withRegistrationFee()).then().statusCode(428)
                .body("type", endsWith("/precondition-required"));
        replace(student.token(), claim, "\"0\"", withRegistrationFee()).then().statusCode(200);
        replace(student.token(), claim, "\"0\"", claim("STEP_1")).then().statusCode(412)
                .body("type", endsWith("/precondition-failed"));
    }

    @Test
    void theRulesApplyToAReplacementToo() {
        replace(student.token(), claim, "\"0\"", claim("STEP_3")).then().statusCode(422)
                .body("type", endsWith("/step-not-claimable"));
        replace(student.token(), claim, "\"0\"", claim("STEP_1", "2026-11-12", true,
                List.of(item("APPS", 39_900, "USD")))).then().statusCode(422)
                .body("type", endsWith("/cost-not-claimable"));
        replace(student.token(), claim, "\"0\"", claim("STEP_1", "2026-11-12", false, List.of(examFee())))
                .then().statusCode(422).body("type", endsWith("/exam-not-passed"));
    }

    @Test
    void movingADraftToAStepThatHasAClaimIsAConflict() {
        String second = created(student.token(), claim("STEP_2"));
        replace(student.token(), second, "\"0\"", claim("STEP_1")).then().statusCode(409)
                .body("type", endsWith("/claim-exists"));
        replace(student.token(), claim, "\"0\"", claim("STEP_2", "2026-12-01", true, List.of(examFee())))
                .then().statusCode(409);
        move(student.token(), second, "{\"status\": \"WITHDRAWN\"}").then().statusCode(200);
        replace(student.token(), claim, "\"0\"", claim("STEP_2", "2026-12-01", true, List.of(examFee())))
                .then().statusCode(200).body("step", equalTo("STEP_2"));
    }

    @Test
    void onlyADraftCanBeChanged() {
        move(student.token(), claim, "{\"status\": \"WITHDRAWN\", \"reason\": \"Wrong exam\"}").then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        replace(student.token(), claim, "\"1\"", withRegistrationFee()).then().statusCode(409)
                .body("type", endsWith("/claim-not-editable"))
                .body("detail", containsString("WITHDRAWN"));
        as(student.token()).when().get(claim + "/history").then()
                .body("[1].action", equalTo("STATUS_CHANGED"))
                .body("[1].fromStatus", equalTo("DRAFT"))
                .body("[1].toStatus", equalTo("WITHDRAWN"))
                .body("[1].reason", equalTo("Wrong exam"));
    }

    @Test
    void staffDoNotChangeAStudentsClaim() {
        replace(Tokens.staff(), claim, "\"0\"", withRegistrationFee()).then().statusCode(403);
        replace(TestStudents.fresh().token(), claim, "\"0\"", withRegistrationFee()).then().statusCode(404);
    }

    @Test
    void aWithdrawnClaimIsFinal() {
        move(student.token(), claim, "{\"status\": \"WITHDRAWN\"}").then().statusCode(200);
        move(student.token(), claim, "{\"status\": \"SUBMITTED\"}").then().statusCode(409)
                .body("type", endsWith("/illegal-transition"))
                .body("detail", containsString("final"))
                .body("allowedStatuses", hasSize(0));
    }
}
