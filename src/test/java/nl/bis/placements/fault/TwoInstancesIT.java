package nl.bis.placements.fault;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.EventRequest.meeting;
import static nl.bis.placements.testing.PlacementRequest.fromKlApp;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.bis.placements.deadline.DeadlineCalculator;
import nl.bis.placements.testing.DeadlineRuleRequest;
import nl.bis.placements.testing.StudentDetails;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged service, in its production profile, on one PostgreSQL: what one instance does, the
 * other must respect. Nothing here may rely on memory or locks inside one JVM. Runs after packaging (failsafe).
 */
class TwoInstancesIT {

    private static final String ISSUER = "https://login.it.example/realms/placements";
    private static EmbeddedPostgres postgres;
    private static KeyPair keys;
    private static final List<Process> instances = new ArrayList<>();
    private static final List<String> urls = new ArrayList<>();

    @BeforeAll
    static void twoInstancesOnOneDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        for (int i = 0; i < 2; i++) {
            int port = freePort();
            Path log = Files.createTempFile("placements-instance-" + i, ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar", "target/quarkus-app/quarkus-run.jar")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.getJdbcUrl("postgres", "postgres"));
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
            env.put("QUARKUS_OIDC_DISCOVERY_ENABLED", "false");
            env.put("QUARKUS_OIDC_PUBLIC_KEY", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
            env.put("QUARKUS_OIDC_TOKEN_ISSUER", ISSUER);
            instances.add(builder.start());
            urls.add("http://localhost:" + port);
            awaitReady(urls.get(i), log);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process instance : instances) {
            instance.destroy();
        }
        for (Process instance : instances) {
            instance.waitFor();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitReady(String url, Path log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("instance at " + url + " did not get ready:\n" + Files.readString(log));
    }

    private static String token(String user, String role, String studentNumber) {
        var claims = Jwt.issuer(ISSUER).audience("placements-api").subject(user).preferredUserName(user)
                .claim("realm_access", Map.of("roles", List.of(role))).expiresIn(600);
        if (studentNumber != null) {
            claims.claim("student_number", studentNumber);
        }
        return claims.jws().sign(keys.getPrivate());
    }

    private static String url(int request) {
        return urls.get(request % 2);
    }

    private static <T> List<T> allAtOnce(List<Callable<T>> calls) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void seatCapacityHoldsAcrossInstances() throws Exception {
        String staff = token("staff1", "staff", null);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(30);
        long event = given().baseUri(url(0)).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(meeting(day.toString()).location("F-120").json())
                .when().post("/api/v1/preparation-events").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Callable<Response>> signUps = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String number = String.valueOf(5_000_000 + i);
            String base = url(i);
            signUps.add(() -> given().baseUri(base).auth().oauth2(token("s" + number, "student", number))
                    .when().post("/api/v1/preparation-events/" + event + "/registrations"));
        }

        List<Response> results = allAtOnce(signUps);

        assertTrue(results.stream().allMatch(r -> r.statusCode() == 201),
                results.stream().map(Response::statusCode).toList().toString());
        assertEquals(30, results.stream().filter(r -> "CONFIRMED".equals(r.jsonPath().getString("status"))).count());
        Set<Integer> positions = new HashSet<>();
        results.stream().filter(r -> "WAITLISTED".equals(r.jsonPath().getString("status")))
                .forEach(r -> assertTrue(positions.add(r.jsonPath().getInt("waitlistPosition"))));
        assertEquals(90, positions.size());
        given().baseUri(url(1)).auth().oauth2(staff).when().get("/api/v1/preparation-events/" + event)
                .then().statusCode(200).body("confirmed", org.hamcrest.Matchers.equalTo(30));
    }

    @Test
    void concurrentUpdatesWithOneETagOnTwoInstancesLoseNothing() throws Exception {
        String staff = token("staff1", "staff", null);
        LocalDate departure = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(8);
        String location = given().baseUri(url(0)).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(placement("GP_CLERKSHIP", "AW", departure.toString(), departure.plusWeeks(8).toString())
                        .at("Oranjestad", "Praktijk Noord").discipline(null)
                        .student(new StudentDetails("6000001", "Student", "s@student.example.org")).json())
                .when().post("/api/v1/placements").then().statusCode(201).extract().header("Location");
        String path = URI.create(location).getPath();
        List<Callable<Integer>> patches = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String base = url(i);
            String notes = "writer " + i;
            patches.add(() -> given().baseUri(base).auth().oauth2(staff).contentType("application/merge-patch+json")
                    .header("If-Match", "\"0\"").body("{\"notes\": \"" + notes + "\"}")
                    .when().patch(path).statusCode());
        }

        List<Integer> statuses = allAtOnce(patches);

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(9, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        given().baseUri(url(1)).auth().oauth2(staff).when().get(path + "/history").then()
                .body("findAll { it.action == 'UPDATED' }.size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void oneKlAppRegistrationDeliveredToBothInstancesAtOnceMakesOnePlacement() throws Exception {
        String klApp = token("service-account-kl-app", "kl-app", null);
        String id = "KL-" + UUID.randomUUID();
        LocalDate departure = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusMonths(9);
        String body = fromKlApp("7000001", departure.toString(), departure.plusWeeks(20).toString(),
                java.time.Instant.now().minusSeconds(60).toString())
                .student(new StudentDetails("7000001", "Student", "s@student.example.org")).discipline(null).json();
        List<Callable<Integer>> deliveries = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String base = url(i);
            deliveries.add(() -> given().baseUri(base).auth().oauth2(klApp).contentType(ContentType.JSON).body(body)
                    .when().put("/api/v1/integrations/kl-app/registrations/" + id).statusCode());
        }

        List<Integer> statuses = allAtOnce(deliveries);

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(29, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
    }

    @Test
    void aRuleCreatedOnOneInstanceIsAnsweredByTheOtherWithTheSameTag() {
        String staff = token("staff1", "staff", null);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate departure = today.plusMonths(6);
        String cutoff = DeadlineCalculator.cutoff(departure, Period.ofMonths(3)).toString();
        given().baseUri(url(1)).queryParam("placementType", "TROPICAL_INTERNSHIP")
                .queryParam("departureDate", departure.toString()).when().get("/api/v1/deadlines")
                .then().statusCode(200).body("[0].status", org.hamcrest.Matchers.equalTo("NO_CUTOFF"));

        given().baseUri(url(0)).auth().oauth2(staff).contentType(ContentType.JSON)
                .body(DeadlineRuleRequest.rule("TROPICAL_INTERNSHIP", "REGISTRATION", "P3M", today.toString())
                        .validUntil(today.plusDays(1).toString()).json())
                .when().post("/api/v1/deadline-rules").then().statusCode(201);

        // The other instance hears of it through PostgreSQL's NOTIFY: milliseconds, bounded here generously.
        List<String> tags = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            String base = url(instance);
            Response answer = await().atMost(Duration.ofSeconds(3)).until(
                    () -> given().baseUri(base).queryParam("placementType", "TROPICAL_INTERNSHIP")
                            .queryParam("departureDate", departure.toString()).when().get("/api/v1/deadlines"),
                    r -> cutoff.equals(r.jsonPath().getString("[0].registrationCutoff")));
            tags.add(answer.header("ETag"));
        }
        assertEquals(tags.get(0), tags.get(1));
    }

    @Test
    void productionServesNoSwaggerUiAndKnowsNoDemoIssuer() {
        given().baseUri(url(0)).when().get("/q/swagger-ui/").then().statusCode(404);
        given().baseUri(url(0)).when().get("/q/dev-ui/").then().statusCode(404);
        given().baseUri(url(0)).auth().oauth2(nl.bis.placements.local.DemoTokensAccess.staffToken())
                .when().get("/api/v1/deadline-rules").then().statusCode(401);
    }
}
