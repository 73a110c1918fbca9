package nl.bis.placements.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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

    /**
     * The student of a placement (by its location) gives a phone number abroad and a contact, signed in with a token
     * that names them as the placement does (a student's write refreshes their name and e-mail from the token).
     */
    public static void giveFor(String placement) {
        JsonPath student = given().auth().oauth2(Tokens.staff()).when().get(placement).then().statusCode(200)
                .extract().jsonPath();
        String number = student.getString("studentNumber");
        put(Tokens.student("student-" + number, number, student.getString("studentName"),
                student.getString("studentEmail")), ENOUGH).then().statusCode(200);
    }
}
