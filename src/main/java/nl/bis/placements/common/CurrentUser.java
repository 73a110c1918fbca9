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

    /*
     * What a caller may do is what any of its roles grants: staff manage every student's records, coordinators read
     * them all, and the student role reaches only the caller's own. A caller holding several roles gets each grant,
     * and the student restrictions still apply wherever only the student role grants the access.
     */

    /** Staff and coordinators read every student's records. */
    public boolean readsEveryone() {
        return hasRole(Roles.STAFF) || hasRole(Roles.COORDINATOR);
    }

    /** Whether the records of this student are the caller's own: the student role and the same student number. */
    public boolean owns(String studentNumber) {
        return hasRole(Roles.STUDENT) && studentNumber != null && studentNumber.equals(studentNumber().orElse(null));
    }

    /** Whether the caller may see this student's records at all; anything else is answered "not found". */
    public boolean maySee(String studentNumber) {
        return readsEveryone() || owns(studentNumber);
    }

    public Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object claim = token.getClaim(name);
            return Optional.ofNullable(claim).map(Object::toString).map(String::strip).filter(s -> !s.isEmpty());
        }
        return Optional.empty();
    }
}
