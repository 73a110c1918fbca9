package nl.bis.placements.common;

import static nl.bis.placements.testing.PlacementRequest.placement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import nl.bis.placements.testing.TestStudents;
import org.junit.jupiter.api.Test;

/**
 * A client that sends the headers of an upload and then trickles or stalls the body holds no worker thread: the body
 * is read on the I/O layer within a deadline ({@code placements.http.body-deadline}, ten seconds in tests), and the
 * rest of the service keeps answering.
 */
@QuarkusTest
class SlowUploadsTest {

    private static final String PARTIAL_REGISTRATION = "{\"placementType\": \"GP_CLERKSHIP\", ";
    private static final String AUTHENTICATED_READ = "/api/v1/placements";
    /** A public endpoint, an authenticated read and readiness. */
    private static final List<String> PROBES = List.of("/api/v1/placement-types", AUTHENTICATED_READ, "/q/health/ready");

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void stalledUploadsLeaveEveryEndpointAnswering() throws Exception {
        String token = TestStudents.fresh().token();
        for (String path : PROBES) {
            get(path, token, Duration.ofSeconds(30)); // warm-up: a first call loads classes, which is not measured here
        }
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                stalled.add(startUpload(token, 5000));
            }
            Thread.sleep(1000); // the server has taken up every one of them

            for (String path : PROBES) {
                answersWithinOneSecond(path, token);
            }

