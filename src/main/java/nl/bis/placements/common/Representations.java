package nl.bis.placements.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** The representation a caller prefers among those an operation offers, such as JSON or a CSV export. */
public final class Representations {

    public static final MediaType CSV = MediaType.valueOf("text/csv");

    private Representations() {
    }

    /**
     * The first offered type that the caller's Accept header allows, taking its entries by order and quality; the
     * first offered type when nothing matches or the caller sent a wildcard. (The framework has already answered 406
     * when Accept allows none of the operation's types.)
     */
    public static MediaType preferred(HttpHeaders headers, MediaType... offered) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            for (MediaType type : offered) {
                if (acceptable.isCompatible(type)) {
                    return type;
                }
            }
        }
        return offered[0];
    }
}
