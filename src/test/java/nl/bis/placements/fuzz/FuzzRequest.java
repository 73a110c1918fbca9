package nl.bis.placements.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of the fuzzer, exactly as it goes on the wire: the raw (already percent-encoded) path and query, the
 * headers, the body bytes and the Content-Type ({@code null}: no Content-Type header at all).
 */
record FuzzRequest(String variation, String method, String path, String query, Map<String, String> headers,
                   byte[] body, String contentType) {

    FuzzRequest {
        headers = Map.copyOf(headers);
    }

    String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    FuzzRequest withVariation(String label) {
        return new FuzzRequest(label, method, path, query, headers, body, contentType);
    }

    FuzzRequest withPath(String label, String newPath) {
        return new FuzzRequest(label, method, newPath, query, headers, body, contentType);
    }

    FuzzRequest withQuery(String label, String newQuery) {
        return new FuzzRequest(label, method, path, newQuery, headers, body, contentType);
    }

    FuzzRequest withHeader(String label, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new FuzzRequest(label, method, path, query, copy, body, contentType);
    }

    FuzzRequest withBody(String label, byte[] newBody, String newContentType) {
        return new FuzzRequest(label, method, path, query, headers, newBody, newContentType);
    }

    FuzzRequest withBody(String label, String newBody) {
        return withBody(label, newBody == null ? null : newBody.getBytes(StandardCharsets.UTF_8), contentType);
    }

    /** A short description for the failure report: method, target, headers and the start of the body. */
    String describe() {
        StringBuilder s = new StringBuilder(method).append(' ').append(abbreviate(target(), 300));
        headers.forEach((k, v) -> {
            if (!k.equalsIgnoreCase("Authorization")) {
                s.append("\n    ").append(k).append(": ").append(abbreviate(v, 120));
            }
        });
        if (contentType != null) {
            s.append("\n    Content-Type: ").append(contentType);
        }
        if (body != null) {
            s.append("\n    body (").append(body.length).append(" bytes): ")
                    .append(abbreviate(new String(body, StandardCharsets.UTF_8), 600));
        }
        return s.toString();
    }

    static String abbreviate(String text, int max) {
        String oneLine = text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\u0000");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "...(" + oneLine.length() + " chars)";
    }
}
