package nl.bis.placements.testing;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

/** A student's access log as staff read it (the whole of it: tests use fresh students with short logs). */
public final class AccessLogs {

    private AccessLogs() {
    }

    /** Every entry of the student's log, newest first. */
    public static List<Map<String, Object>> of(String studentNumber) {
        return given().auth().oauth2(Tokens.staff()).queryParam("size", 200)
                .when().get("/api/v1/students/" + studentNumber + "/access-log")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The resources read, newest first, with the id of each ("DOCUMENT 17"; just the kind when it has none). */
    public static List<String> reads(String studentNumber) {
        return of(studentNumber).stream()
                .map(read -> read.get("resourceId") == null ? (String) read.get("resource")
                        : read.get("resource") + " " + read.get("resourceId"))
                .toList();
    }
}
