package nl.bis.placements.accesslog;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.StaffPlacements.placementIn;
import static nl.bis.placements.testing.Uploads.upload;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import nl.bis.placements.testing.SampleFiles;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A student reads who read their data at /me/access-log; staff read any student's; nobody else does. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class AccessLogEndpointTest {

    private static final String MINE = "/api/v1/me/access-log";

    @Inject
    TestClock clock;

    private String student;
    private String studentToken;
    private long document;

    @BeforeEach
    void aStudentWithADocument() {
        String placement = placementIn("GH", "2027-09-06", "2027-11-01", false);
        student = given().auth().oauth2(Tokens.staff()).when().get(placement).then().statusCode(200).extract()
                .path("studentNumber");
        studentToken = Tokens.student("student-" + student, student);
        document = upload(studentToken, placement + "/documents", "agreement.pdf", SampleFiles.pdf()).then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    private void staffRead(String token, Instant at) {
        clock.fixAt(at);
        given().auth().oauth2(token).when().get("/api/v1/documents/" + document).then().statusCode(200);
    }

    @Test
    void theStudentSeesWhoReadTheirDataNewestFirstOnePageAtATime() {
        staffRead(Tokens.staff(), Instant.parse("2027-02-01T10:00:00Z"));
        staffRead(Tokens.sign(Tokens.builder("m.devries", "coordinator").claim("name", "Marieke de Vries")),
                Instant.parse("2027-02-03T09:30:00Z"));

        JsonPath first = given().auth().oauth2(studentToken).queryParam("size", 1).when().get(MINE).then()
                .statusCode(200).extract().jsonPath();
        assertEquals(2, first.getLong("totalItems"));
        assertEquals(2, first.getInt("totalPages"));
        assertEquals("m.devries", first.getString("items[0].readBy"));
        assertEquals("Marieke de Vries", first.getString("items[0].readerName"));
        assertEquals("COORDINATOR", first.getString("items[0].readerRole"));
        assertEquals("2027-02-03T09:30:00.000000Z", first.getString("items[0].readAt"));
        given().auth().oauth2(studentToken).queryParam("size", 1).queryParam("page", 1).when().get(MINE).then()
                .statusCode(200)
                .body("items[0].readBy", equalTo("staff1"))
                .body("items[0].resource", equalTo("DOCUMENT"))
                .body("items[0].resourceId", equalTo(String.valueOf(document)));
    }

    @Test
    void aReaderWithAnOverlongNameIsStillAnsweredAndRecordedWithItCut() {
        staffRead(Tokens.sign(Tokens.builder("staff-long", "staff").claim("name", "N".repeat(500))),
                Instant.parse("2027-02-01T10:00:00Z"));

        given().auth().oauth2(studentToken).when().get(MINE).then().statusCode(200)
                .body("items[0].readBy", equalTo("staff-long"))
                .body("items[0].readerName", equalTo("N".repeat(200)));
    }

    @Test
    void staffReadAStudentsLogAndTheStudentTheirOwnThere() {
        staffRead(Tokens.staff(), Instant.parse("2027-02-01T10:00:00Z"));

        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/students/" + student + "/access-log").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("items[0].studentNumber", equalTo(student));
        given().auth().oauth2(studentToken).when().get("/api/v1/students/" + student + "/access-log").then()
                .statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void readingAnAccessLogIsNotItselfRecorded() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/students/" + student + "/access-log").then()
                .statusCode(200);

        given().auth().oauth2(studentToken).when().get(MINE).then().statusCode(200)
                .body("totalItems", equalTo(0)).body("items.size()", equalTo(0));
    }

    @Test
    void coordinatorsAreRefusedAndAnotherStudentLearnsNothing() {
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/v1/students/" + student + "/access-log").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestStudents.fresh().token()).when().get("/api/v1/students/" + student + "/access-log")
                .then().statusCode(404).contentType("application/problem+json")
                .body(not(containsString("items")));
    }

    @Test
    void anUnknownStudentIsNotFound() {
        given().auth().oauth2(Tokens.staff()).when()
                .get("/api/v1/students/" + TestStudents.freshNumber() + "/access-log").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenWithoutAStudentNumberHasNoLogOfItsOwn() {
        given().auth().oauth2(Tokens.staff()).when().get(MINE).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.sign(Tokens.builder("student-without-number", "student"))).when().get(MINE)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aNegativePageOrAnEmptyPageSizeIsABadRequest() {
        for (String query : List.of("page=-1", "size=0", "size=abc")) {
            given().auth().oauth2(studentToken).when().get(MINE + "?" + query).then().statusCode(400)
                    .contentType("application/problem+json");
        }
    }
}
