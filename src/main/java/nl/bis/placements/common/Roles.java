package nl.bis.placements.common;

/** The roles a token can carry (Keycloak realm roles or groups). */
public final class Roles {

    public static final String STUDENT = "student";
    public static final String STAFF = "staff";
    public static final String COORDINATOR = "coordinator";
    public static final String KL_APP = "kl-app";

    private Roles() {
    }
}
