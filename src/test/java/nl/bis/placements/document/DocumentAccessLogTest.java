package nl.bis.placements.document;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.StaffPlacements.placementIn;
import static nl.bis.placements.testing.Uploads.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.bis.placements.testing.AccessLogs;
import nl.bis.placements.testing.SampleFiles;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every read of a student's documents by staff or a coordinator, metadata or content, is in the student's access log;
 * the student's own reads and refused reads are not.
 */
@QuarkusTest
class DocumentAccessLogTest {

    private String placement;
    private long placementId;
    private String student;
    private String owner;
    private long document;

    @BeforeEach
    void aPlacementWithADocument() {
        placement = placementIn("GH", "2027-09-06", "2027-11-01", false);
        placementId = Long.parseLong(placement.substring(placement.lastIndexOf('/') + 1));
        student = given().auth().oauth2(Tokens.staff()).when().get(placement).then().statusCode(200).extract()
                .path("studentNumber");
        owner = Tokens.student("owner-" + student, student);
        document = upload(owner, placement + "/documents", "agreement.pdf", SampleFiles.pdf()).then()
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void staffReadingADocumentsMetadataIsRecorded() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/documents/" + document).then().statusCode(200);

        assertEquals(List.of("DOCUMENT " + document), AccessLogs.reads(student));
        assertEquals(placementId, ((Number) AccessLogs.of(student).getFirst().get("placementId")).longValue());
    }

    @Test
    void staffDownloadingADocumentIsRecorded() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/documents/" + document + "/content").then()
                .statusCode(200);

        assertEquals(List.of("DOCUMENT " + document), AccessLogs.reads(student));
    }

    @Test
    void staffListingAPlacementsDocumentsRecordsEachOne() {
        long second = upload(owner, placement + "/documents", "insurance.pdf", SampleFiles.pdf()).then()
                .statusCode(201).extract().jsonPath().getLong("id");

        given().auth().oauth2(Tokens.staff()).when().get(placement + "/documents").then().statusCode(200);

        assertEquals(List.of("DOCUMENT " + document, "DOCUMENT " + second).stream().sorted().toList(),
                AccessLogs.reads(student).stream().sorted().toList());
    }

    @Test
    void aCoordinatorsReadIsRecordedAsTheCoordinators() {
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/v1/documents/" + document).then()
                .statusCode(200);

        var read = AccessLogs.of(student).getFirst();
        assertEquals("coordinator1", read.get("readBy"));
        assertEquals("COORDINATOR", read.get("readerRole"));
    }

    @Test
    void theStudentsOwnReadsAreNotRecorded() {
        given().auth().oauth2(owner).when().get("/api/v1/documents/" + document).then().statusCode(200);
        given().auth().oauth2(owner).when().get("/api/v1/documents/" + document + "/content").then().statusCode(200);
        given().auth().oauth2(owner).when().get(placement + "/documents").then().statusCode(200);

        assertEquals(List.of(), AccessLogs.reads(student));
    }

    @Test
    void anotherStudentAnsweredNotFoundLeavesNoRecord() {
        String other = TestStudents.fresh().token();
        given().auth().oauth2(other).when().get("/api/v1/documents/" + document).then().statusCode(404);
        given().auth().oauth2(other).when().get("/api/v1/documents/" + document + "/content").then().statusCode(404);
        given().auth().oauth2(other).when().get(placement + "/documents").then().statusCode(404);

        assertEquals(List.of(), AccessLogs.reads(student));
    }

    @Test
    void concurrentReadsAreAllAnsweredAndAllRecorded() throws Exception {
        int readers = 12;
        List<Callable<Integer>> reads = new ArrayList<>(Collections.nCopies(readers, () -> given()
                .auth().oauth2(Tokens.staff()).when().get("/api/v1/documents/" + document + "/content").statusCode()));
        ExecutorService pool = Executors.newFixedThreadPool(readers);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(reads)) {
                statuses.add(answer.get());
            }
            assertEquals(Collections.nCopies(readers, 200), statuses);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Collections.nCopies(readers, "DOCUMENT " + document), AccessLogs.reads(student));
    }
}
