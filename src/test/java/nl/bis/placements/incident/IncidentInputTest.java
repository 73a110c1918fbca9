package nl.bis.placements.incident;

import static nl.bis.placements.incident.Incidents.report;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a report may not hold is refused with 400 naming the member, and nothing is stored. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class IncidentInputTest {

    @Inject
    TestClock clock;

    private Incidents.Placement placement;

    @BeforeEach
    void aPlacementAbroadInOctober() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        placement = Incidents.abroad("Charité");
        clock.fixOn(LocalDate.of(2027, 10, 20));
    }

    private void refused(String body, String field) {
        report(placement.student().token(), placement.location(), body)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }

    @Test
    void anUnknownOrMisspelledKindIsRefused() {
        report(placement.student().token(), placement.location(), Incidents.body("SNAKE_BITE", "2027-10-01"))
                .then().statusCode(400).contentType("application/problem+json");
        report(placement.student().token(), placement.location(), Incidents.body("needlestick_injury", "2027-10-01"))
                .then().statusCode(400).contentType("application/problem+json");
        noIncidents();
    }

    @Test
    void missingMembersAreNamed() {
        refused("{\"kind\": \"ILLNESS\", \"occurredOn\": \"2027-10-01\", \"location\": \"Berlin\"}", "description");
        refused("{\"kind\": \"ILLNESS\", \"occurredOn\": \"2027-10-01\", \"description\": \"Flu\"}", "location");
        refused("{\"kind\": \"ILLNESS\", \"location\": \"Berlin\", \"description\": \"Flu\"}", "occurredOn");
    }

    @Test
    void blankTextIsRefused() {
        refused("{\"kind\": \"ILLNESS\", \"occurredOn\": \"2027-10-01\", \"location\": \"   \", \"description\": \"Flu\"}",
                "location");
        refused("{\"kind\": \"ILLNESS\", \"occurredOn\": \"2027-10-01\", \"location\": \"Berlin\", \"description\": \" \"}",
                "description");
    }

    @Test
    void oversizedTextIsRefused() {
        refused(withText("x".repeat(201), "Flu"), "location");
        refused(withText("Berlin", "x".repeat(4001)), "description");
        report(placement.student().token(), placement.location(), withText("x".repeat(200), "x".repeat(4000)))
                .then().statusCode(201);
    }

    @Test
    void controlCharactersAreRefusedButTheDescriptionBreaksLines() {
        refused(withText("Ward\\u0007 3", "Flu"), "location");
        refused(withText("Ward\\n3", "Flu"), "location");
        refused(withText("Berlin", "Flu\\u0000"), "description");
        refused(withText("Berlin", "Flu\\u2028and more"), "description");
        report(placement.student().token(), placement.location(), withText("Berlin", "Fever.\\r\\nStayed in bed."))
                .then().statusCode(201).body("description", equalTo("Fever.\r\nStayed in bed."));
    }

    @Test
    void aDateOutsideTheRangeOrUnreadableIsRefused() {
        refused(Incidents.body("ILLNESS", "0999-01-01"), "occurredOn");
        refused(Incidents.body("ILLNESS", "3000-01-01"), "occurredOn");
        report(placement.student().token(), placement.location(), Incidents.body("ILLNESS", "2027-02-30"))
                .then().statusCode(400).contentType("application/problem+json");
        report(placement.student().token(), placement.location(), Incidents.body("ILLNESS", "yesterday"))
                .then().statusCode(400).contentType("application/problem+json");
        noIncidents();
    }

    @Test
    void unknownMembersAreIgnoredAsElsewhere() {
        report(placement.student().token(), placement.location(), """
                {"kind": "ILLNESS", "occurredOn": "2027-10-01", "location": "Berlin", "description": "Flu",
                 "studentNumber": "1000001", "followUp": {"status": "HANDLED"}}""")
                .then().statusCode(201)
                .body("studentNumber", equalTo(placement.student().number()))
                .body("followUp", equalTo(null));
    }

    @Test
    void aBodyThatIsNotJsonIsAMalformedRequest() {
        report(placement.student().token(), placement.location(), "{\"kind\": ")
                .then().statusCode(400).body("type", endsWith("/malformed-request"));
        report(placement.student().token(), placement.location(), "[]")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private static String withText(String location, String description) {
        return """
                {"kind": "ILLNESS", "occurredOn": "2027-10-01", "location": "%s", "description": "%s"}"""
                .formatted(location, description);
    }

    private void noIncidents() {
        io.restassured.RestAssured.given().auth().oauth2(Tokens.staff()).when()
                .get(placement.location() + "/incidents").then().statusCode(200).body("size()", equalTo(0));
    }
}
