package nl.bis.placements.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;

/** Real signed access tokens, as the faculty's Keycloak would issue them, for each kind of caller. */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "placements-api";
    public static final String STUDENT_1 = "1000001";

    private Tokens() {
    }

    public static String student1() {
        return student("student1", STUDENT_1);
    }

    public static String student(String username, String studentNumber) {
        return sign(builder(username, "student").claim("student_number", studentNumber));
    }

    public static String staff() {
        return sign(builder("staff1", "staff"));
    }

    public static String coordinator() {
        return sign(builder("coordinator1", "coordinator"));
    }

    public static String klApp() {
        return sign(builder("service-account-kl-app", "kl-app"));
    }

    /**
     * A token with several realm roles at once, as Keycloak issues it to a user who holds them all; it carries the
     * student number when one is given.
     */
    public static String withRoles(String username, String studentNumber, List<String> roles) {
        JwtClaimsBuilder claims = builder(username, roles.getFirst()).claim("realm_access", Map.of("roles", roles));
        return sign(studentNumber == null ? claims : claims.claim("student_number", studentNumber));
    }

    /** A student's token that names them, as the faculty's identity provider does. */
    public static String student(String username, String studentNumber, String name, String email) {
        return sign(builder(username, "student").claim("student_number", studentNumber).claim("name", name)
                .claim("email", email));
    }

    /** A token whose claims a test may still change (issuer, audience, expiry) before signing. */
    public static JwtClaimsBuilder builder(String username, String role) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(username)
                .preferredUserName(username)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .expiresIn(600);
    }

    /** Signs with the key whose public half the test OIDC server publishes in its JWKS (key id "1"). */
    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("1").sign("privateKey.jwk");
    }
}
