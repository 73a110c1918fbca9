package nl.bis.placements.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Single-line text holds no control character or line separator (it would split an event in every subscriber's
 * calendar); multi-line text breaks lines only with LF or CRLF.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class ControlCharactersTest {

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void midJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Evening\rBEGIN:VEVENT", "Evening\u0085x", "Evening\u2028x", "Evening\u2029x",
        "Evening\nx", "Evening\tx", "Evening\u001Bx"})
    void anEventTitleWithABreakOrControlIsRefused(String title) {
        event(title, "Room F-120").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("title"));
    }

    @Test
    void anEventLocationWithALoneCarriageReturnIsRefused() {
        event("Preparation evening", "Room\rF-120").then().statusCode(400)
                .body("violations.field", contains("location"));
    }

    @Test
    void aPlacementCityWithALineSeparatorIsRefusedAndNothingIsStored() {
        String number = TestStudents.freshNumber();
        placement(number, "Kum\u2028asi", "Fine").then().statusCode(400)
                .body("violations.field", contains("destination.city"));
        given().auth().oauth2(Tokens.staff()).queryParam("studentNumber", number).get("/api/v1/placements")
                .then().body("totalItems", equalTo(0));
    }

    @Test
    void notesBreakLinesWithLfOrCrlfButNotALoneCarriageReturn() {
        placement(TestStudents.freshNumber(), "Kumasi", "Vaccinations booked\r\nInsurance: pending\nVisa: done")
                .then().statusCode(201).body("notes", equalTo("Vaccinations booked\r\nInsurance: pending\nVisa: done"));
        placement(TestStudents.freshNumber(), "Kumasi", "Vaccinations\rbooked").then().statusCode(400)
                .body("violations.field", contains("notes"));
        placement(TestStudents.freshNumber(), "Kumasi", "Bell\u0007").then().statusCode(400)
                .body("violations.field", contains("notes"));
    }

    @Test
    void aPatchIsHeldToTheSameRules() {
        String location = placement(TestStudents.freshNumber(), "Kumasi", "Fine").then().statusCode(201)
                .extract().header("Location");
        given().auth().oauth2(Tokens.staff()).contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"destination\": {\"hostInstitution\": \"Komfo\\u0085Anokye\"}}").patch(location)
                .then().statusCode(400).body("violations[0].field", startsWith("destination"))
                .body("violations[0].message", containsString("U+0085"));
    }

    @Test
    void aStatusReasonIsASingleLine() {
        String location = placement(TestStudents.freshNumber(), "Kumasi", "Fine").then().statusCode(201)
                .extract().header("Location");
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"status\": \"WITHDRAWN\", \"reason\": \"Moved\\rabroad\"}").post(location + "/status")
                .then().statusCode(400).body("violations.field", contains("reason"));
    }

    @Test
    void theCalendarKeepsAnEventStoredWithABreakInOnePiece() throws SQLException {
        long id = event("Stored earlier", "Room F-120").then().statusCode(201).extract().jsonPath().getLong("id");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "update preparation_event set title = ?, location = ? where id = ?")) {
            update.setString(1, "Stored\rBEGIN:VEVENT\u2028SUMMARY:Fake");
            update.setString(2, "Room\u0085F-120");
            update.setLong(3, id);
            update.executeUpdate();
        }

        String ics = given().get("/api/v1/preparation-events.ics").then().statusCode(200).extract().asString();

        String[] lines = ics.split("\r\n");
        long events = java.util.Arrays.stream(lines).filter("BEGIN:VEVENT"::equals).count();
        long uids = java.util.Arrays.stream(lines).filter(line -> line.startsWith("UID:")).count();
        assertEquals(uids, events, "every VEVENT has one UID and nothing starts a VEVENT of its own");
        assertFalse(Pattern.compile("[\\r\\u0085\\u2028\\u2029](?!\\n)").matcher(ics).find(),
                "no line break other than CRLF in the feed");
    }

    private static io.restassured.response.Response event(String title, String location) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("""
                        {"kind": "PREPARATION_MEETING", "title": %s, "start": "2027-03-04T19:00",
                         "end": "2027-03-04T21:00", "location": %s, "capacity": 30}"""
                        .formatted(json(title), json(location)))
                .post("/api/v1/preparation-events");
    }

    private static io.restassured.response.Response placement(String number, String city, String notes) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("""
                        {"placementType": "GP_CLERKSHIP",
                         "destination": {"countryCode": "CW", "city": %s, "hostInstitution": "Hospital"},
                         "departureDate": "2027-07-01", "returnDate": "2027-09-01", "notes": %s,
                         "studentNumber": "%s", "studentName": "Student %s", "studentEmail": "s%s@student.example.org"}"""
                        .formatted(json(city), json(notes), number, number, number))
                .post("/api/v1/placements");
    }

    /** A JSON string literal with every non-printable character escaped, as a client library would send it. */
    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || c >= 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }
}
