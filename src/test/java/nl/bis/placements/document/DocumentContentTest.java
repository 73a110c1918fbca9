package nl.bis.placements.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import nl.bis.placements.testing.SampleFiles;
import org.junit.jupiter.api.Test;

class DocumentContentTest {

    @Test
    void theTypeComesFromTheBytes() {
        assertEquals("application/pdf", DocumentContent.detect(SampleFiles.pdf()));
        assertEquals("image/png", DocumentContent.detect(SampleFiles.png()));
        assertEquals("image/jpeg", DocumentContent.detect(SampleFiles.jpeg()));
        assertTrue(DocumentContent.detect(SampleFiles.executable()).startsWith("application/x-msdownload"));
        assertEquals("text/plain", DocumentContent.detect("just some text".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void wholeFilesAreComplete() {
        assertTrue(DocumentContent.incomplete("application/pdf", SampleFiles.pdf()).isEmpty());
        assertTrue(DocumentContent.incomplete("image/png", SampleFiles.png()).isEmpty());
        assertTrue(DocumentContent.incomplete("image/jpeg", SampleFiles.jpeg()).isEmpty());
        byte[] padded = Arrays.copyOf(SampleFiles.jpeg(), SampleFiles.jpeg().length + 16);
        assertTrue(DocumentContent.incomplete("image/jpeg", padded).isEmpty(), "zero padding after the end marker");
    }

    @Test
    void filesCutOffOnTheWayAreNot() {
        for (byte[] file : new byte[][] {SampleFiles.pdf(), SampleFiles.png(), SampleFiles.jpeg()}) {
            String type = DocumentContent.detect(file);
            for (int length : new int[] {file.length - 3, file.length / 2, 8}) {
                assertTrue(DocumentContent.incomplete(type, Arrays.copyOf(file, length)).isPresent(),
                        type + " of " + length + " bytes");
            }
        }
    }
}
