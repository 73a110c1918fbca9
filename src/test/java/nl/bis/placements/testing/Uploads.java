package nl.bis.placements.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Multipart uploads as a browser form or {@code curl -F} sends them. */
public final class Uploads {

    private Uploads() {
    }

    /** Uploads a file as the part {@code file} (with a Content-Type the client claims), and a kind when given. */
    public static Response upload(String token, String path, String fileName, String claimedType, byte[] content,
                                  String kind) {
        RequestSpecification request = given().auth().oauth2(token)
                .multiPart("file", fileName, content, claimedType);
        if (kind != null) {
            request = request.multiPart("kind", kind);
        }
        return request.when().post(path);
    }

    public static Response upload(String token, String path, String fileName, byte[] content) {
        return upload(token, path, fileName, "application/pdf", content, null);
    }
}
