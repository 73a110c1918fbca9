package nl.bis.placements.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: the name recorded on every change, their roles, and a student's number from the token. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    PlacementsConfig config;

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> studentNumber() {
        return claim(config.studentNumberClaim());
    }

    /** Only a student, not also staff or coordinator: sees and changes nothing but their own. */
    public boolean isStudentOnly() {
        return hasRole(Roles.STUDENT) && !hasRole(Roles.STAFF) && !hasRole(Roles.COORDINATOR);
    }

    public Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(name);
            return Optional.ofNullable(claim).map(Object::toString).map(String::strip).filter(s -> !s.isEmpty());
        }
        return Optional.empty();
    }
}
