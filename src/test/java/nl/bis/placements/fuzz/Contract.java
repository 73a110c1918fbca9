package nl.bis.placements.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The operations of openapi/openapi.yaml, with their parameters, request bodies and examples, fully resolved. */
final class Contract {

    static final ObjectMapper JSON = new ObjectMapper();

    record Param(String name, String in, Schema<?> schema, boolean required, JsonNode example) {
    }

    /** A request body: its media type, schema and the named examples (in contract order). */
    record Body(String mediaType, Schema<?> schema, boolean required, Map<String, JsonNode> examples) {
    }

    record Op(String id, String method, String path, List<Param> params, Body body, boolean isPublic,
              Set<String> statuses) {

        List<Param> params(String in) {
            return params.stream().filter(p -> p.in().equals(in)).toList();
        }

        boolean hasHeader(String name) {
            return params.stream().anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase(name));
        }

        boolean safe() {
            return method.equals("GET");
        }
    }

    final OpenAPI api;
    final List<Op> operations;

    private Contract(OpenAPI api, List<Op> operations) {
        this.api = api;
        this.operations = operations;
    }

    static Contract load(String location) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(location, null, options);
        OpenAPI api = result.getOpenAPI();
        if (api == null) {
            throw new IllegalStateException("Cannot read " + location + ": " + result.getMessages());
        }
        boolean globallySecured = api.getSecurity() != null && !api.getSecurity().isEmpty();
        List<Op> ops = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                ops.add(toOp(path, item, method, operation, globallySecured))));
        return new Contract(api, List.copyOf(ops));
    }

    Schema<?> schema(String name) {
        return api.getComponents().getSchemas().get(name);
    }

    private static Op toOp(String path, PathItem item, PathItem.HttpMethod method, Operation operation,
                           boolean globallySecured) {
        Map<String, Param> params = new LinkedHashMap<>();
        for (List<Parameter> list : java.util.Arrays.asList(item.getParameters(), operation.getParameters())) {
            if (list != null) {
                for (Parameter p : list) {
                    params.put(p.getIn() + ":" + p.getName(), new Param(p.getName(), p.getIn(), p.getSchema(),
                            Boolean.TRUE.equals(p.getRequired()), exampleOf(p.getExample())));
                }
            }
        }
        Body body = null;
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            var content = operation.getRequestBody().getContent().entrySet().iterator().next();
            MediaType media = content.getValue();
            Map<String, JsonNode> examples = new LinkedHashMap<>();
            if (media.getExamples() != null) {
                for (Map.Entry<String, Example> e : media.getExamples().entrySet()) {
                    examples.put(e.getKey(), JSON.valueToTree(e.getValue().getValue()));
                }
            }
            if (media.getExample() != null) {
                examples.put("example", JSON.valueToTree(media.getExample()));
            }
            body = new Body(content.getKey(), media.getSchema(),
                    Boolean.TRUE.equals(operation.getRequestBody().getRequired()), examples);
        }
        boolean isPublic = operation.getSecurity() != null ? operation.getSecurity().isEmpty() : !globallySecured;
        Set<String> statuses = new LinkedHashSet<>(operation.getResponses().keySet());
        return new Op(operation.getOperationId(), method.name().toUpperCase(Locale.ROOT), path,
                List.copyOf(params.values()), body, isPublic, statuses);
    }

    /** Examples of parameters are plain values; dates may arrive as java.util.Date and are ignored then. */
    private static JsonNode exampleOf(Object example) {
        if (example == null || example instanceof java.util.Date || example instanceof java.time.temporal.Temporal) {
            return null;
        }
        return JSON.valueToTree(example);
    }
}
