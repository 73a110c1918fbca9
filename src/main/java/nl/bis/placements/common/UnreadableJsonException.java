package nl.bis.placements.common;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * JSON a service could not read into its type after the request itself was read, such as a merge patch applied to
 * the current state; answered as an unreadable body is. Jackson's exception is checked, so it travels in this one.
 */
public class UnreadableJsonException extends RuntimeException {

    private final JsonProcessingException json;

    public UnreadableJsonException(JsonProcessingException json) {
        super(json.getOriginalMessage(), json, false, false);
        this.json = json;
    }

    public JsonProcessingException json() {
        return json;
    }
}
