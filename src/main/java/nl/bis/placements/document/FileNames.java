package nl.bis.placements.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The name a document is downloaded under: the client's name without any directory part or control character, at
 * most 255 characters, or a plain one when nothing usable is left; written into {@code Content-Disposition} so that
 * no name can break out of the header.
 */
final class FileNames {

    private static final Map<String, String> EXTENSIONS = Map.of(
            DocumentContent.PDF, "pdf", DocumentContent.PNG, "png", DocumentContent.JPEG, "jpg");
    private static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    static String clean(String name, String mediaType) {
        String base = name == null ? "" : name;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        base = base.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\"]", "").strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
            base = "document." + EXTENSIONS.get(mediaType);
        }
        return base.length() <= MAX_LENGTH ? base : base.substring(0, MAX_LENGTH);
    }

    /** {@code attachment} with an ASCII fallback name and the exact name in UTF-8 (RFC 6266, RFC 8187). */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]|[\"\\\\;]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
