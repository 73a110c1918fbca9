package nl.bis.placements.fuzz;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every answer must satisfy, whatever the request: no 5xx; every error an RFC 9457 problem whose {@code status}
 * is the HTTP status and which names no class and carries no stack trace; and the answer as the contract describes
 * it for the operation (response side only: the requests are hostile on purpose).
 */
final class ResponseCheck {

    static final String WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Texts that only a leaked exception, class name or stack trace would put into a body. */
    static final List<String> LEAKS = List.of("Exception", "java.", "nl.bis", "at org.", "com.fasterxml",
            "org.hibernate", "io.quarkus", "io.vertx", "org.jboss", "\tat ");

    private final OpenApiInteractionValidator validator;

    ResponseCheck(String specification) {
        this.validator = OpenApiInteractionValidator.createFor(specification).build();
    }

    /**
     * The problems found with one answer; empty when it is fine.
     *
     * <p>Two kinds of validator messages are not problems. (1) A path with {@code ..} or an encoded slash is
     * normalised by the HTTP server before routing, so the request no longer addresses this operation: its answer
     * is not compared with the operation's responses (it must still be a problem, and not a 5xx). (2) The validator
     * treats every schema as closed ({@code additionalProperties: false}); RFC 9457 and the contract ("Business
     * refusals may add extension members such as ...") allow extension members on a problem, so an extra member of
     * a problem object is allowed. Extra members anywhere else still fail.
     */
    List<String> problems(Contract.Op op, String lookupPath, String variation, HttpResponse<byte[]> response) {
        List<String> problems = new ArrayList<>();
        int status = response.statusCode();
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (status >= 500) {
            problems.add("server error " + status);
        }
        if (status >= 400) {
            problemShape(status, contentType, body, problems);
        }
        if (status < 400 && contentType.startsWith("application/json")) {
            embeddedProblems(body, problems);
        }
        if (status < 400 && contentType.startsWith("text/csv")) {
            csv(body, problems);
        }
        if (status < 400 && contentType.startsWith(WORKBOOK)) {
            workbook(response.body(), problems);
        }
        if (contentType.startsWith("text/calendar") && body.lines().anyMatch(line -> line.startsWith(Hostile.INJECTED_LINE))) {
            problems.add("a value broke out of its line: '" + Hostile.INJECTED_LINE + "' is a line of its own");
        }
        boolean rerouted = variation.contains("path:traversal") || variation.contains("path:encoded-slash");
        if (rerouted) {
            reroutedNotCompared++;
        } else {
            contract(op, lookupPath, response, body, contentType, problems);
        }
        return problems;
    }

