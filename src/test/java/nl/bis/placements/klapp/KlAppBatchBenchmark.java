package nl.bis.placements.klapp;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.fromKlApp;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Times a batch of 1000 new KL-app registrations, and its replay, over HTTP against the test PostgreSQL.
 * Not part of the test run (it reports figures, it does not judge them):
 * {@code ./mvnw test -Dtest=KlAppBatchBenchmark}. Figures go to standard output and target/benchmarks/.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class KlAppBatchBenchmark {

    private static final int ITEMS = 1000;

    @Inject
    TestClock clock;

    private static long post(String body, String expectOutcomeCount, int count) {
        long start = System.nanoTime();
        given().urlEncodingEnabled(false).auth().oauth2(Tokens.klApp()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/integrations/kl-app/registrations:batch")
                .then().statusCode(200).body(expectOutcomeCount, equalTo(count));
        return System.nanoTime() - start;
    }

    @Test
    void aBatchOfAThousandRegistrations() throws IOException {
        clock.fixOn(LocalDate.of(2027, 3, 10));
        String run = Long.toString(System.nanoTime(), 36);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            items.add(KlAppBatchTest.item("BENCH-" + run + "-" + i, fromKlApp(TestStudents.freshNumber())));
        }
        String batch = KlAppBatchTest.batch(items);
        post(KlAppBatchTest.batch(items.subList(0, 20)), "created", 20); // warm-up

        long created = post(batch, "created", ITEMS - 20);
        long replayed = post(batch, "unchanged", ITEMS);

        String report = String.format(Locale.ROOT, """
                KL-app batch of %d registrations (%d bytes), %s, %d cores
                  first delivery (980 new, 20 unchanged): %6.2f s  (%5.1f ms per item)
                  identical replay (all unchanged):       %6.2f s  (%5.1f ms per item)
                """, ITEMS, batch.length(), System.getProperty("java.vm.name") + " " + Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                created / 1e9, created / 1e6 / ITEMS, replayed / 1e9, replayed / 1e6 / ITEMS);
        System.out.println(report);
        Path out = Path.of("target", "benchmarks", "kl-app-batch.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }
}
