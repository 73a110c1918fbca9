package nl.bis.placements.testing;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

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

    /**
     * An upload that waits for the server's go-ahead ({@code Expect: 100-continue}) before sending the file, as curl
     * does for large files: a refusal from the headers alone arrives without the client writing into a closed
     * connection.
     */
    public static HttpResponse<String> expectingContinue(String token, String path, String fileName, byte[] content)
            throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes("\r\n--XyZ--\r\n".getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .expectContinue(true)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    public static Response upload(String token, String path, String fileName, byte[] content) {
        return upload(token, path, fileName, "application/pdf", content, null);
    }
}
