package nl.bis.placements.usmleclaim;

import static nl.bis.placements.usmleclaim.Claims.as;
import static nl.bis.placements.usmleclaim.Claims.claim;
import static nl.bis.placements.usmleclaim.Claims.create;
import static nl.bis.placements.usmleclaim.Claims.created;
import static nl.bis.placements.usmleclaim.Claims.examFee;
import static nl.bis.placements.usmleclaim.Claims.item;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Starting a claim: the faculty's rules, each refused with a problem that names it. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class UsmleClaimCreateTest {

    @Inject
    TestClock clock;

    private TestStudents.Student student;

    @BeforeEach
    void mid2027January() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        student = TestStudents.fresh();
    }

    @Test
    void aStudentStartsADraftClaimForThemself() {
        String token = Tokens.student("sanne", student.number(), "Sanne de Vries", "sanne@student.example.org");
        String claim = create(token, claim("STEP_1", "2026-11-12", true, List.of(examFee(),
                item("REGISTRATION_FEE", 8_000, "USD"))))
                .then().statusCode(201)
                .header("Location", matchesPattern("/api/v1/usmle-claims/\\d+"))
                .header("ETag", equalTo("\"0\""))
                .body("studentNumber", equalTo(student.number()))
                .body("studentName", equalTo("Sanne de Vries"))
                .body("step", equalTo("STEP_1"))
                .body("examDate", equalTo("2026-11-12"))
                .body("passed", equalTo(true))
                .body("status", equalTo("DRAFT"))
                .body("lineItems", hasSize(2))
                .body("lineItems[0].amount", equalTo(101_500))
                .body("lineItems[0].description", equalTo("USMLE Step 1 examination fee (ECFMG)"))
                .body("lineItems[1].kind", equalTo("REGISTRATION_FEE"))
                .body("missingDocuments", contains("DIPLOMA_OR_SCORE_REPORT", "INVOICE", "PROOF_OF_PAYMENT"))
                .body("submittedAt", nullValue())
                .body("createdBy", equalTo("sanne"))
                .extract().header("Location");

        as(token).when().get(claim).then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("lineItems[1].amount", equalTo(8_000));
        as(token).when().get(claim + "/history").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].action", equalTo("CREATED"))
                .body("[0].status", equalTo("DRAFT"))
                .body("[0].by", equalTo("sanne"));
    }

    @Test
    void stepThreeIsRefusedByName() {
        create(student.token(), claim("STEP_3")).then().statusCode(422)
                .body("type", endsWith("/step-not-claimable"))
                .body("title", equalTo("USMLE step not claimable"))
                .body("claimableSteps", contains("STEP_1", "STEP_2"));
    }

    @Test
    void aStepTheContractDoesNotKnowIsInvalidNamingTheAllowedValues() {
        create(student.token(), claim("STEP_4")).then().statusCode(400)
                .body("type", endsWith("/validation"))
                .body("violations[0].field", equalTo("step"))
                .body("violations[0].message", containsString("STEP_1"));
    }

    @Test
    void onlyExamsFromTheFirstOfJanuary2014AreReimbursed() {
        create(student.token(), claim("STEP_1", "2013-12-31", true, List.of(examFee()))).then().statusCode(422)
                .body("type", endsWith("/exam-date-not-claimable"))
                .body("detail", containsString("2013-12-31"))
                .body("earliestExamDate", equalTo("2014-01-01"))
                .body("latestExamDate", equalTo("2027-01-10"));
        create(student.token(), claim("STEP_1", "2014-01-01", true, List.of(examFee()))).then().statusCode(201);
    }

    @Test
    void anExamInTheFutureIsRefused() {
        create(student.token(), claim("STEP_2", "2027-01-11", true, List.of(examFee()))).then().statusCode(422)
                .body("type", endsWith("/exam-date-not-claimable"))
                .body("detail", containsString("future"));
        create(student.token(), claim("STEP_2", "2027-01-10", true, List.of(examFee()))).then().statusCode(201);
    }

    @Test
    void onlyPassedExamsAreReimbursed() {
        create(student.token(), claim("STEP_1", "2026-11-12", false, List.of(examFee()))).then().statusCode(422)
                .body("type", endsWith("/exam-not-passed"))
                .body("title", equalTo("Exam not passed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BOOKS", "APPS", "COURSE", "TRAVEL", "OTHER"})
    void costsOtherThanRegistrationAndExamFeesAreRefusedByKind(String kind) {
        create(student.token(), claim("STEP_1", "2026-11-12", true, List.of(examFee(), item(kind, 4_900, "USD"))))
                .then().statusCode(422)
                .body("type", endsWith("/cost-not-claimable"))
                .body("violations[0].field", equalTo("lineItems[1].kind"))
                .body("violations[0].message", equalTo(kind + " is not reimbursed"))
                .body("claimableKinds", contains("REGISTRATION_FEE", "EXAM_FEE"));
    }

    @Test
    void aKindTheContractDoesNotKnowIsInvalid() {
        create(student.token(), claim("STEP_1", "2026-11-12", true, List.of(item("SNACKS", 500, "USD"))))
                .then().statusCode(400)
                .body("violations[0].field", equalTo("lineItems[0].kind"));
    }

    @Test
    void currenciesAreIso4217CodesWithAMinorUnit() {
        for (String currency : List.of("XYZ", "XAU", "usd", "US")) {
            create(student.token(), claim("STEP_1", "2026-11-12", true, List.of(item("EXAM_FEE", 1_000, currency))))
                    .then().statusCode(400)
                    .body("type", endsWith("/validation"))
                    .body("violations[0].field", equalTo("lineItems[0].currency"));
        }
        String yen = created(student.token(), claim("STEP_1", "2026-11-12", true,
                List.of(item("EXAM_FEE", 150_000, "JPY"))));
        as(student.token()).when().get(yen).then().statusCode(200).body("lineItems[0].currency", equalTo("JPY"));
    }

    @Test
    void amountsArePositiveWholeMinorUnitsUpToTenMillion() {
        for (Object amount : List.of(0, -100, 10_000_001, 12.5)) {
            Map<String, Object> item = item("EXAM_FEE", 1, "USD");
            item.put("amount", amount);
            create(student.token(), claim("STEP_1", "2026-11-12", true, List.of(item))).then().statusCode(400)
                    .body("violations[0].field", equalTo("lineItems[0].amount"));
        }
        Map<String, Object> fraction = item("EXAM_FEE", 1, "USD");
        fraction.put("amount", 1015.5);
        create(student.token(), claim("STEP_1", "2026-11-12", true, List.of(fraction))).then().statusCode(400)
                .body("violations[0].message", equalTo("must be a whole number"));
        create(student.token(), claim("STEP_1", "2026-11-12", true, List.of())).then().statusCode(400)
                .body("violations[0].field", equalTo("lineItems"));
        create(student.token(), claim("STEP_1", "2026-11-12", true, List.of(item("EXAM_FEE", 10_000_000, "USD"))))
                .then().statusCode(201);
    }

    @Test
    void missingMembersAreNamed() {
        create(student.token(), "{}").then().statusCode(400)
                .body("violations.field", contains("examDate", "lineItems", "passed", "step"));
    }

    @Test
    void aSecondClaimForAStepIsAConflictNamingTheFirst() {
        String first = created(student.token(), claim("STEP_1"));
        long firstId = Long.parseLong(first.substring(first.lastIndexOf('/') + 1));
        create(student.token(), claim("STEP_1", "2026-12-01", true, List.of(examFee()))).then().statusCode(409)
                .body("type", endsWith("/claim-exists"))
                .body("title", equalTo("Claim already exists"))
                .body("conflictingClaimId", equalTo((int) firstId));
        create(student.token(), claim("STEP_2")).then().statusCode(201);
        // Another student's claims do not count.
        create(TestStudents.fresh().token(), claim("STEP_1")).then().statusCode(201);
    }

    @Test
    void aWithdrawnClaimMakesWayForANewOne() {
        String first = created(student.token(), claim("STEP_1"));
        Claims.move(student.token(), first, "{\"status\": \"WITHDRAWN\"}").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        create(student.token(), claim("STEP_1")).then().statusCode(201);
    }

    @Test
    void onlyStudentsStartClaims() {
        create(Tokens.staff(), claim("STEP_1")).then().statusCode(403).body("type", endsWith("/forbidden"));
        create(Tokens.coordinator(), claim("STEP_1")).then().statusCode(403);
        create(Tokens.klApp(), claim("STEP_1")).then().statusCode(403);
        create(null, claim("STEP_1")).then().statusCode(401);
        String withoutNumber = Tokens.sign(Tokens.builder("nonumber", "student"));
        create(withoutNumber, claim("STEP_1")).then().statusCode(403)
                .body("detail", containsString("no student number"));
    }

    @Test
    void aStudentWhoIsAlsoStaffStartsAClaimForThemself() {
        String token = Tokens.withRoles("tutor", student.number(), List.of("student", "staff"));
        create(token, claim("STEP_1")).then().statusCode(201).body("studentNumber", equalTo(student.number()));
    }
}
