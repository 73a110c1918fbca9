package nl.bis.placements.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Request lines as a shell pastes them, with characters no HTTP client would send unencoded. A raw socket is used
 * because every client library (RestAssured, java.net.URI) would encode them first.
 */
@QuarkusTest
class RawRequestLineTest {

    private static String send(String target) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.klApp()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anUnencodedPlaceholderInTheQueryIsABadRequestProblem() throws IOException {
        String response = send("/api/v1/changes?after=<next>&limit=100");

        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        assertTrue(body.contains("\"status\":400"), response);
        assertTrue(body.contains("\"detail\""), response);
    }

    @Test
    void anUnencodedPlaceholderInThePathIsABadRequestProblem() throws IOException {
        String response = send("/api/v1/placements/<id>");

        assertEquals("HTTP/1.1 400", response.substring(0, 12), response);
        assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
    }
}
