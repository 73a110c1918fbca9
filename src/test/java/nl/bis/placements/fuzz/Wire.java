package nl.bis.placements.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends {@link FuzzRequest}s with the JDK HTTP client. RestAssured is not used here because it re-encodes paths and
 * queries and always adds a Content-Type to a body; the fuzzer needs the raw bytes (hostile path segments, a body
 * without Content-Type).
 */
final class Wire {

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    Wire(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    HttpResponse<byte[]> send(FuzzRequest request, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.target()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        request.headers().forEach(builder::header);
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + request.method() + " " + request.target(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
