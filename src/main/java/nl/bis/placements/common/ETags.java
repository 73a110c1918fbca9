package nl.bis.placements.common;

import java.util.Arrays;
import java.util.regex.Pattern;

/** Strong entity tags made from a version column, and the If-Match check that guards updates. */
public final class ETags {

    /** RFC 9110: {@code *}, or a comma-separated list of (possibly weak) entity tags, each in double quotes. */
    private static final Pattern LIST = Pattern.compile(
            "\\*|(W/)?\"[\\x21\\x23-\\x7e]*\"(\\s*,\\s*(W/)?\"[\\x21\\x23-\\x7e]*\")*");

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
        if (!LIST.matcher(ifMatch.strip()).matches()) {
            throw ApiException.invalid("If-Match", "must be * or entity tags in double quotes, such as \"3\"");
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
