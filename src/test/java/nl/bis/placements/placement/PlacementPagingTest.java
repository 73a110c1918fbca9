package nl.bis.placements.placement;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page of placements carries the exact number of matches and pages on every boundary, while the matches are counted
 * only when the page itself cannot tell how many there are (it is full, or beyond the last match), and the count reads
 * the students only when a filter is on them.
 */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class PlacementPagingTest {

    @Inject
    TestClock clock;

    @Inject
    SessionFactory sessionFactory;

    private Statistics statistics;

    private String number;

    @BeforeEach
    void threePlacementsOfOneStudent() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        number = TestStudents.freshNumber();
        register(Tokens.staff(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-08-01").forStudent(number))
                .then().statusCode(201);
        register(Tokens.staff(),
                placement("SOCIAL_MEDICINE_CLERKSHIP", "SR", "2027-08-15", "2027-09-15").forStudent(number))
                .then().statusCode(201);
        register(Tokens.staff(), placement("TROPICAL_INTERNSHIP", "GH", "2027-10-04", "2027-11-29").forStudent(number))
                .then().statusCode(201);
        statistics = sessionFactory.getStatistics();
    }

    @Test
    void noMatchIsNoItemsAndNoPages() {
        page(0, 2, "status", "APPROVED").body("items", hasSize(0)).body("totalItems", equalTo(0))
                .body("totalPages", equalTo(0));
    }

    @Test
    void aFirstPageLargerThanTheMatchesHoldsThemAllOnOnePage() {
        page(0, 5).body("items", hasSize(3)).body("totalItems", equalTo(3)).body("totalPages", equalTo(1));
    }

    @Test
    void exactlyAPageOfMatchesIsOnePage() {
        page(0, 3).body("items", hasSize(3)).body("totalItems", equalTo(3)).body("totalPages", equalTo(1));
    }

    @Test
    void oneMatchMoreThanAPageIsTwoPages() {
        page(0, 2).body("items.departureDate", contains("2027-07-01", "2027-08-15"))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
        page(1, 2).body("items.departureDate", contains("2027-10-04"))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
    }

    @Test
    void aPageBeyondTheLastMatchIsEmptyButCarriesTheTotal() {
        page(1, 3).body("items", hasSize(0)).body("totalItems", equalTo(3)).body("totalPages", equalTo(1));
        page(7, 2).body("items", hasSize(0)).body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
    }

    @Test
    void aPageThatEndsBeforeItsSizeIsNotCountedAgain() {
        assertEquals(List.of(), countsDuring(() -> page(0, 5).body("totalItems", equalTo(3))));
        assertEquals(List.of(), countsDuring(() -> page(1, 2).body("totalItems", equalTo(3))));
        assertEquals(List.of(), countsDuring(() -> page(0, 2, "status", "APPROVED").body("totalItems", equalTo(0))));
    }

    @Test
    void aFullPageOrOneBeyondTheEndIsCounted() {
        assertEquals(1, countsDuring(() -> page(0, 3).body("totalItems", equalTo(3))).size());
        assertEquals(1, countsDuring(() -> page(2, 2).body("totalItems", equalTo(3))).size());
    }

    @Test
    void aPageThatTellsItsTotalIsOneSelectWithoutManagedEntities() {
        statistics.clear();
        page(0, 5).body("items", hasSize(3)).body("items[2].destination.countryCode", equalTo("GH"))
                .body("items[2].studentName", equalTo("Student " + number));

        assertEquals(1, statistics.getPrepareStatementCount(), "statements");
        assertEquals(0, statistics.getEntityLoadCount(), "managed entities loaded");
    }

    @Test
    void theCountReadsTheStudentsOnlyForTheTextSearch() {
        List<String> byNumber = countsDuring(() -> page(0, 2).body("totalItems", equalTo(3)));
        List<String> byText = countsDuring(() -> given().auth().oauth2(Tokens.staff()).queryParam("q", "student " + number)
                .queryParam("size", 2).when().get("/api/v1/placements")
                .then().statusCode(200).body("items", hasSize(2)).body("totalItems", equalTo(3)));

        assertEquals(1, byNumber.size(), byNumber.toString());
        assertFalse(byNumber.getFirst().contains(" join "), byNumber.getFirst());
        assertEquals(1, byText.size(), byText.toString());
        assertTrue(byText.getFirst().contains(" join "), byText.getFirst());
    }

    /** The student's placements, as staff see them, by departure. */
    private ValidatableResponse page(int page, int size, String... filter) {
        var request = given().auth().oauth2(Tokens.staff()).queryParam("studentNumber", number)
                .queryParam("page", page).queryParam("size", size);
        for (int i = 0; i < filter.length; i += 2) {
            request.queryParam(filter[i], filter[i + 1]);
        }
        return request.when().get("/api/v1/placements").then().statusCode(200).body("page", equalTo(page))
                .body("size", equalTo(size));
    }

    /** The placement counts run during the request, each as often as it ran. */
    private List<String> countsDuring(Runnable request) {
        statistics.clear();
        request.run();
        List<String> counts = new ArrayList<>();
        for (String query : statistics.getQueries()) {
            String lower = query.toLowerCase(Locale.ROOT);
            if (lower.startsWith("select count(") && lower.contains("placemententity")) {
                for (long i = 0; i < statistics.getQueryStatistics(query).getExecutionCount(); i++) {
                    counts.add(query);
                }
            }
        }
        return counts;
    }
}
