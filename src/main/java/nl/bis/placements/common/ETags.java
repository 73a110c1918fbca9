package nl.bis.placements.common;

import java.util.Arrays;

/** Strong entity tags made from a version column, and the If-Match check that guards updates. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks an If-Match header against the current version: 428 when it is missing, 412 when no listed tag is the
     * current one. Weak tags never match (RFC 9110 strong comparison); {@code *} matches any current version.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ApiException.preconditionRequired();
        }
        String current = of(currentVersion);
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw ApiException.preconditionFailed(current);
        }
    }
}
