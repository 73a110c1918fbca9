package nl.bis.placements.placement;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.EventRequest.createdId;
import static nl.bis.placements.testing.EventRequest.meeting;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A student's name and e-mail come from their token only, never from a request body. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class StudentIdentityTest {

    @Inject
    TestClock clock;

    private String number;
    private String token;

    @BeforeEach
    void aStudentNamedByTheirToken() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        number = TestStudents.freshNumber();
        token = Tokens.student("student-" + number, number, "Zoë Müller", "zoe.muller@student.example.org");
    }

    @Test
    void aStudentWhoNamesThemselfInARegistrationIsRefusedAndNothingIsStored() {
        register(token, placement("GP_CLERKSHIP", "CW", "2027-07-01", "2027-09-01")
                        .studentName("Prof. Dr. Somebody").studentEmail("dean@example.org"))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("studentEmail", "studentName"));

        given().auth().oauth2(Tokens.staff()).queryParam("studentNumber", number).get("/api/v1/placements")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void aRegistrationTakesTheStudentsNameAndEmailFromTheToken() {
        String location = registered(token);

        given().auth().oauth2(Tokens.staff()).get(location).then().statusCode(200)
                .body("studentName", equalTo("Zoë Müller"))
                .body("studentEmail", equalTo("zoe.muller@student.example.org"));
    }

    @Test
    void theStudentRecordFollowsTheTokenOnTheNextWrite() {
        String location = registered(token);
        String renamed = Tokens.student("student-" + number, number, "Zoë de Vries", "zoe.devries@student.example.org");

        given().auth().oauth2(renamed).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"notes\": \"Married in December\"}").patch(location).then().statusCode(200);

        given().auth().oauth2(Tokens.staff()).get(location).then().statusCode(200)
                .body("studentName", equalTo("Zoë de Vries"))
                .body("studentEmail", equalTo("zoe.devries@student.example.org"));
    }

    @Test
    void aStudentWhoNamesThemselfWhenSigningUpIsRefusedAndTheirRecordKeepsItsName() {
        String location = registered(token);
        long event = createdId(meeting("2027-03-04").location("Medical Faculty, F-120"));

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"studentName\": \"Robert'); DROP\"}")
                .post("/api/v1/preparation-events/" + event + "/registrations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("studentName"));

        given().auth().oauth2(Tokens.staff()).get(location).then().statusCode(200)
                .body("studentName", equalTo("Zoë Müller"));
        given().auth().oauth2(token).get("/api/v1/me/event-registrations").then().statusCode(200)
                .body("size()", equalTo(0));
    }

    private static String registered(String token) {
        return register(token, placement("GP_CLERKSHIP", "CW", "2027-07-01", "2027-09-01"))
                .then().statusCode(201).extract().header("Location");
    }
}
