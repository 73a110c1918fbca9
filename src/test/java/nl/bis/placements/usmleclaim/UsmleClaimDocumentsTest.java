package nl.bis.placements.usmleclaim;

import static nl.bis.placements.usmleclaim.Claims.as;
import static nl.bis.placements.usmleclaim.Claims.claim;
import static nl.bis.placements.usmleclaim.Claims.complete;
import static nl.bis.placements.usmleclaim.Claims.created;
import static nl.bis.placements.usmleclaim.Claims.move;
import static nl.bis.placements.usmleclaim.Claims.upload;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.SampleFiles;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The copies a claim needs: uploaded while it is a DRAFT, by its student or staff, then kept. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class UsmleClaimDocumentsTest {

    @Inject
    TestClock clock;

    private TestStudents.Student student;
    private String claim;

    @BeforeEach
    void aDraftClaim() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        student = TestStudents.fresh();
        claim = created(student.token(), claim("STEP_1"));
    }

    @Test
    void theStudentUploadsTheThreeCopiesAndTheClaimIsComplete() {
        String claimId = claim.substring(claim.lastIndexOf('/') + 1);
        upload(student.token(), claim, "DIPLOMA_OR_SCORE_REPORT", "score-report.png", SampleFiles.png())
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/documents/\\d+"))
                .body("subject", equalTo("USMLE_CLAIM"))
                .body("subjectId", equalTo(Integer.parseInt(claimId)))
                .body("kind", equalTo("DIPLOMA_OR_SCORE_REPORT"))
                .body("mediaType", equalTo("image/png"));
        as(student.token()).when().get(claim).then()
                .body("missingDocuments", contains("INVOICE", "PROOF_OF_PAYMENT"))
                .header("ETag", equalTo("\"1\""));
        upload(student.token(), claim, "INVOICE", "invoice.pdf", SampleFiles.pdf()).then().statusCode(201);
        clock.fixAt(clock.instant().plusSeconds(60)); // one new version per upload, whether or not time moved
        upload(Tokens.staff(), claim, "PROOF_OF_PAYMENT", "bank-statement.jpg", SampleFiles.jpeg())
                .then().statusCode(201).body("createdBy", equalTo("staff1"));

        as(student.token()).when().get(claim + "/documents").then().statusCode(200)
                .body("kind", contains("DIPLOMA_OR_SCORE_REPORT", "INVOICE", "PROOF_OF_PAYMENT"));
        as(student.token()).when().get(claim).then().body("missingDocuments", hasSize(0))
                .header("ETag", equalTo("\"3\""));
        as(student.token()).when().get(claim + "/history").then()
                .body("action", contains("CREATED", "DOCUMENT_ADDED", "DOCUMENT_ADDED", "DOCUMENT_ADDED"))
                .body("[2].changes[0].field", equalTo("documents"))
                .body("[2].changes[0].to", containsString("INVOICE invoice.pdf"));
    }

    @Test
    void aClaimWithoutEveryKindCannotBeSubmittedAndNamesWhatIsMissing() {
        upload(student.token(), claim, "INVOICE", "invoice.pdf", SampleFiles.pdf()).then().statusCode(201);
        upload(student.token(), claim, "INVOICE", "invoice-page-2.pdf", SampleFiles.pdf()).then().statusCode(201);
        move(student.token(), claim, "{\"status\": \"SUBMITTED\"}").then().statusCode(422)
                .body("type", endsWith("/claim-incomplete"))
                .body("missingDocuments", contains("DIPLOMA_OR_SCORE_REPORT", "PROOF_OF_PAYMENT"))
                .body("detail", containsString("PROOF_OF_PAYMENT"));
    }

    @Test
    void everyUploadNamesItsKind() {
        upload(student.token(), claim, null, "invoice.pdf", SampleFiles.pdf()).then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        upload(student.token(), claim, "RECEIPT", "invoice.pdf", SampleFiles.pdf()).then().statusCode(400)
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", containsString("PROOF_OF_PAYMENT"));
        as(student.token()).when().get(claim + "/documents").then().body("", hasSize(0));
    }

    @Test
    void onlyPdfPngAndJpegAreKept() {
        upload(student.token(), claim, "INVOICE", "invoice.pdf", SampleFiles.executable()).then().statusCode(415)
                .body("type", endsWith("/document-type-refused"));
        as(student.token()).when().get(claim).then().header("ETag", equalTo("\"0\""));
    }

    @Test
    void anotherStudentsClaimTakesNoDocumentsAndShowsNone() {
        String other = TestStudents.fresh().token();
        upload(other, claim, "INVOICE", "invoice.pdf", SampleFiles.pdf()).then().statusCode(404);
        as(other).when().get(claim + "/documents").then().statusCode(404);
        upload(Tokens.coordinator(), claim, "INVOICE", "invoice.pdf", SampleFiles.pdf()).then().statusCode(403);
        as(Tokens.coordinator()).when().get(claim + "/documents").then().statusCode(403);
        as(Tokens.staff()).when().get(claim + "/documents").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void deletingADraftsCopyIsANewVersionAndInTheHistory() {
        long wrong = upload(student.token(), claim, "INVOICE", "wrong-invoice.pdf", SampleFiles.pdf())
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(student.token()).when().get(claim).then().header("ETag", equalTo("\"1\""));

        as(student.token()).when().delete("/api/v1/documents/" + wrong).then().statusCode(204);

        as(student.token()).when().get(claim).then().header("ETag", equalTo("\"2\""))
                .body("missingDocuments", contains("DIPLOMA_OR_SCORE_REPORT", "INVOICE", "PROOF_OF_PAYMENT"));
        as(student.token()).when().get(claim + "/history").then()
                .body("action", contains("CREATED", "DOCUMENT_ADDED", "DOCUMENT_REMOVED"))
                .body("[2].changes[0].from", containsString("INVOICE wrong-invoice.pdf"));
    }

    @Test
    void coordinatorsReadNoCopiesOfAClaimThoughTheyReadAPlacementsDocuments() {
        long copy = upload(student.token(), claim, "INVOICE", "invoice.pdf", SampleFiles.pdf())
                .then().statusCode(201).extract().jsonPath().getLong("id");

        as(Tokens.coordinator()).when().get("/api/v1/documents/" + copy).then().statusCode(404);
        as(Tokens.coordinator()).when().get("/api/v1/documents/" + copy + "/content").then().statusCode(404);
        as(Tokens.staff()).when().get("/api/v1/documents/" + copy + "/content").then().statusCode(200);
        as(student.token()).when().get("/api/v1/documents/" + copy).then().statusCode(200);
    }

    @Test
    void afterSubmissionTheCopiesAreKept() {
        long draftDocument = upload(student.token(), claim, "INVOICE", "wrong-invoice.pdf", SampleFiles.pdf())
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as(student.token()).when().delete("/api/v1/documents/" + draftDocument).then().statusCode(204);

        complete(student.token(), claim);
        move(student.token(), claim, "{\"status\": \"SUBMITTED\"}").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        upload(student.token(), claim, "INVOICE", "late.pdf", SampleFiles.pdf()).then().statusCode(409)
                .body("type", endsWith("/claim-not-editable"));
        upload(Tokens.staff(), claim, "INVOICE", "late.pdf", SampleFiles.pdf()).then().statusCode(409);
        long kept = as(student.token()).when().get(claim + "/documents").then().statusCode(200)
                .body("", hasSize(3)).extract().jsonPath().getLong("[0].id");
        as(student.token()).when().delete("/api/v1/documents/" + kept).then().statusCode(409)
                .body("type", endsWith("/document-kept"))
                .body("detail", containsString("SUBMITTED"));
    }
}
