package nl.bis.placements.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Real files to upload: a small PDF, PNG and JPEG, and what a hostile client would send instead. */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A small PDF of one empty page, with its end marker. */
    public static byte[] pdf() {
        String pdf = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
                xref
                0 4
                0000000000 65535 f\s
                0000000009 00000 n\s
                0000000058 00000 n\s
                0000000115 00000 n\s
                trailer << /Size 4 /Root 1 0 R >>
                startxref
                186
                %%EOF
                """;
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    /** The start of a Windows program (an MZ header and a PE signature), as if renamed to scan.pdf. */
    public static byte[] executable() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80; // where the PE header starts
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        return exe;
    }

    /** A file cut off on the way: the first half of it. */
    public static byte[] truncated(byte[] file) {
        return Arrays.copyOf(file, file.length / 2);
    }

    /** A PDF of exactly {@code size} bytes (padding in a comment before the end marker). */
    public static byte[] pdfOfSize(int size) {
        byte[] start = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] file = new byte[size];
        Arrays.fill(file, (byte) 'x');
        System.arraycopy(start, 0, file, 0, start.length);
        System.arraycopy(end, 0, file, size - end.length, end.length);
        return file;
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xFF8800);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
