package nl.bis.placements.usmleclaim;

import static nl.bis.placements.usmleclaim.Claims.PATH;
import static nl.bis.placements.usmleclaim.Claims.as;
import static nl.bis.placements.usmleclaim.Claims.claim;
import static nl.bis.placements.usmleclaim.Claims.created;
import static nl.bis.placements.usmleclaim.Claims.examFee;
import static nl.bis.placements.usmleclaim.Claims.item;
import static nl.bis.placements.usmleclaim.Claims.move;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

/** Listing claims: filters and paging for staff, a student's own claims, the staff CSV export. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class UsmleClaimListTest {

    @Inject
    TestClock clock;

    private TestStudents.Student student;
    private String stepOne;
    private String stepTwo;

    @BeforeEach
    void twoClaimsOfOneStudent() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        student = TestStudents.fresh();
        stepOne = created(student.token(), claim("STEP_1"));
        stepTwo = created(student.token(), claim("STEP_2", "2026-12-03", true, List.of(examFee(),
                item("REGISTRATION_FEE", 2_550, "EUR"), item("REGISTRATION_FEE", 8_000, "USD"))));
        move(student.token(), stepTwo, "{\"status\": \"WITHDRAWN\"}").then().statusCode(200);
    }

    private static long id(String claim) {
        return Long.parseLong(claim.substring(claim.lastIndexOf('/') + 1));
    }

    @Test
    void staffFilterByStudentStatusAndStep() {
        as(Tokens.staff()).queryParam("studentNumber", student.number()).when().get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.id", contains((int) id(stepOne), (int) id(stepTwo)));
        as(Tokens.staff()).queryParam("studentNumber", student.number()).queryParam("status", "WITHDRAWN")
                .when().get(PATH).then().statusCode(200)
                .body("items.id", contains((int) id(stepTwo)));
        as(Tokens.staff()).queryParam("studentNumber", student.number()).queryParam("step", "STEP_1")
                .when().get(PATH).then().statusCode(200)
                .body("items.id", contains((int) id(stepOne)));
        as(Tokens.staff()).queryParam("studentNumber", student.number()).queryParam("submittedFrom", "2027-01-01")
                .when().get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void pagesAreCountedAndCapped() {
        as(Tokens.staff()).queryParam("studentNumber", student.number()).queryParam("size", 1).queryParam("page", 1)
                .when().get(PATH).then().statusCode(200)
                .body("items.id", contains((int) id(stepTwo)))
                .body("page", equalTo(1))
                .body("size", equalTo(1))
                .body("totalPages", equalTo(2));
        as(Tokens.staff()).queryParam("size", 5000).when().get(PATH).then().statusCode(200).body("size", equalTo(200));
        as(Tokens.staff()).queryParam("size", 0).when().get(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("size"));
    }

    @Test
    void invalidFiltersAreNamed() {
        as(Tokens.staff()).queryParam("status", "draft").when().get(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("status"));
        as(Tokens.staff()).queryParam("step", "STEP_9").when().get(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("step"));
        as(Tokens.staff()).queryParam("submittedTo", "2027-02-30").when().get(PATH).then().statusCode(400)
                .body("violations[0].field", equalTo("submittedTo"));
    }

    @Test
    void aStudentListsOnlyTheirOwnClaims() {
        TestStudents.Student other = TestStudents.fresh();
        created(other.token(), claim("STEP_1"));
        as(other.token()).when().get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].studentNumber", equalTo(other.number()));
        as(other.token()).queryParam("studentNumber", student.number()).when().get(PATH).then().statusCode(200)
                .body("totalItems", equalTo(0));
        as(student.token()).when().get(PATH).then().statusCode(200).body("totalItems", equalTo(2));
    }

    @Test
    void staffExportClaimsAsCsv() {
        String csv = as(Tokens.staff()).accept("text/csv").queryParam("studentNumber", student.number())
                .when().get(PATH).then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"usmle-claims.csv\""))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("\uFEFFid,studentNumber,studentName,step,examDate,status,claimed,submittedAt,reviewedAt,"
                + "reviewedBy,reimbursedAmount,rejectionReason,paymentDate", lines.get(0));
        assertEquals(3, lines.size());
        assertEquals(id(stepTwo) + "," + student.number() + ",student-" + student.number()
                + ",STEP_2,2026-12-03,WITHDRAWN,USD 1095.00; EUR 25.50,,,,,,", lines.get(2));
    }

    @Test
    void theExportKeepsFormulasOut() {
        String number = TestStudents.freshNumber();
        String token = Tokens.student("formula", number, "=HYPERLINK(\"http://evil.example\")", "f@student.example.org");
        created(token, claim("STEP_1"));
        as(Tokens.staff()).accept("text/csv").queryParam("studentNumber", number).when().get(PATH).then()
                .statusCode(200)
                .body(containsString(",\"'=HYPERLINK(\"\"http://evil.example\"\")\","));
    }

    @Test
    void onlyStaffExport() {
        as(student.token()).accept("text/csv").when().get(PATH).then().statusCode(403)
                .body("type", endsWith("/forbidden"));
    }
}
