package nl.bis.placements.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The emergency contacts a student keeps, given over HTTP as the student does it. Every placement needs them before
 * it moves to ABROAD (readiness requirement EMERGENCY_CONTACTS), so tests that take a placement abroad give them
 * first with {@link #giveFor(String)}.
 */
public final class EmergencyContacts {

    public static final String MINE = "/api/v1/me/emergency-contacts";

    /** A phone number abroad and one contact at home: enough for the readiness requirement. */
    public static final String ENOUGH = """
            {"phoneAbroad": "+233241234567",
             "contacts": [{"name": "Yasmina El Amrani", "relation": "mother", "phone": "+31612345678",
                           "email": "yasmina.elamrani@example.nl"}]}""";

    private EmergencyContacts() {
    }

    /** The student (by their own token) replaces their contacts with a body. */
    public static Response put(String studentToken, String body) {
        return given().auth().oauth2(studentToken).contentType(ContentType.JSON).body(body).when().put(MINE);
    }

    /** The student with this number gives a phone number abroad and a contact, signed in with a token of their own. */
    public static void give(String studentNumber) {
        put(Tokens.student("student-" + studentNumber, studentNumber), ENOUGH).then().statusCode(200);
    }

    /** The student of a placement (by its location) gives a phone number abroad and a contact. */
    public static void giveFor(String placement) {
        give(given().auth().oauth2(Tokens.staff()).when().get(placement).then().statusCode(200)
                .extract().jsonPath().getString("studentNumber"));
    }
}
