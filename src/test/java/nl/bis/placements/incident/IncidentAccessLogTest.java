package nl.bis.placements.incident;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.bis.placements.testing.AccessLogs;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every read of a student's incidents by staff is in the student's access log; the student's own reads are not. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class IncidentAccessLogTest {

    @Inject
    TestClock clock;

    private Incidents.Placement placement;
    private String student;
    private long incident;

    @BeforeEach
    void aNeedleStickInjuryReported() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        placement = Incidents.abroad("Logged Hospital " + TestStudents.freshNumber());
        student = placement.student().number();
        clock.fixOn(LocalDate.of(2027, 10, 20));
        incident = Incidents.reported(placement.student().token(), placement.location(), "NEEDLESTICK_INJURY",
                "2027-10-01");
    }

    @Test
    void staffReadingAnIncidentIsRecordedWithWhoWhenAndWhat() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/incidents/" + incident).then().statusCode(200);

        List<Map<String, Object>> log = AccessLogs.of(student);
        assertEquals(1, log.size());
        Map<String, Object> read = log.getFirst();
        assertEquals("INCIDENT", read.get("resource"));
        assertEquals(String.valueOf(incident), read.get("resourceId"));
        assertEquals(placement.id(), ((Number) read.get("placementId")).longValue());
        assertEquals("staff1", read.get("readBy"));
        assertEquals("STAFF", read.get("readerRole"));
        assertEquals(student, read.get("studentNumber"));
        assertEquals(clock.instant().toString().replace("Z", ".000000Z"), read.get("readAt"));
    }

    @Test
    void staffListingAPlacementsIncidentsRecordsEachOne() {
        long second = Incidents.reported(placement.student().token(), placement.location(), "ILLNESS", "2027-10-02");

        given().auth().oauth2(Tokens.staff()).when().get(placement.location() + "/incidents").then().statusCode(200);

        assertEquals(List.of("INCIDENT " + incident, "INCIDENT " + second).stream().sorted().toList(),
                AccessLogs.reads(student).stream().sorted().toList());
    }

    @Test
    void theStaffListingRecordsEachIncidentOnThePage() {
        given().auth().oauth2(Tokens.staff()).queryParam("studentNumber", student).when().get("/api/v1/incidents")
                .then().statusCode(200);

        assertEquals(List.of("INCIDENT " + incident), AccessLogs.reads(student));
    }

    @Test
    void theStudentsOwnReadsAreNotRecorded() {
        String own = placement.student().token();
        given().auth().oauth2(own).when().get("/api/v1/incidents/" + incident).then().statusCode(200);
        given().auth().oauth2(own).when().get(placement.location() + "/incidents").then().statusCode(200);

        assertEquals(List.of(), AccessLogs.reads(student));
    }

    @Test
    void anotherStudentAnsweredNotFoundLeavesNoRecord() {
        String other = TestStudents.fresh().token();
        given().auth().oauth2(other).when().get("/api/v1/incidents/" + incident).then().statusCode(404);
        given().auth().oauth2(other).when().get(placement.location() + "/incidents").then().statusCode(404);

        assertEquals(List.of(), AccessLogs.reads(student));
    }

    @Test
    void countsTheSummaryAndRefusedReadsAreNotRecorded() {
        given().auth().oauth2(Tokens.coordinator()).when().get(placement.location() + "/incident-count").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.staff()).queryParam("year", 2027).when().get("/api/v1/incidents/summary").then()
                .statusCode(200);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/v1/incidents/" + incident).then()
                .statusCode(403);

        assertEquals(List.of(), AccessLogs.reads(student));
    }
}
