package nl.bis.placements.message;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.EventRequest.createdId;
import static nl.bis.placements.testing.EventRequest.meeting;
import static nl.bis.placements.testing.EventRequest.signUp;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import nl.bis.placements.testing.Checklists;
import nl.bis.placements.testing.EmergencyContacts;
import nl.bis.placements.testing.StaffPlacements;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.TestStudents.Student;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily reminders, run as the scheduler would with the test clock: each is queued once however often the job
 * runs, and never to a student who opted out of reminders.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class RemindersTest {

    @Inject
    TestClock clock;

    @Inject
    Reminders reminders;

    private void runOn(LocalDate day) {
        clock.fixOn(day);
        reminders.run();
    }

    /** Staff register an elective for a fresh student (no lead time applies); its path. */
    private static String elective(String student, String country, String departure, String returnDate) {
        return register(Tokens.staff(), placement("ELECTIVE_CLERKSHIP", country, departure, returnDate)
                .forStudent(student)).then().statusCode(201).extract().header("Location");
    }

    private static void move(String location, String status) {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"status\": \"" + status + "\"}")
                .when().post(location + "/status").then().statusCode(200);
    }

    private static void waive(String location, String requirement) {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"reason\": \"Seen at the desk\"}")
                .when().put(location + "/readiness/" + requirement + "/waiver").then().statusCode(200);
    }

    // ------------------------------------------------------------------------------------------ events

    @Test
    void everyoneWithASeatIsRemindedTwoDaysBeforeTheEventOnce() {
        clock.fixOn(LocalDate.of(2027, 5, 1));
        long id = createdId(meeting("2027-05-03").capacity(2));
        Student seated = TestStudents.fresh();
        Student optedOut = TestStudents.fresh();
        Student waiting = TestStudents.fresh();
        signUp(seated.token(), id);
        signUp(optedOut.token(), id);
        signUp(waiting.token(), id);
        Queued.optsOutOfReminders(optedOut.number());

        runOn(LocalDate.of(2027, 5, 1));
        runOn(LocalDate.of(2027, 5, 1));
        runOn(LocalDate.of(2027, 5, 2));

        OutboxMessageEntity message = Queued.only(seated.number(), MessageKind.EVENT_REMINDER);
        assertEquals(id, message.eventId);
        assertEquals("Herinnering: Preparation evening op maandag 3 mei 2027, 19:00–21:00", message.subject);
        assertThat(message.bodyText, containsString("Waar: Medical Faculty, room F-120"));
        assertThat(Queued.to(optedOut.number()), empty());
        assertThat(Queued.to(waiting.number()), empty());
    }

    @Test
    void anEventFurtherAheadIsNotRemindedYet() {
        clock.fixOn(LocalDate.of(2027, 5, 8));
        long id = createdId(meeting("2027-05-12").capacity(2));
        Student seated = TestStudents.fresh();
        signUp(seated.token(), id);

        runOn(LocalDate.of(2027, 5, 8));
        assertThat(Queued.to(seated.number()), empty());

        runOn(LocalDate.of(2027, 5, 10));
        Queued.only(seated.number(), MessageKind.EVENT_REMINDER);
    }

    @Test
    void twoInstancesRunningAtOnceQueueEachReminderOnce() {
        clock.fixOn(LocalDate.of(2027, 6, 1));
        long id = createdId(meeting("2027-06-03").capacity(5));
        Student seated = TestStudents.fresh();
        signUp(seated.token(), id);
        String student = TestStudents.freshNumber();
        elective(student, "GH", "2027-06-30", "2027-08-18");

        CompletableFuture<Reminders.Run> one = CompletableFuture.supplyAsync(reminders::run);
        CompletableFuture<Reminders.Run> other = CompletableFuture.supplyAsync(reminders::run);
        one.join();
        other.join();

        Queued.only(seated.number(), MessageKind.EVENT_REMINDER);
        Queued.only(student, MessageKind.READINESS_REMINDER);
    }

    // ------------------------------------------------------------------------------------------ readiness

    @Test
    void thirtyAndSevenDaysBeforeDepartureTheUnmetRequirementsAreListed() {
        clock.fixOn(LocalDate.of(2027, 5, 1));
        String student = TestStudents.freshNumber();
        elective(student, "GH", "2027-05-31", "2027-07-19");

        runOn(LocalDate.of(2027, 5, 1));
        runOn(LocalDate.of(2027, 5, 2));

        OutboxMessageEntity thirty = Queued.only(student, MessageKind.READINESS_REMINDER);
        assertEquals("Nog 30 dagen tot je vertrek naar Ghana: dit moet nog gebeuren", thirty.subject);
        assertThat(thirty.bodyText, allOf(containsString("- Voorbereidingsbijeenkomst bijwonen"),
                containsString("- Je telefoonnummer in het buitenland en een noodcontact thuis"),
                containsString("- Intakegesprek met BIS en goedkeuring van je stage"),
                not(containsString("Reisadvies"))));

        runOn(LocalDate.of(2027, 5, 24));
        runOn(LocalDate.of(2027, 5, 25));

        List<OutboxMessageEntity> both = Queued.to(student, MessageKind.READINESS_REMINDER);
        assertThat(both, hasSize(2));
        assertEquals("Nog 7 dagen tot je vertrek naar Ghana: dit moet nog gebeuren", both.get(1).subject);
    }

    @Test
    void theReadinessReminderIsInEnglishForThoseWhoReadIt() {
        clock.fixOn(LocalDate.of(2027, 5, 1));
        String student = TestStudents.freshNumber();
        String location = elective(student, "GH", "2027-05-31", "2027-07-19");
        Queued.speaksEnglish(student);
        StaffPlacements.approve(location);

        runOn(LocalDate.of(2027, 5, 1));

        OutboxMessageEntity message = Queued.only(student, MessageKind.READINESS_REMINDER);
        assertEquals("30 days until you leave for Ghana: still to do", message.subject);
        assertThat(message.bodyText, allOf(containsString("- Attend a preparation meeting"),
                containsString("- Your phone number abroad and an emergency contact at home"),
                not(containsString("Intake interview"))));
    }

    @Test
    void aStudentReadyToGoIsNotReminded() {
        clock.fixOn(LocalDate.of(2027, 5, 1));
        String student = TestStudents.freshNumber();
        String location = elective(student, "GH", "2027-05-31", "2027-07-19");
        StaffPlacements.approve(location);
        EmergencyContacts.giveFor(location);
        Checklists.settle(location, "DEPARTURE");
        waive(location, "PREPARATION_MEETING");

        runOn(LocalDate.of(2027, 5, 1));

        assertThat(Queued.to(student, MessageKind.READINESS_REMINDER), empty());
    }

    @Test
    void aStudentWhoOptedOutGetsNoReadinessReminderButStillTheDecisions() {
        clock.fixOn(LocalDate.of(2027, 5, 1));
        String student = TestStudents.freshNumber();
        String location = elective(student, "GH", "2027-05-31", "2027-07-19");
        Queued.optsOutOfReminders(student);

        runOn(LocalDate.of(2027, 5, 1));
        StaffPlacements.approve(location);

        assertThat(Queued.to(student, MessageKind.READINESS_REMINDER), empty());
        Queued.only(student, MessageKind.PLACEMENT_APPROVED);
    }

    // ------------------------------------------------------------------------------------------ after return

    /** An elective in Germany from 3 May to 21 June 2027, abroad; its path. */
    private String abroad(String student) {
        clock.fixOn(LocalDate.of(2027, 5, 3));
        String location = elective(student, "DE", "2027-05-03", "2027-06-21");
        StaffPlacements.approve(location);
        StaffPlacements.depart(location);
        return location;
    }

    @Test
    void theDayAfterReturnTheMrsaScreeningAndTheEvaluationAreAskedForOnce() {
        String student = TestStudents.freshNumber();
        abroad(student);

        runOn(LocalDate.of(2027, 6, 21));
        assertThat(Queued.to(student, MessageKind.RETURN_REMINDER), empty());

        runOn(LocalDate.of(2027, 6, 22));
        runOn(LocalDate.of(2027, 6, 23));

        OutboxMessageEntity message = Queued.only(student, MessageKind.RETURN_REMINDER);
        assertEquals("Welkom terug: MRSA-screening en evaluatie van je disciplinegebonden keuzecoschap",
                message.subject);
        assertThat(message.bodyText, allOf(containsString("een MRSA-screening te laten doen"),
                containsString("Team Gezond Werken Amsterdam UMC"), containsString("evaluatieformulieren")));
    }

    @Test
    void aRecordedScreeningIsNotAskedForAgain() {
        String student = TestStudents.freshNumber();
        String location = abroad(student);
        clock.fixOn(LocalDate.of(2027, 6, 22));
        Queued.speaksEnglish(student);
        move(location, "RETURNED");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"recordedOn\": \"2027-06-22\", \"result\": \"NEGATIVE\"}")
                .when().put(location + "/readiness/MRSA_SCREENING/record").then().statusCode(200);

        runOn(LocalDate.of(2027, 6, 22));

        OutboxMessageEntity message = Queued.only(student, MessageKind.RETURN_REMINDER);
        assertThat(message.bodyText, allOf(containsString("Evaluation: fill in the evaluation forms"),
                not(containsString("MRSA screening:"))));
    }

    @Test
    void aStudentWhoOptedOutGetsNoReturnReminder() {
        String student = TestStudents.freshNumber();
        abroad(student);
        Queued.optsOutOfReminders(student);

        runOn(LocalDate.of(2027, 6, 22));

        assertThat(Queued.to(student, MessageKind.RETURN_REMINDER), empty());
    }
}
