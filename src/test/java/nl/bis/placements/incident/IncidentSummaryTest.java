package nl.bis.placements.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The yearly summary counts incidents per country and host by kind, with no personal data. The database is shared
 * with the other tests, so each test reads only the rows of hosts of its own.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class IncidentSummaryTest {

    @Inject
    TestClock clock;

    private static JsonPath summary(String token, int year) {
        return given().auth().oauth2(token).queryParam("year", year).when().get("/api/v1/incidents/summary")
                .then().statusCode(200).contentType("application/json").extract().jsonPath();
    }

    private static Map<String, Object> row(JsonPath summary, String country, String host) {
        return summary.getMap("hosts.find { it.countryCode == '" + country + "' && it.hostInstitution == '" + host
                + "' }");
    }

    @Test
    void incidentsAreCountedPerCountryHostAndKindInTheYearTheyHappened() {
        String berlin = "Summary Klinikum " + TestStudents.freshNumber();
        String brussels = "Summary Hôpital " + TestStudents.freshNumber();
        clock.fixOn(LocalDate.of(2027, 1, 10));
        Incidents.Placement one = Incidents.abroad("DE", berlin);
        Incidents.Placement two = Incidents.abroad("DE", berlin);
        Incidents.Placement three = Incidents.abroad("BE", brussels);
        clock.fixOn(LocalDate.of(2028, 1, 20));
        Incidents.reported(one.student().token(), one.location(), "NEEDLESTICK_INJURY", "2027-09-20");
        Incidents.reported(two.student().token(), two.location(), "NEEDLESTICK_INJURY", "2027-10-01");
        Incidents.reported(two.student().token(), two.location(), "ILLNESS", "2027-10-02");
        Incidents.reported(Tokens.staff(), three.location(), "SAFETY", "2027-11-01");

        JsonPath summary = summary(Tokens.staff(), 2027);
        assertThat(summary.getInt("year"), equalTo(2027));
        assertThat(row(summary, "DE", berlin), equalTo(Map.of("countryCode", "DE", "hostInstitution", berlin,
                "counts", Map.of("needlestickInjury", 2, "illness", 1, "accident", 0, "safety", 0, "other", 0),
                "total", 3)));
        assertThat(row(summary, "BE", brussels).get("counts"), equalTo(Map.of("needlestickInjury", 0, "illness", 0,
                "accident", 0, "safety", 1, "other", 0)));
        assertThat(summary.getMap("counts"), aMapWithSize(5));
        long total = summary.getLong("total");
        assertThat(summary.getMap("counts").values().stream().mapToLong(n -> ((Number) n).longValue()).sum(),
                equalTo(total));
        assertThat(summary.getList("hosts.total", Long.class).stream().mapToLong(Long::longValue).sum(),
                equalTo(total));
        assertThat(summary.getList("hosts.countryCode"), equalTo(summary.getList("hosts.countryCode").stream()
                .sorted().toList()));

        assertThat(row(summary(Tokens.staff(), 2028), "DE", berlin), equalTo(null));
        assertThat(row(summary(Tokens.coordinator(), 2027), "DE", berlin).get("total"), equalTo(3));
    }

    @Test
    void theSummaryHoldsNoPersonalData() {
        String host = "Summary Privacy " + TestStudents.freshNumber();
        clock.fixOn(LocalDate.of(2027, 1, 10));
        Incidents.Placement placement = Incidents.abroad("DE", host);
        clock.fixOn(LocalDate.of(2027, 11, 20));
        Incidents.reported(placement.student().token(), placement.location(), "ACCIDENT", "2027-10-05");

        for (String representation : new String[] {"application/json", "text/csv"}) {
            String body = given().auth().oauth2(Tokens.staff()).accept(representation).queryParam("year", 2027)
                    .when().get("/api/v1/incidents/summary").then().statusCode(200).extract().asString();
            assertThat(body, containsString(host));
            for (String personal : new String[] {placement.student().number(), "student-", "Emergency department",
                    "Pricked", "2027-10-05", "Capital"}) {
                assertThat(representation, body, not(containsString(personal)));
            }
        }
        Map<String, Object> row = row(summary(Tokens.staff(), 2027), "DE", host);
        assertThat(row.keySet(), equalTo(java.util.Set.of("countryCode", "hostInstitution", "counts", "total")));
    }

    @Test
    void theSummaryIsACsvForASpreadsheetWithFormulasDefused() {
        String host = "=HYPERLINK(\"x\") " + TestStudents.freshNumber();
        clock.fixOn(LocalDate.of(2027, 1, 10));
        Incidents.Placement placement = Incidents.abroad("DE", host);
        clock.fixOn(LocalDate.of(2027, 11, 20));
        Incidents.reported(placement.student().token(), placement.location(), "OTHER", "2027-10-05");

        var response = given().auth().oauth2(Tokens.coordinator()).accept("text/csv").queryParam("year", 2027)
                .when().get("/api/v1/incidents/summary").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("incident-summary-2027.csv"))
                .extract();
        String csv = new String(response.asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv, startsWith("\uFEFFyear,countryCode,hostInstitution,needlestickInjury,illness,accident,safety,"
                + "other,total\r\n"));
        assertThat(csv.lines().toList(), hasItem("2027,DE,\"'" + host.replace("\"", "\"\"") + "\",0,0,0,0,1,1"));
    }

    @Test
    void theYearIsRequiredAndWithinTheDatesAccepted() {
        given().auth().oauth2(Tokens.staff()).when().get("/api/v1/incidents/summary").then().statusCode(400)
                .contentType("application/problem+json");
        for (String year : new String[] {"1899", "3000", "twenty", "2027.5"}) {
            given().auth().oauth2(Tokens.staff()).queryParam("year", year).when().get("/api/v1/incidents/summary")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.staff()).queryParam("year", 1900).when().get("/api/v1/incidents/summary")
                .then().statusCode(200).body("total", equalTo(0)).body("hosts.size()", equalTo(0));
    }

    @Test
    void studentsHaveNoSummary() {
        given().auth().oauth2(TestStudents.fresh().token()).queryParam("year", 2027)
                .when().get("/api/v1/incidents/summary").then().statusCode(403);
    }
}
