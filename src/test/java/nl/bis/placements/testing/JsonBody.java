package nl.bis.placements.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The members of a request body in the order they were set, written as JSON text by the builders of this package.
 * Setting a member to {@code null} leaves it out. Tests send {@link #json()}; a builder handed to RestAssured's
 * {@code body(Object)} is written the same way.
 */
abstract class JsonBody {

    private static final ObjectMapper JSON = new ObjectMapper();

    @JsonValue
    final Map<String, Object> members = new LinkedHashMap<>();

    /** Posts a JSON body to a path with a token. */
    static Response post(String token, String path, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(path);
    }

    final void set(String member, Object value) {
        if (value == null) {
            members.remove(member);
        } else {
            members.put(member, value);
        }
    }

    /** The body as JSON text, for RestAssured's {@code body(String)}. */
    public final String json() {
        try {
            return JSON.writeValueAsString(members);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public final String toString() {
        return json();
    }
}
