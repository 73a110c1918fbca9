package nl.bis.placements.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A report is an INCIDENT_REPORTED entry in the placement's history and in the change feed, which coordinators and
 * KL-app read: it says that something was reported, never what.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class IncidentHistoryTest {

    @Inject
    TestClock clock;

    @Test
    void aReportIsInTheHistoryAndTheChangeFeedWithoutItsKindOrDescription() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        Incidents.Placement placement = Incidents.abroad("Charité");
        String version = given().auth().oauth2(Tokens.staff()).when().get(placement.location()).then()
                .extract().header("ETag");
        clock.fixOn(LocalDate.of(2027, 10, 20));
        Incidents.reported(placement.student().token(), placement.location(), "NEEDLESTICK_INJURY", "2027-10-01");

        String history = given().auth().oauth2(Tokens.coordinator()).when().get(placement.location() + "/history")
                .then().statusCode(200).extract().asString();
        List<Map<String, Object>> reported = JsonPath.from(history)
                .getList("findAll { it.action == 'INCIDENT_REPORTED' }");
        assertThat(reported, hasSize(1));
        assertThat(reported.get(0).get("by"), equalTo("student-" + placement.student().number()));
        assertThat(reported.get(0).get("changes"), equalTo(List.of()));
        assertNothingOfTheIncidentIn(history);

        List<Map<String, Object>> changes = Incidents.changesOf(placement.id());
        List<Map<String, Object>> fed = changes.stream().filter(c -> "INCIDENT_REPORTED".equals(c.get("kind")))
                .toList();
        assertThat(fed, hasSize(1));
        assertNothingOfTheIncidentIn(fed.toString());
        assertThat(given().auth().oauth2(Tokens.staff()).when().get(placement.location()).then()
                .extract().header("ETag"), not(equalTo(version)));
    }

    private static void assertNothingOfTheIncidentIn(String text) {
        for (String secret : new String[] {"NEEDLESTICK", "Pricked", "Emergency department", "2027-10-01"}) {
            assertThat(text, not(containsString(secret)));
        }
    }
}
