package nl.bis.placements.common;

import java.util.LinkedHashMap;

/**
 * A JSON object read member by member, for bodies the contract types exactly but the service must see as sent: a
 * merge patch (where {@code null} and an absent member differ) and a KL-app batch item (each validated on its own, so
 * that one invalid item does not fail the batch). The generated interfaces take it in place of a model class.
 */
public class JsonMembers extends LinkedHashMap<String, Object> {
}
