package nl.bis.placements.privacy;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import nl.bis.placements.testing.EmergencyContacts;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Erasure on request: staff erase a student's data at once, unless a duty to keep it holds. */
@QuarkusTest
class ErasureTest {

    private static final String REASON = "{\"reason\": \"Request by e-mail of 2026-11-02, identity checked\"}";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anOpenPlacementBlocksErasureAndIsNamed() {
        TestStudents.Student student = TestStudents.fresh();
        String location = registered(student);
        String id = location.substring(location.lastIndexOf('/') + 1);

        erase(Tokens.staff(), student.number(), REASON).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://placements.example/problems/erasure-blocked"))
                .body("blockers", hasItem("placement " + id + " is REGISTERED (withdraw or complete it first)"));
        given().auth().oauth2(student.token()).when().get("/api/v1/me/export").then().statusCode(200)
                .body("records.placement.size()", equalTo(1));
    }

    @Test
    void aPaidClaimWithinItsFinancialRetentionBlocksErasure() throws SQLException {
        String student = TestStudents.freshNumber();
        long claim;
        try (Connection db = dataSource.getConnection()) {
            Seeds.exec(db, "insert into student (student_number, name) values (?, 'Claim Student')", student);
            claim = Seeds.id(db, "insert into usmle_claim (student_number, step, exam_date, passed, status,"
                    + " submitted_at, reviewed_at, reviewed_by, reimbursed_amount, payment_date, created_by,"
                    + " created_at, updated_by, updated_at) values (?, 'STEP_1', date '2025-06-01', true, 'PAID',"
                    + " now(), now(), 'staff1', 100000, current_date, 'test', now(), 'test', now()) returning id",
                    student);
        }

        erase(Tokens.staff(), student, REASON).then().statusCode(409)
                .body("blockers[0]", startsWith("USMLE claim " + claim + " is PAID (a financial record kept until "));
    }

    @Test
    void aSeatAtAnEventStillToComeBlocksErasure() throws SQLException {
        String student = TestStudents.freshNumber();
        long event;
        try (Connection db = dataSource.getConnection()) {
            Seeds.exec(db, "insert into student (student_number, name) values (?, 'Seat Student')", student);
            event = Seeds.id(db, "insert into preparation_event (kind, title, starts_at, ends_at, location, capacity,"
                    + " registration_closes_at, created_by, created_at, updated_by, updated_at) values ('INFO_SESSION',"
                    + " 'Erasure test evening', timestamptz '2099-03-01 18:00+00', timestamptz '2099-03-01 20:00+00',"
                    + " 'Room 1', 10, timestamptz '2099-02-28 12:00+00', 'test', now(), 'test', now()) returning id");
            Seeds.exec(db, "insert into event_registration (event_id, student_number, status, queued_at, created_by,"
                    + " updated_by, updated_at) values (?, ?, 'CONFIRMED', now(), 'test', 'test', now())",
                    event, student);
        }

        erase(Tokens.staff(), student, REASON).then().statusCode(409)
                .body("blockers", hasItem("signed up for preparation event " + event + " (cancel it first)"));
    }

    @Test
    void aStudentWithNothingOpenIsErasedAtOnceAndTheLogDoesNotNameThem() {
        TestStudents.Student student = TestStudents.fresh();
        String location = registered(student);
        EmergencyContacts.put(student.token(), EmergencyContacts.ENOUGH).then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"status\": \"WITHDRAWN\", \"reason\": \"Chose another elective\"}")
                .when().post(location + "/status").then().statusCode(200);

        Response run = erase(Tokens.staff(), student.number(), REASON);
        run.then().statusCode(200)
                .body("kind", equalTo("ERASURE"))
                .body("runBy", equalTo("staff1"))
                .body("reason", equalTo("Request by e-mail of 2026-11-02, identity checked"))
                .body("students", equalTo(1))
                .body("placements", equalTo(1))
                .body("records.placement", equalTo(1))
                .body("records.emergency_contacts", equalTo(1))
                .body("records.student", equalTo(1));
        assertFalse(run.asString().contains(student.number()), "the run names the student");

        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/students/" + student.number() + "/export")
                .then().statusCode(404);
        given().auth().oauth2(student.token()).when().get("/api/v1/me/export").then().statusCode(200)
                .body("records.size()", equalTo(0));
        given().auth().oauth2(Tokens.staff()).when().get(location).then().statusCode(200)
                .body("studentNumber", startsWith("ANON-"))
                .body("status", equalTo("WITHDRAWN"))
                .body("destination.countryCode", equalTo("DE"));
        given().auth().oauth2(Tokens.staff()).when().get(location + "/history").then().statusCode(200)
                .body("action", hasItem("ANONYMISED"))
                .body("reason", not(hasItem(startsWith("Chose"))));
        long id = run.jsonPath().getLong("id");
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/privacy-runs?size=100").then().statusCode(200)
                .body("items.id", hasItem((int) id));
    }

    @Test
    void anUnknownStudentNumberIsNotFound() {
        erase(Tokens.staff(), TestStudents.freshNumber(), REASON).then().statusCode(404);
    }

    @Test
    void onlyStaffEraseAndOnlyWithAReason() {
        TestStudents.Student student = TestStudents.fresh();
        registered(student);

        erase(Tokens.coordinator(), student.number(), REASON).then().statusCode(403);
        erase(student.token(), student.number(), REASON).then().statusCode(403);
        erase(Tokens.staff(), student.number(), "{\"reason\": \"  \"}").then().statusCode(400)
                .body("violations[0].field", equalTo("reason"));
        erase(Tokens.staff(), student.number(), "{}").then().statusCode(400);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/v1/privacy-runs").then().statusCode(403);
    }

    private static String registered(TestStudents.Student student) {
        return register(student.token(), placement("SENIOR_CLERKSHIP", "DE", "2027-09-06", "2027-11-01")
                .at("Berlin", "Charité").discipline(null)).then().statusCode(201).extract().header("Location");
    }

    private static Response erase(String token, String studentNumber, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/students/" + studentNumber + "/erasure");
    }
}
