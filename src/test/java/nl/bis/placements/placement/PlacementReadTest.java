package nl.bis.placements.placement;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.TestStudents.Student;
import nl.bis.placements.testing.Tokens;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading a placement by id is one select and loads no managed entity; the answer is the same for every reader. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class PlacementReadTest {

    @Inject
    TestClock clock;

    @Inject
    SessionFactory sessions;

    @Test
    void aPlacementIsReadInOneSelectWithoutManagedEntities() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        Student owner = TestStudents.fresh();
        String location = register(owner.token(), placement("RESEARCH_INTERNSHIP", "GH", "2027-09-06", "2027-12-27"))
                .then().statusCode(201).extract().header("Location");
        Statistics statistics = sessions.getStatistics();
        statistics.clear();

        given().auth().oauth2(owner.token()).when().get(location)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("studentNumber", equalTo(owner.number()))
                .body("placementType", equalTo("RESEARCH_INTERNSHIP"))
                .body("destination.countryCode", equalTo("GH"))
                .body("durationWeeks", equalTo(16))
                .body("status", equalTo("REGISTERED"))
                .body("leadTime", equalTo("P6M"));

        assertEquals(1, statistics.getPrepareStatementCount(), "statements");
        assertEquals(0, statistics.getEntityLoadCount(), "managed entities loaded");
    }

    @Test
    void staffReadTheSamePlacementAsItsStudent() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        Student owner = TestStudents.fresh();
        String location = register(owner.token(), placement("GP_CLERKSHIP", "SR", "2027-09-06", "2027-11-01"))
                .then().statusCode(201).extract().header("Location");
        String asOwner = given().auth().oauth2(owner.token()).when().get(location).then().statusCode(200)
                .extract().asString();
        String asStaff = given().auth().oauth2(Tokens.staff()).when().get(location).then().statusCode(200)
                .extract().asString();
        assertEquals(asOwner, asStaff);
    }
}
