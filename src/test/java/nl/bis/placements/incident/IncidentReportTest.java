package nl.bis.placements.incident;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.incident.Incidents.body;
import static nl.bis.placements.incident.Incidents.report;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.Checklists;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Students report incidents of a placement once they have left, for a day of the placement that has passed; staff may
 * report for them.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class IncidentReportTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void registeredInJanuary2027() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
    }

    @Test
    void aStudentReportsANeedleStickInjuryOnceBackAsTheStagemapAsks() {
        // "Mocht je een prikaccident of een ander vervelend voorval hebben meegemaakt; meld dit alsjeblieft aan ons
        // zodra je terug bent."
        Incidents.Placement placement = Incidents.abroad("Charité");
        Incidents.move(placement.location(), "RETURNED").then().statusCode(200);
        clock.fixOn(LocalDate.of(2027, 11, 20));

        String location = report(placement.student().token(), placement.location(),
                body("NEEDLESTICK_INJURY", "2027-10-14"))
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/incidents/[0-9]+"))
                .body("placementId", equalTo((int) placement.id()))
                .body("studentNumber", equalTo(placement.student().number()))
                .body("kind", equalTo("NEEDLESTICK_INJURY"))
                .body("occurredOn", equalTo("2027-10-14"))
                .body("location", equalTo("Emergency department"))
                .body("description", equalTo("Pricked by a used needle while suturing."))
                .body("followUp.status", equalTo("OPEN"))
                .body("reportedBy", equalTo("student-" + placement.student().number()))
                .extract().header("Location");

        given().auth().oauth2(placement.student().token()).when().get(location).then().statusCode(200)
                .body("kind", equalTo("NEEDLESTICK_INJURY"));
    }

    @Test
    void staffReportForTheStudentWhileAbroadAndAnIllnessHasNoFollowUp() {
        Incidents.Placement placement = Incidents.abroad("Charité");
        clock.fixOn(LocalDate.of(2027, 10, 1));

        report(Tokens.staff(), placement.location(), body("ILLNESS", "2027-09-30"))
                .then().statusCode(201)
                .body("kind", equalTo("ILLNESS"))
                .body("reportedBy", equalTo("staff1"))
                .body("$", not(hasKey("followUp")));
    }

    @Test
    void aCompletedPlacementStillTakesIncidents() {
        Incidents.Placement placement = Incidents.abroad("Charité");
        Incidents.move(placement.location(), "RETURNED").then().statusCode(200);
        Incidents.record(placement.location(), "MRSA_SCREENING", "{\"recordedOn\": \"2027-01-10\", \"result\": \"NEGATIVE\"}");
        Incidents.record(placement.location(), "EVALUATION", "{\"recordedOn\": \"2027-01-10\"}");
        Checklists.settle(placement.location(), "COMPLETION");
        Incidents.move(placement.location(), "COMPLETED").then().statusCode(200);
        clock.fixOn(LocalDate.of(2028, 3, 1));

        report(placement.student().token(), placement.location(), body("SAFETY", "2027-10-02"))
                .then().statusCode(201);
    }

    @Test
    void theDepartureAndReturnDaysAreAcceptedTheDaysAroundThemRefused() {
        Incidents.Placement placement = Incidents.abroad("Charité");
        clock.fixOn(LocalDate.of(2027, 12, 1));

        report(placement.student().token(), placement.location(), body("ACCIDENT", "2027-09-06")).then().statusCode(201);
        report(placement.student().token(), placement.location(), body("ACCIDENT", "2027-11-01")).then().statusCode(201);
        for (String outside : new String[] {"2027-09-05", "2027-11-02"}) {
            report(placement.student().token(), placement.location(), body("ACCIDENT", outside))
                    .then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/incident-date-outside-placement"))
                    .body("title", equalTo("Incident date outside placement"))
                    .body("earliestDate", equalTo("2027-09-06"))
                    .body("latestDate", equalTo("2027-11-01"))
                    .body("detail", containsString(outside));
        }
    }

    @Test
    void aDayAfterTodayInAmsterdamIsRefusedTodayAccepted() {
        Incidents.Placement placement = Incidents.abroad("Charité");
        clock.fixOn(LocalDate.of(2027, 10, 1));

        report(placement.student().token(), placement.location(), body("OTHER", "2027-10-02"))
                .then().statusCode(422)
                .body("type", endsWith("/incident-date-outside-placement"))
                .body("latestDate", equalTo("2027-10-01"));
        report(placement.student().token(), placement.location(), body("OTHER", "2027-10-01")).then().statusCode(201);
    }

    @Test
    void aRegisteredOrApprovedPlacementTakesNoIncidents() {
        Incidents.Placement registered = Incidents.registered("Charité");
        Incidents.Placement approved = Incidents.approved("Charité");
        clock.fixOn(LocalDate.of(2027, 10, 1));

        report(registered.student().token(), registered.location(), body("ILLNESS", "2027-09-20"))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/incident-not-reportable"))
                .body("title", equalTo("Incident not reportable"))
                .body("placementStatus", equalTo("REGISTERED"));
        report(Tokens.staff(), approved.location(), body("ILLNESS", "2027-09-20"))
                .then().statusCode(409)
                .body("placementStatus", equalTo("APPROVED"))
                .body("detail", containsString("APPROVED"));
        given().auth().oauth2(Tokens.staff()).when().get(approved.location() + "/incidents")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aWithdrawnPlacementTakesNoIncidents() {
        Incidents.Placement placement = Incidents.registered("Charité");
        given().auth().oauth2(placement.student().token()).contentType("application/json")
                .body("{\"status\": \"WITHDRAWN\", \"reason\": \"Found a place closer to home\"}")
                .when().post(placement.location() + "/status").then().statusCode(200);

        report(placement.student().token(), placement.location(), body("ILLNESS", "2026-12-01"))
                .then().statusCode(409).body("placementStatus", equalTo("WITHDRAWN"));
    }

    @Test
    void anIncidentOfAPlacementThatHasNotStartedYetIsRefusedWithTheDays() {
        Incidents.Placement placement = Incidents.abroad("Charité"); // moved ABROAD early, on 2027-01-10

        report(placement.student().token(), placement.location(), body("ILLNESS", "2027-01-10"))
                .then().statusCode(422)
                .body("type", endsWith("/incident-date-outside-placement"))
                .body("detail", containsString("starts on 2027-09-06"));
    }

    @Test
    void anIncidentOfAnotherPlacementIsNotFound() {
        report(Tokens.staff(), "/api/v1/placements/999999999", body("ILLNESS", "2027-01-01"))
                .then().statusCode(404).body("type", endsWith("/not-found"));
    }
}
