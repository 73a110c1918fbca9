package nl.bis.placements.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The valid request of an operation and its hostile variations, derived from the contract. */
final class Variations {

    private final Contract contract;
    private final Fixture fixture;

    Variations(Contract contract, Fixture fixture) {
        this.contract = contract;
        this.fixture = fixture;
    }

    // ------------------------------------------------------------------------------------------ the valid request

    /** The plausible valid request: the seeded ids, the required query parameters, the caller's example body. */
    FuzzRequest valid(Contract.Op op, String caller) {
        Map<String, String> query = baseQuery(op);
        Map<String, String> headers = new LinkedHashMap<>();
        if (op.hasHeader("If-Match")) {
            headers.put("If-Match", "*");
        }
        JsonNode body = fixture.validBody(op, caller);
        return new FuzzRequest("valid", op.method(), path(op, Map.of()), query(query), headers,
                body == null ? null : bytes(body), body == null ? null : op.body().mediaType());
    }

    /** The concrete path with the seeded ids, except for the parameters given (already encoded). */
    String path(Contract.Op op, Map<String, String> overrides) {
        String path = op.path();
        for (Contract.Param p : op.params("path")) {
            String value = overrides.getOrDefault(p.name(), Hostile.encode(fixture.existing(op, p)));
            path = path.replace("{" + p.name() + "}", value);
        }
        return path;
    }

    /** The path used to find the operation in the contract when validating the answer. */
    static String lookupPath(Contract.Op op) {
        String path = op.path();
        for (Contract.Param p : op.params("path")) {
            path = path.replace("{" + p.name() + "}", Fixture.lookupValue(p));
        }
        return path;
    }

    // ------------------------------------------------------------------------------------------ the variations

    /** Every hostile variation of the valid request, in a stable order. */
    List<FuzzRequest> hostile(Contract.Op op, FuzzRequest valid, JsonNode validBody, boolean literalOne) {
        List<FuzzRequest> out = new ArrayList<>();
        out.add(valid.withHeader("accept:application/xml", "Accept", "application/xml"));
        out.add(valid.withHeader("accept:text/html", "Accept", "text/html"));
        pathVariations(op, valid, literalOne, out);
        queryVariations(op, valid, out);
        headerVariations(op, valid, out);
        if (op.body() != null) {
            bodyVariations(op, valid, validBody, out);
        }
        return out;
    }

    /** The valid request with every optional query parameter set to its example too. */
    FuzzRequest withAllExamples(Contract.Op op, FuzzRequest valid) {
        Map<String, String> query = baseQuery(op);
        for (Contract.Param p : op.params("query")) {
            if (p.example() != null) {
                query.put(p.name(), p.example().asText());
            }
        }
        return valid.withQuery("valid:all-query-examples", query(query));
    }

    private void pathVariations(Contract.Op op, FuzzRequest valid, boolean literalOne, List<FuzzRequest> out) {
        for (Contract.Param p : op.params("path")) {
            List<Hostile.Named<String>> values = new ArrayList<>(
                    Hostile.withEnumValues(p.schema(), Hostile.pathValues(p.schema(), fixture.existing(op, p))));
            if (literalOne) {
                values.add(0, new Hostile.Named<>("path:one", "1"));
            }
            for (Hostile.Named<String> v : values) {
                out.add(valid.withPath(p.name() + " " + v.label(), path(op, Map.of(p.name(), v.value()))));
            }
        }
    }

    private Map<String, String> baseQuery(Contract.Op op) {
        Map<String, String> query = new LinkedHashMap<>();
        for (Contract.Param p : op.params("query")) {
            if (p.required()) {
                query.put(p.name(), p.example() != null ? p.example().asText() : "1");
            }
        }
        return query;
    }

    private void queryVariations(Contract.Op op, FuzzRequest valid, List<FuzzRequest> out) {
        for (Contract.Param p : op.params("query")) {
            if (p.required()) {
                Map<String, String> without = baseQuery(op);
                without.remove(p.name());
                out.add(valid.withQuery(p.name() + " missing", query(without)));
            }
            for (Hostile.Named<String> v : Hostile.withEnumValues(p.schema(), Hostile.queryValues(p.schema()))) {
                Map<String, String> query = baseQuery(op);
                query.put(p.name(), v.value());
                out.add(valid.withQuery(p.name() + " " + v.label(), query(query)));
            }
            Map<String, String> query = baseQuery(op);
            query.remove(p.name());
            String repeated = query(query);
            String example = p.example() != null ? p.example().asText() : "1";
            repeated = (repeated.isEmpty() ? "" : repeated + "&") + p.name() + "=" + Hostile.encode(example)
                    + "&" + p.name() + "=NOT_A_VALUE";
            out.add(valid.withQuery(p.name() + " repeated", repeated));
        }
        if (!op.params("query").isEmpty() || op.method().equals("GET")) {
            Map<String, String> query = baseQuery(op);
            query.put("fuzzUnknownParameter", "x");
            out.add(valid.withQuery("query:unknown-parameter", query(query)));
        }
    }

    private void headerVariations(Contract.Op op, FuzzRequest valid, List<FuzzRequest> out) {
        if (op.hasHeader("If-Match")) {
            out.add(valid.withHeader("If-Match missing", "If-Match", null));
            for (String v : List.of("\"0\"", "\"999999999\"", "W/\"1\"", "garbage", "\"1\", \"2\"", "",
                    "\"" + "9".repeat(40) + "\"")) {
                out.add(valid.withHeader("If-Match " + (v.isEmpty() ? "empty" : FuzzRequest.abbreviate(v, 20)),
                        "If-Match", v));
            }
        }
        if (op.hasHeader("If-None-Match")) {
            for (String v : List.of("*", "garbage", "\"x\"", "W/\"x\"", "")) {
                out.add(valid.withHeader("If-None-Match " + (v.isEmpty() ? "empty" : v), "If-None-Match", v));
            }
        }
    }

