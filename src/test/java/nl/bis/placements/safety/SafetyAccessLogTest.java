package nl.bis.placements.safety;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.bis.placements.testing.AccessLogs;
import nl.bis.placements.testing.EmergencyContacts;
import nl.bis.placements.testing.StaffPlacements;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every read of a student's emergency contacts, address abroad and entry in the list of who is abroad by staff is in
 * the student's access log; the student's own reads and refused reads are not.
 */
@QuarkusTest
class SafetyAccessLogTest {

    private static final String ADDRESS = """
            {"addressLine1": "Guest house of the hospital, room 3", "city": "Ulaanbaatar"}""";

    private String placement;
    private long placementId;
    private String student;
    private String studentToken;

    /** An approved placement in Mongolia from September to November 2027, with contacts and an address given. */
    @BeforeEach
    void anApprovedPlacementWithContactsAndAnAddress() {
        placement = StaffPlacements.placementIn("MN", "2027-09-06", "2027-11-01", true);
        placementId = Long.parseLong(placement.substring(placement.lastIndexOf('/') + 1));
        student = given().auth().oauth2(Tokens.staff()).when().get(placement).then().statusCode(200).extract()
                .path("studentNumber");
        studentToken = Tokens.student("student-" + student, student);
        EmergencyContacts.put(studentToken, EmergencyContacts.ENOUGH).then().statusCode(200);
        given().auth().oauth2(studentToken).contentType(ContentType.JSON).body(ADDRESS)
                .when().put(placement + "/address-abroad").then().statusCode(200);
    }

    @Test
    void staffReadingEmergencyContactsIsRecorded() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/students/" + student + "/emergency-contacts")
                .then().statusCode(200);

        assertEquals(List.of("EMERGENCY_CONTACTS"), AccessLogs.reads(student));
    }

    @Test
    void staffReadingAStudentWhoGaveNoContactsRecordsNothing() {
        String placementOfAnother = StaffPlacements.placementIn("MN", "2027-09-06", "2027-11-01", false);
        String without = given().auth().oauth2(Tokens.staff()).when().get(placementOfAnother).then().statusCode(200)
                .extract().path("studentNumber");

        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/students/" + without + "/emergency-contacts")
                .then().statusCode(200);

        assertEquals(List.of(), AccessLogs.reads(without));
    }

    @Test
    void staffReadingAnAddressAbroadIsRecorded() {
        given().auth().oauth2(Tokens.staff()).when().get(placement + "/address-abroad").then().statusCode(200);

        assertEquals(List.of("ADDRESS_ABROAD " + placementId), AccessLogs.reads(student));
        assertEquals(placementId, ((Number) AccessLogs.of(student).getFirst().get("placementId")).longValue());
    }

    @Test
    void theListOfWhoIsAbroadRecordsEachStudentListed() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/abroad?countryCode=MN&on=2027-10-01").then()
                .statusCode(200);

        assertEquals(List.of("ABROAD_LIST " + placementId), AccessLogs.reads(student));
    }

    @Test
    void theListOfWhoIsAbroadAsCsvIsRecordedToo() {
        given().auth().oauth2(Tokens.staff()).accept("text/csv").when()
                .get("/api/v1/abroad?countryCode=MN&on=2027-10-01").then().statusCode(200);

        assertEquals(List.of("ABROAD_LIST " + placementId), AccessLogs.reads(student));
    }

    @Test
    void theListOfWhoIsAbroadRecordsEveryStudentInItOnceWithOneInstant() {
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String location = StaffPlacements.placementIn("MN", "2027-09-06", "2027-11-01", true);
            others.add(given().auth().oauth2(Tokens.staff()).when().get(location).then().statusCode(200).extract()
                    .path("studentNumber"));
        }

        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/abroad?countryCode=MN&on=2027-10-01").then()
                .statusCode(200);

        Object readAt = AccessLogs.of(student).getFirst().get("readAt");
        for (String other : others) {
            List<Map<String, Object>> log = AccessLogs.of(other);
            assertEquals(1, log.size(), other);
            assertEquals("ABROAD_LIST", log.getFirst().get("resource"));
            assertEquals(readAt, log.getFirst().get("readAt"));
        }
    }

    @Test
    void staffReadingContactsWhileTheStudentChangesThemAllSucceed() throws Exception {
        String changed = EmergencyContacts.ENOUGH.replace("+31612345678", "+31612345679");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(() -> given().auth().oauth2(Tokens.staff()).when()
                    .get("/api/v1/students/" + student + "/emergency-contacts").statusCode());
            String body = i % 2 == 0 ? changed : EmergencyContacts.ENOUGH;
            calls.add(() -> EmergencyContacts.put(studentToken, body).statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(calls)) {
                statuses.add(answer.get());
            }
            assertEquals(Collections.nCopies(calls.size(), 200), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Collections.nCopies(6, "EMERGENCY_CONTACTS"), AccessLogs.reads(student));
    }

    @Test
    void aListThatDoesNotShowTheStudentRecordsNothingForThem() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/abroad?countryCode=MN&on=2027-12-01").then()
                .statusCode(200);

        assertEquals(List.of(), AccessLogs.reads(student));
    }

    @Test
    void theStudentsOwnReadsAreNotRecorded() {
        given().auth().oauth2(studentToken).when().get(EmergencyContacts.MINE).then().statusCode(200);
        given().auth().oauth2(studentToken).when().get("/api/v1/students/" + student + "/emergency-contacts")
                .then().statusCode(200);
        given().auth().oauth2(studentToken).when().get(placement + "/address-abroad").then().statusCode(200);

        assertEquals(List.of(), AccessLogs.reads(student));
    }

    @Test
    void anotherStudentAndCoordinatorsAreRefusedAndLeaveNoRecord() {
        String other = TestStudents.fresh().token();
        given().auth().oauth2(other).when().get("/api/v1/students/" + student + "/emergency-contacts").then()
                .statusCode(404);
        given().auth().oauth2(other).when().get(placement + "/address-abroad").then().statusCode(404);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/v1/students/" + student + "/emergency-contacts")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).when().get(placement + "/address-abroad").then().statusCode(403);

        assertEquals(List.of(), AccessLogs.reads(student));
    }
}
