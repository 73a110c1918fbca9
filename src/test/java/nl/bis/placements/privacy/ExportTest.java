package nl.bis.placements.privacy;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import nl.bis.placements.testing.EmergencyContacts;
import nl.bis.placements.testing.SampleFiles;
import nl.bis.placements.testing.StudentDetails;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import nl.bis.placements.testing.Uploads;
import org.junit.jupiter.api.Test;

/** Subject access: a student downloads everything held about them; staff produce it for a student's request. */
@QuarkusTest
class ExportTest {

    @Test
    void aStudentDownloadsTheirPlacementsHistoryAndContactsAsAnAttachment() {
        TestStudents.Student student = TestStudents.fresh();
        register(student.token(), placement("SENIOR_CLERKSHIP", "DE", "2027-09-06", "2027-11-01")
                .at("Berlin", "Charité").discipline(null)).then().statusCode(201);
        EmergencyContacts.put(student.token(), EmergencyContacts.ENOUGH).then().statusCode(200);

        given().auth().oauth2(student.token()).when().get("/api/v1/me/export").then().statusCode(200)
                .header("Content-Disposition",
                        equalTo("attachment; filename=\"personal-data-" + student.number() + ".json\""))
                .body("studentNumber", equalTo(student.number()))
                .body("student.studentNumber", equalTo(student.number()))
                .body("records.placement.hostInstitution", hasItem("Charité"))
                .body("records.placement.countryCode", hasItem("DE"))
                .body("records.placementHistory.action", hasItem("CREATED"))
                .body("records.emergencyContacts[0].contacts[0].name", not(nullValue()))
                .body("records", not(hasKey("incident")));
    }

    @Test
    void aDocumentIsExportedWithoutItsContent() {
        TestStudents.Student student = TestStudents.fresh();
        String location = register(student.token(), placement("SENIOR_CLERKSHIP", "DE", "2027-09-06", "2027-11-01")
                .at("Berlin", "Charité").discipline(null)).then().statusCode(201).extract().header("Location");
        Uploads.upload(student.token(), location + "/documents", "letter.pdf", SampleFiles.pdf())
                .then().statusCode(201);

        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/students/" + student.number() + "/export")
                .then().statusCode(200)
                .body("records.document[0].fileName", equalTo("letter.pdf"))
                .body("records.document[0].sha256", not(nullValue()))
                .body("records.document[0]", not(hasKey("content")));
    }

    @Test
    void aStudentTheServiceKnowsNothingAboutGetsAnEmptyExport() {
        TestStudents.Student student = TestStudents.fresh();
        given().auth().oauth2(student.token()).when().get("/api/v1/me/export").then().statusCode(200)
                .body("studentNumber", equalTo(student.number()))
                .body("$", not(hasKey("student")))
                .body("records.size()", equalTo(0));
    }

    @Test
    void staffExportAStudentsDataByNumber() {
        String number = TestStudents.freshNumber();
        register(Tokens.staff(), placement("SENIOR_CLERKSHIP", "DE", "2027-09-06", "2027-11-01")
                .at("Berlin", "Charité").discipline(null)
                .student(new StudentDetails(number, "Export Student", "export" + number + "@student.example.org")))
                .then().statusCode(201);

        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/students/" + number + "/export")
                .then().statusCode(200)
                .body("student.name", equalTo("Export Student"))
                .body("student.email", equalTo("export" + number + "@student.example.org"))
                .body("records.placement.size()", equalTo(1));
    }

    @Test
    void staffExportingAStudentsDataIsInTheStudentsAccessLogAndTheirOwnIsNot() {
        TestStudents.Student student = TestStudents.fresh();
        register(student.token(), placement("SENIOR_CLERKSHIP", "DE", "2027-09-06", "2027-11-01")
                .at("Berlin", "Charité").discipline(null)).then().statusCode(201);
        given().auth().oauth2(student.token()).when().get("/api/v1/me/export").then().statusCode(200);
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/students/" + student.number() + "/export")
                .then().statusCode(200);

        given().auth().oauth2(student.token()).when().get("/api/v1/me/access-log").then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].resource", equalTo("EXPORT"))
                .body("items[0].readBy", equalTo("staff1"));
    }

    @Test
    void coordinatorsAreRefusedAndAnotherStudentIsNotFound() {
        TestStudents.Student student = TestStudents.fresh();
        register(student.token(), placement("SENIOR_CLERKSHIP", "DE", "2027-09-06", "2027-11-01")
                .at("Berlin", "Charité").discipline(null)).then().statusCode(201);
        String path = "/api/v1/students/" + student.number() + "/export";

        given().auth().oauth2(Tokens.coordinator()).when().get(path).then().statusCode(403);
        given().auth().oauth2(TestStudents.fresh().token()).when().get(path).then().statusCode(404);
        given().auth().oauth2(student.token()).when().get(path).then().statusCode(200);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/v1/me/export").then().statusCode(403);
    }

    @Test
    void anUnknownStudentNumberIsNotFound() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/students/" + TestStudents.freshNumber() + "/export")
                .then().statusCode(404)
                .body("type", equalTo("https://placements.example/problems/not-found"));
    }
}
