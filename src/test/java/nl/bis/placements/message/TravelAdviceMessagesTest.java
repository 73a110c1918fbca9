package nl.bis.placements.message;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import nl.bis.placements.testing.StaffPlacements;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A travel advice that turns orange or red reaches the students there now and the office's mailbox. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class TravelAdviceMessagesTest {

    /** Malawi: no other test changes its advice. */
    private static final String COUNTRY = "MW";

    @Inject
    TestClock clock;

    @BeforeEach
    void february2028() {
        clock.fixOn(LocalDate.of(2028, 2, 1));
    }

    @AfterEach
    void adviceBackToGreen() {
        setAdvice("GREEN", null);
    }

    private static void setAdvice(String advice, String reason) {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body(reason == null ? "{\"travelAdvice\": \"%s\"}".formatted(advice)
                        : "{\"travelAdvice\": \"%s\", \"reason\": \"%s\"}".formatted(advice, reason))
                .when().put("/api/v1/destinations/" + COUNTRY + "/travel-advice").then().statusCode(200);
    }

    /** An approved elective of a fresh student in a country; the student's number. */
    private static String approvedElective(String country, String departure, String returnDate) {
        String student = TestStudents.freshNumber();
        StaffPlacements.approve(register(Tokens.staff(), placement("ELECTIVE_CLERKSHIP", country, departure, returnDate)
                .forStudent(student)).then().statusCode(201).extract().header("Location"));
        return student;
    }

    @Test
    void orangeReachesTheStudentsThereNowAndStaff() {
        long before = Queued.newestId();
        String there = approvedElective(COUNTRY, "2028-02-01", "2028-03-20");
        String later = approvedElective(COUNTRY, "2028-05-01", "2028-06-19");
        String elsewhere = approvedElective("TZ", "2028-02-01", "2028-03-20");
        List<OutboxMessageEntity> none = Queued.to(there, MessageKind.TRAVEL_ADVICE_RAISED);
        assertThat(none, empty());

        setAdvice("ORANGE", "Unrest in the north");

        OutboxMessageEntity message = Queued.only(there, MessageKind.TRAVEL_ADVICE_RAISED);
        assertEquals("Reisadvies Malawi is nu oranje", message.subject);
        assertThat(message.bodyText, allOf(containsString("waar je nu bent voor je disciplinegebonden keuzecoschap"),
                containsString("Reden: Unrest in the north"), containsString("verlaten")));
        assertThat(Queued.to(later, MessageKind.TRAVEL_ADVICE_RAISED), empty());
        assertThat(Queued.to(elsewhere, MessageKind.TRAVEL_ADVICE_RAISED), empty());
        List<OutboxMessageEntity> staff = Queued.toStaffAfter(MessageKind.TRAVEL_ADVICE_RAISED, before);
        assertThat(staff, hasSize(1));
        assertEquals("Reisadvies Malawi is nu oranje", staff.getFirst().subject);
        assertThat(staff.getFirst().bodyText, allOf(containsString("gewijzigd van groen naar oranje"),
                containsString("Reden: Unrest in the north")));
    }

    @Test
    void orangeToRedIsToldAgainInEnglishForThoseWhoReadIt() {
        String there = approvedElective(COUNTRY, "2028-02-01", "2028-03-20");
        Queued.speaksEnglish(there);
        setAdvice("ORANGE", null);

        setAdvice("RED", "Armed conflict");

        List<OutboxMessageEntity> messages = Queued.to(there, MessageKind.TRAVEL_ADVICE_RAISED);
        assertThat(messages, hasSize(2));
        assertEquals("Travel advice for Malawi is now red", messages.get(1).subject);
        assertThat(messages.get(1).bodyText, allOf(containsString("Reason: Armed conflict"),
                containsString("asks you to leave such areas")));
    }

    @Test
    void anAdviceThatDropsOrStaysTheSameIsNoNews() {
        String there = approvedElective(COUNTRY, "2028-02-01", "2028-03-20");
        setAdvice("RED", null);

        setAdvice("RED", "Still red");
        setAdvice("ORANGE", "Somewhat calmer");
        setAdvice("YELLOW", null);

        assertThat(Queued.to(there, MessageKind.TRAVEL_ADVICE_RAISED), hasSize(1));
    }
}
