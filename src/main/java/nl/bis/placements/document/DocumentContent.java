package nl.bis.placements.document;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.Tika;

/**
 * What an uploaded file is, judged only by its bytes: its type (Apache Tika's magic-byte detection, never the name or
 * the Content-Type the client sent), whether it is one of the accepted types, and whether it is whole (it ends with
 * its format's end marker, so a file cut off on the way is not kept as if it were complete).
 */
final class DocumentContent {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final Set<String> ACCEPTED = Set.of(PDF, PNG, JPEG);

    /** Tika with its default detector reads magic bytes; it is thread-safe. */
    private static final Tika TIKA = new Tika();

    private static final byte[] PDF_END = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** A PDF's end marker lies within its last 1024 bytes (ISO 32000-1, 7.5.5; readers look there). */
    private static final int PDF_TAIL = 1024;
    private static final byte[] PNG_END = HexFormat.of().parseHex("0000000049454e44ae426082"); // IEND chunk
    private static final byte[] JPEG_END = {(byte) 0xFF, (byte) 0xD9}; // EOI marker

    private DocumentContent() {
    }

    /** The media type the content is, as Tika names it ({@code application/octet-stream} when unknown). */
    static String detect(byte[] content) {
        return TIKA.detect(content);
    }

    /** Why a file of an accepted type is incomplete, or empty when it ends as its format requires. */
    static Optional<String> incomplete(String mediaType, byte[] content) {
        return switch (mediaType) {
            case PDF -> contains(tail(content, PDF_TAIL), PDF_END) ? Optional.empty()
                    : Optional.of("The PDF ends before its end marker (%%EOF); it was cut off on the way.");
            case PNG -> endsWith(content, PNG_END) ? Optional.empty()
                    : Optional.of("The PNG ends before its end chunk (IEND); it was cut off on the way.");
            case JPEG -> endsWith(trimPadding(content), JPEG_END) ? Optional.empty()
                    : Optional.of("The JPEG ends before its end marker (EOI); it was cut off on the way.");
            default -> throw new IllegalArgumentException("Not an accepted type: " + mediaType);
        };
    }

    private static byte[] tail(byte[] content, int length) {
        return Arrays.copyOfRange(content, Math.max(0, content.length - length), content.length);
    }

    private static boolean endsWith(byte[] content, byte[] end) {
        return content.length >= end.length
                && Arrays.equals(content, content.length - end.length, content.length, end, 0, end.length);
    }

    /** Some cameras and scanners pad a JPEG after its end marker with zero bytes. */
    private static byte[] trimPadding(byte[] content) {
        int end = content.length;
        while (end > 0 && content[end - 1] == 0) {
            end--;
        }
        return end == content.length ? content : Arrays.copyOf(content, end);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
