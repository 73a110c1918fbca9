package nl.bis.placements.local;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The demo identity provider of the {@code local} profile: signs RS256 tokens for a fixed set of demo users with the
 * key whose public half only the local build trusts ({@code application-local.properties}). Production trusts its
 * real OIDC server and rejects these tokens (another issuer, another key).
 */
public final class DemoTokens {

    public static final String COMMAND = "demo-token";
    public static final String ISSUER = "urn:placements:local-demo";
    static final String AUDIENCE = "placements-api";
    static final Duration LIFETIME = Duration.ofHours(8);

    record DemoUser(String role, String studentNumber, String name, String email) {
    }

    static final Map<String, DemoUser> USERS = Map.of(
            "student1", new DemoUser("student", "1000001", "Sanne de Vries", "sanne.devries@student.example.org"),
            "student2", new DemoUser("student", "1000002", "Daan Jansen", "daan.jansen@student.example.org"),
            "staff1", new DemoUser("staff", null, "Chris Helm", "chris.helm@example.org"),
            "coordinator1", new DemoUser("coordinator", null, "Noor Bakker", "noor.bakker@example.org"),
            "kl-app", new DemoUser("kl-app", null, "KL-app", null));

    private DemoTokens() {
    }

    /** {@code demo-token <user>}: prints the token on standard output; returns the process exit code. */
    public static int run(String... args) {
        if (args.length != 2 || !USERS.containsKey(args[1])) {
            System.err.println("usage: demo-token <user>, user one of " + USERS.keySet().stream().sorted().toList());
            return 2;
        }
        System.out.println(sign(args[1]));
        return 0;
    }

    static String sign(String username) {
        DemoUser user = USERS.get(username);
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(username)
                .preferredUserName(username)
                .claim("realm_access", Map.of("roles", List.of(user.role())))
                .claim("name", user.name())
                .expiresIn(LIFETIME);
        if (user.email() != null) {
            claims.claim("email", user.email());
        }
        if (user.studentNumber() != null) {
            claims.claim("student_number", user.studentNumber());
        }
        return claims.jws().keyId("local-demo").sign(privateKey());
    }

    private static PrivateKey privateKey() {
        try {
            return KeyUtils.readPrivateKey("local-demo/private-key.pem");
        } catch (Exception e) {
            throw new IllegalStateException("The demo signing key is missing from the classpath", e);
        }
    }
}
