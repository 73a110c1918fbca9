package nl.bis.placements.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of a placement registration, as a student, staff or KL-app send it, with the defaults the tests share;
 * a test sets only what matters to it. Members come out in the order they were first set.
 *
 * <pre>{@code
 * register(student.token(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-09-01").notes("Visa requested"))
 * register(Tokens.staff(), placement("GP_CLERKSHIP", "SX", "2027-07-01", "2027-09-01").forStudent(number))
 * }</pre>
 */
public final class PlacementRequest extends JsonBody {

    public static final String PATH = "/api/v1/placements";
    public static final String KL_APP_PATH = "/api/v1/integrations/kl-app/registrations/";

    private final Map<String, Object> destination = new LinkedHashMap<>();

    private PlacementRequest() {
    }

    /**
     * A placement of a type in a country: in Kumasi at Komfo Anokye Teaching Hospital, discipline Surgery (whatever
     * the country), naming no student, as a student registers for themself.
     */
    public static PlacementRequest placement(String type, String country, String departure, String returnDate) {
        return new PlacementRequest().type(type).destination(country, "Kumasi", "Komfo Anokye Teaching Hospital")
                .departureDate(departure).returnDate(returnDate).discipline("Surgery");
    }

    /**
     * A research internship as KL-app delivers it: of the usual student of the number ({@link StudentDetails#of}),
     * in Kumasi at KNUST, discipline Microbiology, registered in KL-app at {@code registeredAt}.
     */
    public static PlacementRequest fromKlApp(String studentNumber, String departure, String returnDate,
                                             String registeredAt) {
        return new PlacementRequest().student(StudentDetails.of(studentNumber)).type("RESEARCH_INTERNSHIP")
                .destination("GH", "Kumasi", "KNUST").departureDate(departure).returnDate(returnDate)
                .discipline("Microbiology").registeredAt(registeredAt);
    }

    /**
     * A research internship that KL-app registered on 1 March 2027, in time for its departure on 6 September 2027
     * (return 10 January 2028).
     */
    public static PlacementRequest fromKlApp(String studentNumber) {
        return fromKlApp(studentNumber, "2027-09-06", "2028-01-10", "2027-03-01T09:15:00+01:00");
    }

    /** A request of its own with the same members, to change without changing this one. */
    public PlacementRequest copy() {
        PlacementRequest copy = new PlacementRequest();
        members.forEach((member, value) -> copy.set(member, value == destination ? copy.destination : value));
        copy.destination.putAll(destination);
        return copy;
    }

    /** Posts a registration to {@value #PATH} with a token. */
    public static Response register(String token, PlacementRequest body) {
        return register(token, body.json());
    }

    /** Posts a registration, written out by the test, to {@value #PATH} with a token. */
    public static Response register(String token, String body) {
        return post(token, PATH, body);
    }

    /** KL-app delivers a registration under its own id. */
    public static Response deliver(String klAppId, PlacementRequest body) {
        return deliver(klAppId, body.json());
    }

    /** KL-app delivers a registration, written out by the test, under its own id. */
    public static Response deliver(String klAppId, String body) {
        return given().auth().oauth2(Tokens.klApp()).contentType(ContentType.JSON).body(body)
                .when().put(KL_APP_PATH + klAppId);
    }

    private PlacementRequest type(String placementType) {
        set("placementType", placementType);
        return this;
    }

    private PlacementRequest destination(String countryCode, String city, String hostInstitution) {
        set("destination", destination);
        return country(countryCode).at(city, hostInstitution);
    }

    public PlacementRequest country(String countryCode) {
        destination.put("countryCode", countryCode);
        return this;
    }

    /** Where in the country: the city and the host institution. */
    public PlacementRequest at(String city, String hostInstitution) {
        destination.put("city", city);
        destination.put("hostInstitution", hostInstitution);
        return this;
    }

    private PlacementRequest departureDate(String departureDate) {
        set("departureDate", departureDate);
        return this;
    }

    private PlacementRequest returnDate(String returnDate) {
        set("returnDate", returnDate);
        return this;
    }

    /** The discipline, or {@code null} for none. */
    public PlacementRequest discipline(String discipline) {
        set("discipline", discipline);
        return this;
    }

    public PlacementRequest notes(String notes) {
        set("notes", notes);
        return this;
    }

    public PlacementRequest birthDate(String birthDate) {
        set("birthDate", birthDate);
        return this;
    }

    public PlacementRequest parentalConsent(boolean parentalConsent) {
        set("parentalConsent", parentalConsent);
        return this;
    }

    public PlacementRequest lateReason(String lateReason) {
        set("lateReason", lateReason);
        return this;
    }

    /** Names the usual student of a number ({@link StudentDetails#of}), as staff must. */
    public PlacementRequest forStudent(String number) {
        return student(StudentDetails.of(number));
    }

    /** Names a student: number, name and e-mail. */
    public PlacementRequest student(StudentDetails student) {
        return studentNumber(student.number()).studentName(student.name()).studentEmail(student.email());
    }

    public PlacementRequest studentNumber(String studentNumber) {
        set("studentNumber", studentNumber);
        return this;
    }

    public PlacementRequest studentName(String studentName) {
        set("studentName", studentName);
        return this;
    }

    public PlacementRequest studentEmail(String studentEmail) {
        set("studentEmail", studentEmail);
        return this;
    }

    private PlacementRequest registeredAt(String registeredAt) {
        set("registeredAt", registeredAt);
        return this;
    }

    /** The KL-app id, which an item of a KL-app batch carries. */
    public PlacementRequest klAppId(String klAppId) {
        set("klAppId", klAppId);
        return this;
    }

    /** Any other member, for what the service must ignore or refuse. */
    public PlacementRequest with(String member, Object value) {
        set(member, value);
        return this;
    }
}
