package nl.bis.placements.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;

/** The checklist of a placement, read and worked through over HTTP as the student and staff do it. */
public final class Checklists {

    public static final String ITEMS = "/api/v1/checklist-items/";
    public static final String TEMPLATES = "/api/v1/checklist-templates";
    public static final String SETS = "/api/v1/checklist-template-sets/";

    private Checklists() {
    }

    /** The checklist of a placement (by its location), as staff read it. */
    public static JsonPath of(String placement) {
        return given().auth().oauth2(Tokens.staff()).when().get(placement + "/checklist")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The id of the placement's item of a template. */
    public static long itemId(String placement, String templateCode) {
        Number id = of(placement).get("find { it.templateCode == '" + templateCode + "' }.id");
        if (id == null) {
            throw new AssertionError("placement " + placement + " has no item of " + templateCode);
        }
        return id.longValue();
    }

    /** Moves an item to a state, with a comment when given. */
    public static Response move(String token, long itemId, String state, String comment) {
        String body = comment == null ? "{\"state\": \"%s\"}".formatted(state)
                : "{\"state\": \"%s\", \"comment\": \"%s\"}".formatted(state, comment);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(ITEMS + itemId + "/state");
    }

    /** Attaches a small PDF to an item. */
    public static Response attach(String token, long itemId) {
        return Uploads.upload(token, ITEMS + itemId + "/documents", "evidence.pdf", SampleFiles.pdf());
    }

    /**
     * Staff settle every applicable item of the placement that blocks {@code blocking} (DEPARTURE or COMPLETION), as
     * the office does when the student hands the papers in at the desk: a document where evidence is required, done,
     * verified.
     */
    public static void settle(String placement, String blocking) {
        List<Map<String, Object>> items = of(placement).getList("findAll { it.applicable && it.blocking == '"
                + blocking + "' && !it.settled }");
        for (Map<String, Object> item : items) {
            long id = ((Number) item.get("id")).longValue();
            if (Boolean.TRUE.equals(item.get("evidenceRequired"))) {
                attach(Tokens.staff(), id).then().statusCode(201);
            }
            if ("OPEN".equals(item.get("state"))) {
                move(Tokens.staff(), id, "DONE", null).then().statusCode(200);
            }
            move(Tokens.staff(), id, "VERIFIED", null).then().statusCode(200);
        }
    }

    /** Staff switch a template set on or off. */
    public static void setEnabled(String templateSet, boolean enabled) {
        given().auth().oauth2(Tokens.staff()).contentType(ContentType.JSON).body("{\"enabled\": " + enabled + "}")
                .when().put(SETS + templateSet).then().statusCode(200);
    }
}
