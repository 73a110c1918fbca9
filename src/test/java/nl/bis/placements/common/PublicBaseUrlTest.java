package nl.bis.placements.common;

import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.junit.jupiter.api.Test;

/** Behind a proxy, Location headers point at the configured public address. */
@QuarkusTest
@TestProfile(PublicBaseUrlTest.BehindAProxy.class)
class PublicBaseUrlTest {

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("placements.public-base-url", "https://placements.example.org/");
        }
    }

    @Test
    void aLocationIsBuiltOnTheConfiguredPublicAddress() {
        register(Tokens.staff(), placement("GP_CLERKSHIP", "CW", "2028-07-01", "2028-09-01")
                        .at("Willemstad", "Hospital").discipline(null).forStudent(TestStudents.freshNumber()))
                .then().statusCode(201).header("Location", startsWith("https://placements.example.org/api/v1/placements/"));
    }
}
