package nl.bis.placements.common;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies a bearer token once. The OIDC mechanism parses the token, checks its RS256 signature, issuer, audience and
 * expiry and maps its roles on every request, which is most of the work of a small read; this mechanism asks it once
 * per token and keeps the identity it produced, keyed by a SHA-256 hash of the exact {@code Authorization} header.
 * <ul>
 *   <li>An identity is kept until its token's {@code exp} at the latest, and never longer than
 *       {@code placements.auth.verified-tokens.max-age}, so that a key the identity provider withdraws stops being
 *       trusted within that time. At most {@code placements.auth.verified-tokens.max-size} identities are kept.</li>
 *   <li>A token that fails is never kept: it is sent to the OIDC mechanism again on every request, so a changed
 *       (tampered) token, which hashes differently, is always verified and refused.</li>
 *   <li>Only a header that the OIDC mechanism verified as exactly that token is kept (one {@code Authorization}
 *       header, whose token is the identity's credential).</li>
 * </ul>
 * Each request gets its own copy of the identity, holding that request's routing context.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements HttpAuthenticationMechanism {

    private static final String BEARER = "bearer ";

    private record Verified(SecurityIdentity identity, Instant expires) {
    }

    private final OidcAuthenticationMechanism oidc;
    private final Cache<String, Verified> verified;
    private final Duration maxAge;
    private final LongAdder verifications = new LongAdder();

    @Inject
    VerifiedTokens(OidcAuthenticationMechanism oidc, PlacementsConfig config) {
        this.oidc = oidc;
        this.maxAge = config.auth().verifiedTokens().maxAge();
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.auth().verifiedTokens().maxSize())
                .expireAfter(Expiry.<String, Verified>creating(
                        (key, entry) -> Duration.between(Instant.now(), entry.expires())))
                .build();
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        List<String> headers = context.request().headers().getAll(HttpHeaders.AUTHORIZATION);
        if (headers.size() != 1 || !headers.getFirst().regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return oidc.authenticate(context, identities);
        }
        String header = headers.getFirst();
        String key = Hashes.sha256(header);
        Verified hit = verified.getIfPresent(key);
        if (hit != null && Instant.now().isBefore(hit.expires())) {
            return Uni.createFrom().item(forRequest(hit.identity(), context));
        }
        verifications.increment();
        return oidc.authenticate(context, identities).invoke(identity -> remember(key, header, identity));
    }

    /** How many times a token was handed to the OIDC mechanism to verify (a hit in the cache is not counted). */
    public long verifications() {
        return verifications.sum();
    }

    private void remember(String key, String header, SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()
                || !(identity.getPrincipal() instanceof JsonWebToken token) || token.getExpirationTime() <= 0) {
            return;
        }
        TokenCredential credential = identity.getCredential(TokenCredential.class);
        if (credential == null || !header.substring(BEARER.length()).strip().equals(credential.getToken())) {
            return;
        }
        Instant now = Instant.now();
        Instant expires = Instant.ofEpochSecond(token.getExpirationTime());
        if (expires.isAfter(now.plus(maxAge))) {
            expires = now.plus(maxAge);
        }
        if (expires.isAfter(now)) {
            verified.put(key, new Verified(identity, expires));
        }
    }

    private static SecurityIdentity forRequest(SecurityIdentity identity, RoutingContext context) {
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(RoutingContext.class.getName(), context)
                .build();
    }


    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    /** Tried before the OIDC mechanism, which it asks whenever it does not know a token. */
    @Override
    public int getPriority() {
        return oidc.getPriority() + 1;
    }
}