            for (Socket socket : stalled) {
                assertStillWaiting(socket);
            }
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aStalledBodyIsARequestTimeoutProblemAndTheConnectionCloses() throws Exception {
        try (Socket socket = startUpload(TestStudents.fresh().token(), 5000)) {
            socket.setSoTimeout(30_000);
            String answer = readUntilClosed(socket.getInputStream());

            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"status\":408"), answer);
            assertTrue(answer.contains("/problems/request-timeout"), answer);
        }
    }

    @Test
    void aClientLeavingMidBodyIsLoggedOnceAtDebugWithoutAStackTrace() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            Socket socket = startUpload(TestStudents.fresh().token(), 5000);
            Thread.sleep(300);
            socket.setSoLinger(true, 0); // reset the connection, as a dropped client does
            socket.close();

            List<LogRecord> aborted = awaitRecords(records, r -> r.getLoggerName().equals(BodyDeadline.class.getName()));
            Thread.sleep(500); // anything logged late about the same connection

            assertEquals(1, aborted.size(), "one record of the aborted upload");
            assertEquals("DEBUG", aborted.get(0).getLevel().getName());
            for (LogRecord record : records) {
                assertTrue(record.getLevel().intValue() < Level.WARNING.intValue() && record.getThrown() == null,
                        () -> "logged " + record.getLevel() + " " + record.getLoggerName() + ": " + record.getMessage());
            }
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void aClientThatExpectsContinueIsInvitedToSendItsBody() throws Exception {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.getOutputStream().write(("POST /api/v1/placements HTTP/1.1\r\n"
                    + "Host: localhost\r\n"
                    + "Authorization: Bearer " + TestStudents.fresh().token() + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: 5000\r\n"
                    + "Expect: 100-continue\r\n"
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(3000);
            byte[] status = socket.getInputStream().readNBytes("HTTP/1.1 100".length());

            assertEquals("HTTP/1.1 100", new String(status, StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aChunkedBodyIsReadInFull() throws Exception {
        LocalDate departure = LocalDate.now().plusYears(1);
        String registration = placement("GP_CLERKSHIP", "AW", departure.toString(), departure.plusWeeks(8).toString())
                .at("Oranjestad", "Huisartsenpraktijk Noord").discipline(null).json();
        HttpResponse<String> response = sendChunked(registration.getBytes(StandardCharsets.UTF_8));

        assertEquals(201, response.statusCode(), response.body());
    }

    @Test
    void aChunkedBodyOverTheLimitIsAPayloadTooLargeProblem() throws Exception {
        byte[] huge = ("{\"notes\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = sendChunked(huge);

        assertEquals(413, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("/problems/payload-too-large"), response.body());
    }

    @Test
    void onlySoManyDocumentUploadsAreHeldAtOnceAndTheirPlacesComeBackWhenTheyLeave() throws Exception {
        String token = TestStudents.fresh().token();
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 16; i++) { // placements.http.concurrent-uploads
                stalled.add(startDocumentUpload(token));
            }
            Thread.sleep(500);
            try (Socket oneMore = startDocumentUpload(token)) {
                oneMore.setSoTimeout(10_000);
                String answer = readUntilClosed(oneMore.getInputStream());
                assertTrue(answer.startsWith("HTTP/1.1 503"), answer);
                assertTrue(answer.contains("Retry-After: 10") || answer.contains("retry-after: 10"), answer);
                assertTrue(answer.contains("/problems/service-unavailable"), answer);
            }
        } finally {
            for (Socket socket : stalled) {
                socket.setSoLinger(true, 0);
                socket.close(); // clients that give up halfway
            }
        }
        Thread.sleep(500);
        for (int i = 0; i < 20; i++) { // more than the bound: every place was given back
            try (Socket socket = startDocumentUpload(token)) {
                String restOfBody = "x".repeat(1000 - "--XyZ\r\n".length());
                socket.getOutputStream().write(restOfBody.getBytes(StandardCharsets.US_ASCII));
                socket.setSoTimeout(10_000);
                String answer = readUntilClosedOrAnswered(socket.getInputStream());
                assertTrue(!answer.startsWith("HTTP/1.1 503"), answer);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------

    /** Opens a document upload announcing a body of 1000 bytes and sends only the first part of the form. */
    private static Socket startDocumentUpload(String token) throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/placements/1/documents HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: multipart/form-data; boundary=XyZ\r\n"
                + "Content-Length: 1000\r\n"
                + "\r\n"
                + "--XyZ\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** The answer's status line and headers, once they arrive (the connection may stay open after them). */
    private static String readUntilClosedOrAnswered(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            answer.write(b);
            if (answer.toString(StandardCharsets.US_ASCII).contains("\r\n\r\n")) {
                break;
            }
        }
        return answer.toString(StandardCharsets.US_ASCII);
    }

    /** A registration whose body has no announced length (Transfer-Encoding: chunked). */
    private HttpResponse<String> sendChunked(byte[] body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/placements"))
                .header("Authorization", "Bearer " + TestStudents.fresh().token())
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a registration whose headers announce a body of the given length, and sends only its first bytes. */
    private static Socket startUpload(String token, int contentLength) throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/placements HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: application/json\r\n"
                + "Content-Length: " + contentLength + "\r\n"
                + "\r\n"
                + PARTIAL_REGISTRATION).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    private void answersWithinOneSecond(String path, String token) throws Exception {
        try {
            get(path, token, Duration.ofSeconds(1));
        } catch (HttpTimeoutException e) {
            fail(path + " did not answer within 1 s while uploads were stalled");
        }
    }

    /** A GET that must succeed; the token goes only to the authenticated read. */
    private void get(String path, String token, Duration timeout) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .timeout(timeout);
        if (path.equals(AUTHENTICATED_READ)) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + " answered " + response.body());
    }

    /** The server neither answered nor closed the connection: the upload is still waiting for its body. */
    private static void assertStillWaiting(Socket socket) throws IOException {
        socket.setSoTimeout(1);
        try {
            int read = socket.getInputStream().read();
            fail("a stalled upload was " + (read < 0 ? "closed" : "answered") + " before its deadline");
        } catch (SocketTimeoutException expected) {
            // nothing arrived
        }
    }

    private static String readUntilClosed(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        in.transferTo(answer);
        return answer.toString(StandardCharsets.UTF_8);
    }

    private static List<LogRecord> awaitRecords(List<LogRecord> records, Predicate<LogRecord> which)
            throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            List<LogRecord> found = records.stream().filter(which).toList();
            if (!found.isEmpty()) {
                return found;
            }
            Thread.sleep(100);
        }
        return List.of();
    }
}