    /**
     * The contract for the CSV export: "A cell that would start with =, +, - or @ is prefixed with a single quote
     * so that spreadsheet programs do not execute it as a formula."
     */
    private static void csv(String body, List<String> problems) {
        List<List<String>> rows = rows(body);
        int width = rows.isEmpty() ? 0 : rows.get(0).size();
        for (List<String> row : rows) {
            if (row.size() != width) {
                problems.add("CSV row with " + row.size() + " cells instead of " + width + ": "
                        + FuzzRequest.abbreviate(String.join(",", row), 80));
                return;
            }
            for (String cell : row) {
                if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0) {
                    problems.add("CSV cell starts a formula: " + FuzzRequest.abbreviate(cell, 60));
                    return;
                }
            }
        }
    }

    /**
     * The contract for the workbook export: "No cell is a formula: text that starts with =, +, -, @, a tab or a
     * carriage return is a quote-prefixed text cell, so it stays text even when edited."
     */
    private static void workbook(byte[] body, List<String> problems) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        problems.add("workbook cell " + cell.getAddress() + " is a formula: " + cell.getCellFormula());
                        return;
                    }
                    if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()
                            && "=+-@\t\r".indexOf(cell.getStringCellValue().charAt(0)) >= 0
                            && !cell.getCellStyle().getQuotePrefixed()) {
                        problems.add("workbook cell " + cell.getAddress() + " would become a formula when edited: "
                                + FuzzRequest.abbreviate(cell.getStringCellValue(), 60));
                        return;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add("workbook cannot be read: " + e);
        }
    }

    /** The rows of an RFC 4180 document (a last empty line ends the document). */
    static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else if (c == '\n') {
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                wasQuoted = false;
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || wasQuoted || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** A problem inside a successful answer (a batch item's) must not be a server error either. */
    private static void embeddedProblems(String body, List<String> problems) {
        JsonNode root;
        try {
            root = Contract.JSON.readTree(body);
        } catch (Exception e) {
            return;
        }
        List<JsonNode> found = new ArrayList<>();
        collectProblems(root, found);
        for (JsonNode p : found) {
            int status = p.path("status").asInt();
            if (status >= 500) {
                problems.add("embedded problem with server error " + status + " (" + p.path("type").asText() + ")");
            }
            for (String leak : LEAKS) {
                if (p.toString().contains(leak)) {
                    problems.add("embedded problem leaks '" + leak.strip() + "'");
                }
            }
        }
    }

    private static void collectProblems(JsonNode node, List<JsonNode> found) {
        if (node == null) {
            return;
        }
        if (node.isObject() && node.path("type").isTextual() && node.has("title") && node.path("status").isInt()) {
            found.add(node);
        }
        if (node.isContainerNode()) {
            node.elements().forEachRemaining(child -> collectProblems(child, found));
        }
    }

    private static void problemShape(int status, String contentType, String body, List<String> problems) {
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            problems.add("error without problem+json (Content-Type '" + contentType + "')");
            return;
        }
        JsonNode problem;
        try {
            problem = Contract.JSON.readTree(body);
        } catch (Exception e) {
            problems.add("problem body is not JSON");
            return;
        }
        if (problem == null || !problem.isObject()) {
            problems.add("problem body is not a JSON object");
            return;
        }
        for (String member : List.of("type", "title")) {
            if (!problem.path(member).isTextual() || problem.path(member).asText().isBlank()) {
                problems.add("problem without '" + member + "'");
            }
        }
        if (!problem.path("status").isInt()) {
            problems.add("problem without integer 'status'");
        } else if (problem.path("status").asInt() != status) {
            problems.add("problem status " + problem.path("status").asInt() + " differs from HTTP status " + status);
        }
        for (String leak : LEAKS) {
            if (body.contains(leak)) {
                problems.add("problem leaks '" + leak.strip() + "'");
            }
        }
    }

    private void contract(Contract.Op op, String lookupPath, HttpResponse<byte[]> response, String body,
                          String contentType, List<String> problems) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(response.statusCode());
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                builder.withHeader(name, values);
            }
        });
        if (response.body().length > 0) {
            builder.withBody(body);
        }
        ValidationReport report = validator.validateResponse(lookupPath, Request.Method.valueOf(op.method()),
                builder.build());
        // One entry per distinct message, naming every place it was found (a list repeats the same mistake).
        java.util.Map<String, List<String>> places = new java.util.LinkedHashMap<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR && message.getKey().startsWith("validation.response")) {
                if (problemExtension(message, contentType)) {
                    extensionMembers.add(op.id() + ": " + message.getMessage());
                    continue;
                }
                java.util.regex.Matcher at = PATH.matcher(message.getMessage());
                String where = at.find() ? at.group(1) : "";
                String text = "contract: [" + message.getKey() + "] " + at.replaceFirst("") + nested(message);
                places.computeIfAbsent(text, k -> new ArrayList<>()).add(where);
            }
        }
        places.forEach((text, where) -> {
            List<String> named = where.stream().filter(w -> !w.isEmpty()).toList();
            String list = String.join(", ", named.subList(0, Math.min(4, named.size())))
                    + (named.size() > 4 ? " and " + (named.size() - 4) + " more" : "");
            problems.add(named.isEmpty() ? text : text + " (at " + list + ")");
        });
    }

    private static final java.util.regex.Pattern PATH = java.util.regex.Pattern.compile("^\\[Path '([^']*)'] ");

    /** Answers to rerouted paths ({@code ..}, encoded slash) that were not compared with the operation. */
    int reroutedNotCompared;

    /** Extension members seen on problems (allowed; listed in the report for the contract's documentation). */
    final java.util.Set<String> extensionMembers = new java.util.TreeSet<>();

    private static boolean problemExtension(ValidationReport.Message message, String contentType) {
        if (!message.getKey().equals("validation.response.body.schema.additionalProperties")) {
            return false;
        }
        return contentType.startsWith("application/problem+json")
                || message.getMessage().matches("(?s)^\\[Path '[^']*/problem'].*");
    }

    private static String nested(ValidationReport.Message message) {
        StringBuilder s = new StringBuilder();
        for (ValidationReport.Message n : message.getNestedMessages()) {
            s.append(" / ").append(n.getMessage());
        }
        return s.toString();
    }
}