    private void bodyVariations(Contract.Op op, FuzzRequest valid, JsonNode validBody, List<FuzzRequest> out) {
        String media = op.body().mediaType();
        out.add(valid.withBody("body:absent", null, media));
        for (Hostile.Named<byte[]> b : Hostile.malformedBodies()) {
            out.add(valid.withBody(b.label(), b.value(), media));
        }
        byte[] body = valid.body() != null ? valid.body() : "{}".getBytes(StandardCharsets.UTF_8);
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                media.equals("application/json") ? "application/merge-patch+json" : "application/json")) {
            out.add(valid.withBody("content-type:" + type, body, type));
        }
        out.add(valid.withBody("content-type:none", body, null));
        JsonNode start = validBody != null ? validBody : Hostile.NODES.objectNode();
        Schema<?> schema = bodySchema(op);
        if (start.isObject() && schema != null) {
            members(out, valid, start, schema, new ArrayList<>(), 0);
            ObjectNode unknown = ((ObjectNode) start).deepCopy();
            unknown.put("fuzzUnknownMember", "x");
            out.add(valid.withBody("member:unknown", bytes(unknown), media));
        }
    }

    /**
     * The schema to mutate a body by. Two bodies are described loosely by the contract and are mutated by the schema
     * the contract names for their members: a merge patch by {@code NewPlacement} (every member optional), a batch
     * item by {@code KlAppRegistration} plus {@code klAppId}.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private Schema<?> bodySchema(Contract.Op op) {
        return switch (op.id()) {
            case "updatePlacement" -> {
                ObjectSchema patch = new ObjectSchema();
                patch.setProperties(new LinkedHashMap<>(contract.schema("NewPlacement").getProperties()));
                yield patch;
            }
            case "upsertKlAppRegistrations" -> {
                Schema<?> registration = contract.schema("KlAppRegistration");
                ObjectSchema item = new ObjectSchema();
                Map<String, Schema> properties = new LinkedHashMap<>();
                properties.put("klAppId", new StringSchema().pattern("^[A-Za-z0-9._-]{1,64}$"));
                properties.putAll(registration.getProperties());
                item.setProperties(properties);
                List<String> required = new ArrayList<>(registration.getRequired());
                required.add("klAppId");
                item.setRequired(required);
                ArraySchema items = new ArraySchema();
                items.setItems(item);
                items.setMinItems(1);
                items.setMaxItems(1000);
                ObjectSchema batch = new ObjectSchema();
                batch.addProperty("items", items);
                batch.setRequired(List.of("items"));
                yield batch;
            }
            default -> op.body().schema();
        };
    }

    @SuppressWarnings("rawtypes")
    private void members(List<FuzzRequest> out, FuzzRequest valid, JsonNode body, Schema<?> schema,
                         List<Object> path, int depth) {
        if (schema.getProperties() == null) {
            return;
        }
        String media = valid.contentType();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
            List<Object> at = new ArrayList<>(path);
            at.add(property.getKey());
            String name = dotted(at);
            Schema<?> member = property.getValue();
            if (required.contains(property.getKey())) {
                out.add(valid.withBody("member " + name + " missing", bytes(set(body, at, null)), media));
            }
            for (Hostile.Named<JsonNode> v : Hostile.wrongTypes(member)) {
                out.add(valid.withBody("member " + name + " " + v.label(), bytes(set(body, at, v.value())), media));
            }
            for (Hostile.Named<JsonNode> v : Hostile.values(member)) {
                out.add(valid.withBody("member " + name + " " + v.label(), bytes(set(body, at, v.value())), media));
            }
            if (depth < 2 && "object".equals(Hostile.typeOf(member))) {
                members(out, valid, body, member, at, depth + 1);
            }
            if (depth < 2 && member instanceof ArraySchema array && array.getItems() != null
                    && "object".equals(Hostile.typeOf(array.getItems())) && get(body, at) instanceof ArrayNode a
                    && !a.isEmpty()) {
                List<Object> first = new ArrayList<>(at);
                first.add(0);
                members(out, valid, body, array.getItems(), first, depth + 1);
            }
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static String dotted(List<Object> path) {
        return path.stream().map(p -> p instanceof Integer i ? "[" + i + "]" : "." + p)
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static JsonNode get(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object p : path) {
            node = p instanceof Integer i ? node.path(i) : node.path((String) p);
        }
        return node;
    }

    /** A copy of the body with the member at the path replaced (null: removed); missing parents are created. */
    private static JsonNode set(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            Object p = path.get(i);
            JsonNode next = p instanceof Integer n ? parent.path(n) : parent.path((String) p);
            if (!next.isContainerNode()) {
                if (parent instanceof ObjectNode o && !(p instanceof Integer)) {
                    next = o.putObject((String) p);
                } else {
                    return copy;
                }
            }
            parent = next;
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode o) {
            if (value == null) {
                o.remove((String) last);
            } else {
                o.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode a && last instanceof Integer i) {
            if (value == null) {
                a.remove(i);
            } else {
                a.set(i, value);
            }
        }
        return copy;
    }

    /** Non-ASCII is written as JSON unicode escapes, so that a lone surrogate reaches the service as it is. */
    private static final ObjectWriter ASCII = Contract.JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);

    static byte[] bytes(JsonNode node) {
        try {
            return ASCII.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + Hostile.encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }
}
