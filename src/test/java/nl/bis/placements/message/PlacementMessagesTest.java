package nl.bis.placements.message;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.deliver;
import static nl.bis.placements.testing.PlacementRequest.fromKlApp;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The messages about a student's own placement, queued with the change that causes them, in Dutch and English. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class PlacementMessagesTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void earlyMarch2027() {
        clock.fixOn(LocalDate.of(2027, 3, 10));
    }

    /** Staff register a senior clerkship in Kumasi, Ghana, for a fresh student; its path. */
    private static String registeredByStaff(String student) {
        return register(Tokens.staff(), placement("SENIOR_CLERKSHIP", "GH", "2027-10-04", "2027-11-29")
                .forStudent(student)).then().statusCode(201).extract().header("Location");
    }

    private static long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static Response move(String location, String status, String reason) {
        String body = reason == null ? "{\"status\": \"%s\"}".formatted(status)
                : "{\"status\": \"%s\", \"reason\": \"%s\"}".formatted(status, reason);
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .when().post(location + "/status");
    }

    @Test
    void aRegistrationQueuesTheIntakeInvitationInDutch() {
        String student = TestStudents.freshNumber();
        long placement = idOf(registeredByStaff(student));

        OutboxMessageEntity message = Queued.only(student, MessageKind.REGISTRATION_RECEIVED);
        assertEquals(placement, message.placementId);
        assertEquals("s" + student + "@student.example.org", message.recipient);
        assertEquals("Je aanmelding is ontvangen: senior coschap in Kumasi, Ghana", message.subject);
        assertThat(message.bodyText, allOf(containsString("Beste Student " + student),
                containsString("uitgenodigd voor een gesprek (intake)")));
    }

    @Test
    void aStudentWhoReadsEnglishGetsTheRegistrationInEnglish() {
        String student = TestStudents.freshNumber();
        String token = Tokens.sign(Tokens.builder("student-" + student, "student").claim("student_number", student)
                .claim("locale", "en-GB"));

        register(token, placement("SENIOR_CLERKSHIP", "ZA", "2027-10-04", "2027-11-29")).then().statusCode(201);

        OutboxMessageEntity message = Queued.only(student, MessageKind.REGISTRATION_RECEIVED);
        assertEquals("en", message.locale);
        assertEquals("Your registration has been received: senior clerkship in Kumasi, South Africa", message.subject);
        assertThat(message.bodyText, containsString("invited for a conversation (intake)"));
    }

    @Test
    void aKlAppRegistrationGetsTheSameMessage() {
        String student = TestStudents.freshNumber();
        long placement = deliver("KL-" + UUID.randomUUID(), fromKlApp(student)).then().statusCode(201)
                .extract().jsonPath().getLong("placementId");

        OutboxMessageEntity message = Queued.only(student, MessageKind.REGISTRATION_RECEIVED);
        assertEquals(placement, message.placementId);
        assertEquals("Je aanmelding is ontvangen: wetenschappelijke stage in Kumasi, Ghana", message.subject);
    }

    @Test
    void aRefusedRegistrationQueuesNothing() {
        TestStudents.Student student = TestStudents.fresh();

        register(student.token(), placement("SENIOR_CLERKSHIP", "GH", "2027-05-03", "2027-06-28"))
                .then().statusCode(422);

        assertThat(Queued.to(student.number()), empty());
    }

    @Test
    void aLateRegistrationAcceptedByStaffTellsTheStudentWhy() {
        String student = TestStudents.freshNumber();
        Queued.speaksEnglishFromTheStart(student);
        register(Tokens.staff(), placement("SENIOR_CLERKSHIP", "GH", "2027-05-03", "2027-06-28").forStudent(student)
                .lateReason("Host confirmed only last week")).then().statusCode(201);

        OutboxMessageEntity message = Queued.only(student, MessageKind.LATE_REGISTRATION_ACCEPTED);
        assertEquals("Your late registration was accepted: senior clerkship in Ghana", message.subject);
        assertThat(message.bodyText, allOf(containsString("cutoff of 3 November 2026"),
                containsString("for this reason: Host confirmed only last week")));
        Queued.only(student, MessageKind.REGISTRATION_RECEIVED);
    }

    @Test
    void aLateRegistrationAcceptedLaterByAChangeIsToldOnce() {
        String student = TestStudents.freshNumber();
        String location = registeredByStaff(student);
        for (String reason : new String[] {"Departure moved forward by the host", "Host moved it again"}) {
            String departure = reason.startsWith("Host") ? "2027-05-10" : "2027-05-03";
            given().auth().oauth2(Tokens.staff()).contentType("application/merge-patch+json")
                    .header("If-Match", given().auth().oauth2(Tokens.staff()).get(location).header("ETag"))
                    .body("{\"departureDate\": \"%s\", \"returnDate\": \"2027-06-28\", \"lateReason\": \"%s\"}"
                            .formatted(departure, reason))
                    .when().patch(location).then().statusCode(200);
        }

        OutboxMessageEntity message = Queued.only(student, MessageKind.LATE_REGISTRATION_ACCEPTED);
        assertThat(message.bodyText, containsString("met deze reden: Departure moved forward by the host"));
    }

    @Test
    void anApprovalIsQueuedWithThePlacement() {
        String student = TestStudents.freshNumber();
        String location = registeredByStaff(student);
        move(location, "INTAKE_SCHEDULED", null).then().statusCode(200);
        assertThat(Queued.to(student, MessageKind.PLACEMENT_APPROVED), empty());

        move(location, "APPROVED", "Intake went well").then().statusCode(200);

        OutboxMessageEntity message = Queued.only(student, MessageKind.PLACEMENT_APPROVED);
        assertEquals(idOf(location), message.placementId);
        assertEquals("Je senior coschap in Ghana is goedgekeurd", message.subject);
        assertThat(message.bodyText, allOf(containsString("van 4 oktober 2027 tot 29 november 2027"),
                containsString("Toelichting: Intake went well")));
    }

    @Test
    void aRejectionNamesTheReasonInDutch() {
        String student = TestStudents.freshNumber();
        String location = registeredByStaff(student);
        move(location, "INTAKE_SCHEDULED", null).then().statusCode(200);

        move(location, "REJECTED", "The host cannot supervise in October").then().statusCode(200);

        OutboxMessageEntity message = Queued.only(student, MessageKind.PLACEMENT_REJECTED);
        assertEquals("Je senior coschap in Ghana is niet goedgekeurd", message.subject);
        assertThat(message.bodyText, containsString("Reden: The host cannot supervise in October"));
    }

    @Test
    void aRejectionNamesTheReasonInEnglish() {
        String student = TestStudents.freshNumber();
        String location = registeredByStaff(student);
        move(location, "INTAKE_SCHEDULED", null).then().statusCode(200);
        Queued.speaksEnglish(student);

        move(location, "REJECTED", "The host cannot supervise in October").then().statusCode(200);

        OutboxMessageEntity message = Queued.only(student, MessageKind.PLACEMENT_REJECTED);
        assertEquals("Your senior clerkship in Ghana has not been approved", message.subject);
        assertThat(message.bodyText, containsString("Reason: The host cannot supervise in October"));
    }

    @Test
    void aWithdrawalIsConfirmed() {
        TestStudents.Student student = TestStudents.fresh();
        String location = register(student.token(), placement("SENIOR_CLERKSHIP", "GH", "2027-10-04", "2027-11-29"))
                .then().statusCode(201).extract().header("Location");

        given().auth().oauth2(student.token()).contentType(ContentType.JSON)
                .body("{\"status\": \"WITHDRAWN\", \"reason\": \"Found a place closer to home\"}")
                .when().post(location + "/status").then().statusCode(200);

        OutboxMessageEntity message = Queued.only(student.number(), MessageKind.PLACEMENT_WITHDRAWN);
        assertEquals("Je senior coschap in Ghana is ingetrokken", message.subject);
        assertThat(message.bodyText, containsString("Reden: Found a place closer to home"));
    }

    @Test
    void aRefusedStatusChangeQueuesNothing() {
        String student = TestStudents.freshNumber();
        String location = registeredByStaff(student);
        move(location, "INTAKE_SCHEDULED", null).then().statusCode(200);

        move(location, "REJECTED", null).then().statusCode(400);
        move(location, "ABROAD", null).then().statusCode(409);

        assertEquals(java.util.List.of(MessageKind.REGISTRATION_RECEIVED),
                Queued.to(student).stream().map(message -> message.kind).toList());
    }

    @Test
    void aChangeRolledBackAfterItsMessageWasQueuedTakesTheMessageWithIt() {
        String student = TestStudents.freshNumber();
        RefusingObserver.sawItsMessage = false;

        register(Tokens.staff(), placement("SENIOR_CLERKSHIP", "GH", "2027-10-04", "2027-11-29").forStudent(student)
                .notes(RefusingObserver.MARKER)).then().statusCode(500);

        assertEquals(true, RefusingObserver.sawItsMessage);
        assertThat(Queued.to(student), empty());
    }

    @Test
    void decisionsReachStudentsWhoOptedOutOfReminders() {
        String student = TestStudents.freshNumber();
        String location = registeredByStaff(student);
        Queued.optsOutOfReminders(student);
        move(location, "INTAKE_SCHEDULED", null).then().statusCode(200);

        move(location, "REJECTED", "No supervisor").then().statusCode(200);

        Queued.only(student, MessageKind.PLACEMENT_REJECTED);
    }
}
