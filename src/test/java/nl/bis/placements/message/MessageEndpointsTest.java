package nl.bis.placements.message;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import nl.bis.placements.student.StudentEntity;
import nl.bis.placements.testing.GreenMailResource;
import nl.bis.placements.testing.StaffPlacements;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Who reads which messages, staff sending a failed one again, and a student's choice of language and reminders. */
@QuarkusTest
class MessageEndpointsTest {

    @Inject
    Outbox outbox;

    @Inject
    OutboxDispatcher dispatcher;

    private long queue(String student, MessageRefs refs) {
        return QuarkusTransaction.requiringNew().call(() -> {
            outbox.toStudent(MessageKind.REGISTRATION_RECEIVED, student, refs, Messages.REGISTRATION, null);
            return OutboxMessageEntity.<OutboxMessageEntity>find("studentNumber = ?1 order by id desc", student)
                    .firstResult().id;
        });
    }

    private long queueToStaff(long placementId) {
        String key = "test-staff-placement:" + placementId;
        QuarkusTransaction.requiringNew().run(() -> outbox.toStaff(MessageKind.REGISTRATION_RECEIVED,
                MessageRefs.placement(placementId), Map.of("studentName", "BIS", "placementType", "Research internship",
                        "destination", "Kumasi, Ghana", "departureDate", "2031-09-01"), key));
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxMessageEntity.<OutboxMessageEntity>find("dedupKey", key).singleResult().id);
    }

    private static String token(String student) {
        return Tokens.student("student-" + student, student);
    }

    private void dispatchAll() {
        while (dispatcher.dispatch() > 0) {
            // the next batch
        }
    }

    @Test
    void aStudentReadsTheirOwnMessagesNewestFirstOnePageAtATime() {
        String student = Messages.student();
        long first = queue(student, MessageRefs.NONE);
        long second = queue(student, MessageRefs.NONE);
        queue(Messages.student(), MessageRefs.NONE);

        given().auth().oauth2(token(student)).queryParam("size", 1).when().get("/api/v1/me/messages").then()
                .statusCode(200)
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2)).body("size", equalTo(1))
                .body("items.id", contains((int) second))
                .body("items[0].subject", containsString("Je aanmelding is ontvangen"))
                .body("items[0].bodyText", containsString("Beste Student " + student))
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].messageId", containsString("@"));
        given().auth().oauth2(token(student)).queryParam("size", 1).queryParam("page", 1)
                .when().get("/api/v1/me/messages").then()
                .statusCode(200).body("items.id", contains((int) first));
    }

    @Test
    void onlyStudentsHaveMessagesOfTheirOwn() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/me/messages").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator()).when().get("/api/v1/me/messages").then().statusCode(403);
    }

    @Test
    void thePlacementsStudentStaffAndCoordinatorsReadItsMessagesAndNoOneElse() {
        String location = StaffPlacements.placementIn("GH", "2031-09-01", "2031-12-01", false);
        long placementId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String student = given().auth().oauth2(Tokens.staff()).when().get(location).then().extract()
                .path("studentNumber");
        long toStudent = queue(student, MessageRefs.placement(placementId));
        long toStaff = queueToStaff(placementId);

        given().auth().oauth2(token(student)).when().get(location + "/messages").then().statusCode(200)
                .body("id", hasItem((int) toStudent)).body("id", not(hasItem((int) toStaff)));
        for (String reader : new String[] {Tokens.staff(), Tokens.coordinator()}) {
            given().auth().oauth2(reader).when().get(location + "/messages").then().statusCode(200)
                    .body("id", hasItem((int) toStudent)).body("id", hasItem((int) toStaff));
        }
        given().auth().oauth2(token(Messages.student())).when().get(location + "/messages").then().statusCode(404)
                .body("type", endsWithSlug("not-found")).body("toString()", not(containsString("Kumasi")));
    }

    @Test
    void staffFindAMessageTheServerRefusedAndSendItAgainToTheCorrectedAddress() {
        String student = Messages.student("Refused Student",
                GreenMailResource.REFUSED + "." + System.nanoTime() + "@example.org", null);
        long id = queue(student, MessageRefs.NONE);
        dispatchAll();

        given().auth().oauth2(Tokens.staff()).queryParam("status", "FAILED").queryParam("studentNumber", student)
                .when().get("/api/v1/messages").then().statusCode(200)
                .body("items.id", contains((int) id))
                .body("items[0].lastError", containsString("550"))
                .body("items[0].attempts", equalTo(1));

        String corrected = "corrected." + student + "@example.org";
        QuarkusTransaction.requiringNew().run(() -> StudentEntity.<StudentEntity>findById(student).email = corrected);
        given().auth().oauth2(Tokens.staff()).when().post("/api/v1/messages/" + id + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("attempts", equalTo(0)).body("recipient", equalTo(corrected));
        dispatchAll();

        given().auth().oauth2(token(student)).when().get("/api/v1/me/messages").then().statusCode(200)
                .body("items[0].status", equalTo("SENT")).body("items[0].lastError", nullValue());
        org.junit.jupiter.api.Assertions.assertEquals(1, GreenMailResource.receivedFor(corrected).size());
    }

    @Test
    void onlyAFailedMessageIsSentAgain() {
        long id = queue(Messages.student(), MessageRefs.NONE);

        given().auth().oauth2(Tokens.staff()).when().post("/api/v1/messages/" + id + "/retry").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWithSlug("message-not-failed")).body("messageStatus", equalTo("PENDING"));
        given().auth().oauth2(Tokens.staff()).when().post("/api/v1/messages/" + Long.MAX_VALUE + "/retry").then()
                .statusCode(404);
    }

    @Test
    void aMessageToAStudentWithoutAddressStaysFailed() {
        long id = queue(Messages.student("No Mail", null, null), MessageRefs.NONE);

        given().auth().oauth2(Tokens.staff()).when().post("/api/v1/messages/" + id + "/retry").then().statusCode(409)
                .body("type", endsWithSlug("message-undeliverable"));
    }

    @Test
    void onlyStaffListEveryonesMessagesAndRetry() {
        long id = queue(Messages.student(), MessageRefs.NONE);
        for (String caller : new String[] {Tokens.coordinator(), token(Messages.student())}) {
            given().auth().oauth2(caller).when().get("/api/v1/messages").then().statusCode(403);
            given().auth().oauth2(caller).when().post("/api/v1/messages/" + id + "/retry").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.staff()).queryParam("status", "LOST").when().get("/api/v1/messages").then()
                .statusCode(400).body("violations[0].field", equalTo("status"));
    }

    @Test
    void aStudentWithoutChoiceGetsTheDefaults() {
        given().auth().oauth2(token(Messages.student())).when().get("/api/v1/me/message-preferences").then()
                .statusCode(200).body("reminders", equalTo(true)).body("locale", nullValue());
    }

    @Test
    void aStudentWhoSwitchesRemindersOffGetsNoneButStillTheDecisions() {
        String student = Messages.student();

        given().auth().oauth2(token(student)).contentType(ContentType.JSON)
                .body("{\"locale\": \"en\", \"reminders\": false}")
                .when().put("/api/v1/me/message-preferences").then().statusCode(200)
                .body("locale", equalTo("en")).body("reminders", equalTo(false));
        given().auth().oauth2(token(student)).when().get("/api/v1/me/message-preferences").then()
                .statusCode(200).body("locale", equalTo("en")).body("reminders", equalTo(false));

        boolean reminded = QuarkusTransaction.requiringNew().call(() -> outbox.toStudent(
                MessageKind.READINESS_REMINDER, student, MessageRefs.NONE, Map.of(), null));
        org.junit.jupiter.api.Assertions.assertFalse(reminded);
        queue(student, MessageRefs.NONE);
        given().auth().oauth2(token(student)).when().get("/api/v1/me/messages").then().statusCode(200)
                .body("items.kind", contains("REGISTRATION_RECEIVED"))
                .body("items[0].locale", equalTo("en"));
    }

    @Test
    void anUnknownLanguageIsRefused() {
        given().auth().oauth2(token(Messages.student())).contentType(ContentType.JSON)
                .body("{\"locale\": \"fr\", \"reminders\": true}")
                .when().put("/api/v1/me/message-preferences").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(token(Messages.student())).contentType(ContentType.JSON).body("{\"locale\": \"en\"}")
                .when().put("/api/v1/me/message-preferences").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theLanguageOfTheStudentsSignInIsRememberedForTheirMessages() {
        String student = Messages.student();
        String english = Tokens.sign(Tokens.builder("student-" + student, "student")
                .claim("student_number", student).claim("locale", "en-GB"));

        given().auth().oauth2(english).when().get("/api/v1/me/message-preferences").then().statusCode(200);
        queue(student, MessageRefs.NONE);

        given().auth().oauth2(english).when().get("/api/v1/me/messages").then().statusCode(200)
                .body("items[0].locale", equalTo("en"))
                .body("items[0].subject", containsString("Your registration has been received"));
    }

    private static org.hamcrest.Matcher<String> endsWithSlug(String slug) {
        return org.hamcrest.Matchers.endsWith("/problems/" + slug);
    }
}
