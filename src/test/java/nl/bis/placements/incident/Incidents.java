package nl.bis.placements.incident;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import nl.bis.placements.testing.StaffPlacements;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;

/**
 * Placements that take incidents, and incidents reported over HTTP as the student and staff do it. Register with the
 * service's clock on 2027-01-10 (the placements leave on 2027-09-06 and return on 2027-11-01); a test then moves the
 * clock to the day it reports on.
 */
final class Incidents {

    static final String DEPARTURE = "2027-09-06";
    static final String RETURN = "2027-11-01";

    /** A placement of a student of its own, with a token of that student. */
    record Placement(String location, long id, TestStudents.Student student) {
    }

    private Incidents() {
    }

    /** A senior clerkship in Germany (no preparation meeting needed) at a host, registered by staff. */
    static Placement registered(String host) {
        return registered("DE", host);
    }

    static Placement registered(String country, String host) {
        TestStudents.Student student = TestStudents.fresh();
        String location = register(Tokens.staff(), placement("SENIOR_CLERKSHIP", country, DEPARTURE, RETURN)
                .at("Capital", host).discipline(null).forStudent(student.number()))
                .then().statusCode(201).extract().header("Location");
        return new Placement(location, Long.parseLong(location.substring(location.lastIndexOf('/') + 1)), student);
    }

    static Placement approved(String host) {
        return approved("DE", host);
    }

    static Placement approved(String country, String host) {
        Placement placement = registered(country, host);
        StaffPlacements.approve(placement.location());
        return placement;
    }

    /** An approved placement that staff let go abroad. */
    static Placement abroad(String host) {
        return abroad("DE", host);
    }

    /** Abroad in a country that needs no preparation meeting (or staff waive it). */
    static Placement abroad(String country, String host) {
        Placement placement = approved(country, host);
        StaffPlacements.depart(placement.location());
        return placement;
    }

    /** Staff record a result (the MRSA screening, the evaluation) of a returned placement. */
    static void record(String placement, String requirement, String body) {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body(body)
                .when().put(placement + "/readiness/" + requirement + "/record").then().statusCode(200);
    }

    static Response move(String placement, String status) {
        return given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON)
                .body("{\"status\": \"" + status + "\"}").when().post(placement + "/status");
    }

    static String body(String kind, String occurredOn) {
        return """
                {"kind": "%s", "occurredOn": "%s", "location": "Emergency department",
                 "description": "Pricked by a used needle while suturing."}""".formatted(kind, occurredOn);
    }

    static Response report(String token, String placement, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(placement + "/incidents");
    }

    /** Reports an incident and returns its id. */
    static long reported(String token, String placement, String kind, String occurredOn) {
        return report(token, placement, body(kind, occurredOn)).then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    static Response followUp(String token, long incident, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/incidents/" + incident + "/follow-up");
    }

    /** Every entry of the change feed for a placement, as staff read the feed from its start. */
    static List<java.util.Map<String, Object>> changesOf(long placementId) {
        List<java.util.Map<String, Object>> found = new java.util.ArrayList<>();
        String after = null;
        for (int page = 0; page < 1000; page++) {
            var request = given().auth().oauth2(Tokens.staff()).queryParam("limit", 1000);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath feed = request.when().get("/api/v1/changes").then().statusCode(200).extract().jsonPath();
            found.addAll(feed.getList("items.findAll { it.placementId == " + placementId + " }"));
            if (!feed.getBoolean("hasMore")) {
                break;
            }
            after = feed.getString("next");
        }
        return found;
    }
}
