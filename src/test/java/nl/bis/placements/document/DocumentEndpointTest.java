package nl.bis.placements.document;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.StaffPlacements.approve;
import static nl.bis.placements.testing.StaffPlacements.placementIn;
import static nl.bis.placements.testing.Uploads.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import nl.bis.placements.testing.SampleFiles;
import nl.bis.placements.testing.Tokens;
import nl.bis.placements.testing.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentEndpointTest {

    private String placement;
    private String owner;
    private String otherStudent;

    @BeforeEach
    void aRegisteredPlacementOfOneStudentAndAnotherStudent() {
        placement = placementIn("GH", "2027-09-06", "2027-11-01", false);
        String number = given().auth().oauth2(Tokens.staff()).when().get(placement).then().statusCode(200)
                .extract().path("studentNumber");
        owner = Tokens.student("owner-" + number, number);
        otherStudent = Tokens.student("other", nl.bis.placements.testing.TestStudents.freshNumber());
    }

    private String documents() {
        return placement + "/documents";
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void aStudentUploadsAPdfAndDownloadsItAsAnAttachment() throws Exception {
        byte[] pdf = SampleFiles.pdf();
        Response created = upload(owner, documents(), "learning agreement.pdf", "application/pdf", pdf,
                "LEARNING_AGREEMENT");
        created.then().statusCode(201)
                .header("Location", matchesPattern("/api/v1/documents/\\d+"))
                .body("subject", equalTo("PLACEMENT"))
                .body("kind", equalTo("LEARNING_AGREEMENT"))
                .body("fileName", equalTo("learning agreement.pdf"))
                .body("mediaType", equalTo("application/pdf"))
                .body("size", equalTo(pdf.length))
                .body("sha256", equalTo(sha256(pdf)))
                .body("createdBy", startsWith("owner-"));
        String location = created.header("Location");

        given().auth().oauth2(owner).when().get(location).then().statusCode(200)
                .body("sha256", equalTo(sha256(pdf)));
        byte[] downloaded = given().auth().oauth2(owner).when().get(location + "/content").then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", equalTo(
                        "attachment; filename=\"learning agreement.pdf\"; filename*=UTF-8''learning%20agreement.pdf"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Cache-Control", equalTo("no-store"))
                .header("ETag", equalTo("\"" + sha256(pdf) + "\""))
                .extract().asByteArray();
        assertArrayEquals(pdf, downloaded);
        given().auth().oauth2(Tokens.staff()).when().get(documents()).then().statusCode(200)
                .body("", hasSize(1)).body("[0].fileName", equalTo("learning agreement.pdf"));
        given().auth().oauth2(Tokens.coordinator()).when().get(location + "/content").then().statusCode(200);
    }

    @Test
    void pngAndJpegAreAcceptedByTheirContentWhateverTheyAreCalled() {
        upload(owner, documents(), "photo.pdf", "application/pdf", SampleFiles.png(), null).then().statusCode(201)
                .body("mediaType", equalTo("image/png"));
        upload(owner, documents(), "scan", "application/octet-stream", SampleFiles.jpeg(), null).then()
                .statusCode(201).body("mediaType", equalTo("image/jpeg")).body("fileName", equalTo("scan"));
    }

    @Test
    void aRenamedProgramIsRefusedByItsContentAndLeavesNothing() {
        upload(owner, documents(), "scan.pdf", "application/pdf", SampleFiles.executable(), null).then()
                .statusCode(415).contentType("application/problem+json")
                .body("type", endsWith("/document-type-refused"))
                .body("detectedType", startsWith("application/x-msdownload"));
        upload(owner, documents(), "notes.pdf", "application/pdf",
                "just some text".getBytes(StandardCharsets.UTF_8), null).then()
                .statusCode(415).body("detectedType", equalTo("text/plain"));
        given().auth().oauth2(owner).when().get(documents()).then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void anElevenMegabyteFileIsRefusedAndSoIsOneByteOverTenMegabytes() throws Exception {
        var refused = Uploads.expectingContinue(owner, documents(), "big.pdf", SampleFiles.pdfOfSize(11 * 1024 * 1024));
        assertEquals(413, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("/problems/payload-too-large"), refused.body());
        upload(owner, documents(), "big.pdf", "application/pdf",
                SampleFiles.pdfOfSize(10 * 1024 * 1024 + 1), null)
                .then().statusCode(413).body("detail", containsString("10485761 bytes"));
        upload(owner, documents(), "exactly-ten.pdf", "application/pdf",
                SampleFiles.pdfOfSize(10 * 1024 * 1024), null).then().statusCode(201);
        given().auth().oauth2(owner).when().get(documents()).then().body("", hasSize(1));
    }

    @Test
    void emptyAndTruncatedFilesAreRefusedAndLeaveNothing() {
        upload(owner, documents(), "empty.pdf", "application/pdf", new byte[0], null).then().statusCode(400)
                .body("type", endsWith("/document-invalid"));
        for (byte[] truncated : new byte[][] {SampleFiles.truncated(SampleFiles.pdf()),
                SampleFiles.truncated(SampleFiles.png()), SampleFiles.truncated(SampleFiles.jpeg())}) {
            upload(owner, documents(), "cut.pdf", "application/pdf", truncated, null).then().statusCode(400)
                    .body("type", endsWith("/document-invalid"));
        }
        given().auth().oauth2(owner).when().get(documents()).then().body("", hasSize(0));
    }

    @Test
    void aFormWithoutAFileOrABadKindOrNoMultipartIsRefused() {
        given().auth().oauth2(owner).multiPart("kind", "LEARNING_AGREEMENT").when().post(documents()).then()
                .statusCode(400).body("type", endsWith("/validation")).body("violations[0].field", equalTo("file"));
        upload(owner, documents(), "a.pdf", "application/pdf", SampleFiles.pdf(), "not a kind; drop table").then()
                .statusCode(400).body("type", endsWith("/validation"));
        given().auth().oauth2(owner).contentType(ContentType.JSON).body("{\"file\": \"JVBERi0=\"}")
                .when().post(documents()).then().statusCode(415).body("type", endsWith("/unsupported-media-type"))
                .body("detail", containsString("multipart/form-data"));
        given().auth().oauth2(owner).when().get(documents()).then().body("", hasSize(0));
    }

    @Test
    void aMultipartBodyCutOffBeforeItsLastBoundaryIsRefused() {
        String body = "--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n";
        given().auth().oauth2(owner).contentType("multipart/form-data; boundary=XyZ")
                .body(body.getBytes(StandardCharsets.US_ASCII))
                .when().post(documents()).then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/malformed-request"));
        given().auth().oauth2(owner).contentType("multipart/form-data")
                .body("no boundary".getBytes(StandardCharsets.US_ASCII))
                .when().post(documents()).then().statusCode(400).contentType("application/problem+json");
        upload(owner, documents(), "a.pdf", "application/pdf", SampleFiles.pdf(), "K".repeat(5000)).then()
                .statusCode(413).body("type", endsWith("/payload-too-large")); // a form field beyond the HTTP layer's limit for one
        given().auth().oauth2(owner).when().get(documents()).then().body("", hasSize(0));
    }

    @Test
    void aFileNameCannotCarryADirectoryOrBreakTheHeader() {
        String location = upload(owner, documents(), "../../etc/evil;x=.pdf", "application/pdf",
                SampleFiles.pdf(), null).then().statusCode(201).body("fileName", equalTo("evil;x=.pdf"))
                .extract().header("Location");
        given().auth().oauth2(owner).when().get(location + "/content").then().statusCode(200)
                .header("Content-Disposition",
                        equalTo("attachment; filename=\"evil_x=.pdf\"; filename*=UTF-8''evil%3Bx%3D.pdf"));
    }

    @Test
    void anotherStudentCanNeitherSeeNorAddNorDelete() {
        String location = upload(owner, documents(), "a.pdf", SampleFiles.pdf()).then().statusCode(201)
                .extract().header("Location");

        given().auth().oauth2(otherStudent).when().get(location).then().statusCode(404);
        given().auth().oauth2(otherStudent).when().get(location + "/content").then().statusCode(404);
        given().auth().oauth2(otherStudent).when().delete(location).then().statusCode(404);
        given().auth().oauth2(otherStudent).when().get(documents()).then().statusCode(404);
        upload(otherStudent, documents(), "b.pdf", SampleFiles.pdf()).then().statusCode(404);
        given().auth().oauth2(owner).when().get(documents()).then().body("", hasSize(1));
        given().auth().oauth2(owner).when().get("/api/v1/documents/999999999").then().statusCode(404);
    }

    @Test
    void theOwnerDeletesWhileRegisteredButAfterApprovalTheDocumentIsKept() {
        String first = upload(owner, documents(), "a.pdf", SampleFiles.pdf()).then().statusCode(201)
                .extract().header("Location");
        String second = upload(owner, documents(), "b.pdf", SampleFiles.pdf()).then().statusCode(201)
                .extract().header("Location");

        given().auth().oauth2(Tokens.staff()).when().delete(first).then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).when().delete(first).then().statusCode(403);
        given().auth().oauth2(owner).when().delete(first).then().statusCode(204);
        given().auth().oauth2(owner).when().get(first).then().statusCode(404);

        approve(placement);
        given().auth().oauth2(owner).when().delete(second).then().statusCode(409)
                .body("type", endsWith("/document-kept"))
                .body("detail", containsString("is APPROVED"));
        given().auth().oauth2(owner).when().get(second).then().statusCode(200);
        upload(owner, documents(), "after-approval.pdf", SampleFiles.pdf()).then().statusCode(201);
    }

    @Test
    void aPlacementHoldsAtMostFiftyDocuments() {
        for (int i = 0; i < Documents.MAX_PER_SUBJECT; i++) {
            upload(owner, documents(), "page-" + i + ".pdf", SampleFiles.pdf()).then().statusCode(201);
        }
        upload(owner, documents(), "one-more.pdf", SampleFiles.pdf()).then().statusCode(409)
                .body("type", endsWith("/too-many-documents"))
                .body("detail", containsString("already holds 50 documents"));
        given().auth().oauth2(owner).when().get(documents()).then().body("", hasSize(50));
    }

    @Test
    void staffUploadForAStudentAndCoordinatorsOnlyRead() {
        upload(Tokens.staff(), documents(), "intake-notes.pdf", SampleFiles.pdf()).then().statusCode(201)
                .body("createdBy", equalTo("staff1"));
        upload(Tokens.coordinator(), documents(), "c.pdf", SampleFiles.pdf()).then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).when().get(documents()).then().statusCode(200)
                .body("", hasSize(1));
        given().when().get(documents()).then().statusCode(401);
    }

    @Test
    void jsonBodiesKeepTheirOwnLimitOfOneMegabyte() throws Exception {
        String big = "{\"notes\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(big)
                .when().post("/api/v1/placements").then().statusCode(413);
        // Refused from the headers alone (the body is not even sent): a form is no upload on another path.
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("POST " + placement + "/status HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + Tokens.staff() + "\r\n"
                    + "Content-Type: multipart/form-data; boundary=XyZ\r\n"
                    + "Content-Length: " + 2 * 1024 * 1024 + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            String statusLine = new String(socket.getInputStream().readNBytes("HTTP/1.1 413".length()),
                    StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", statusLine);
        }
    }
}
