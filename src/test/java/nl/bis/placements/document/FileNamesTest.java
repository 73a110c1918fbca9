package nl.bis.placements.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void aNameLosesItsDirectoriesQuotesAndControlCharacters() {
        assertEquals("evil.pdf", FileNames.clean("..\\..\\etc/\"evil\".pdf", "application/pdf"));
        assertEquals("scan.pdf", FileNames.clean("C:\\Users\\kofi\\scan.pdf", "application/pdf"));
        assertEquals("ab.pdf", FileNames.clean("a\r\nb.pdf", "application/pdf"));
        assertEquals("ab.png", FileNames.clean("a\u0000\u2028b.png", "image/png"));
    }

    @Test
    void nothingUsableLeftGivesAPlainName() {
        assertEquals("document.pdf", FileNames.clean(null, "application/pdf"));
        assertEquals("document.png", FileNames.clean("../", "image/png"));
        assertEquals("document.jpg", FileNames.clean(" .. ", "image/jpeg"));
    }

    @Test
    void aLongNameIsCutTo255Characters() {
        assertEquals(255, FileNames.clean("x".repeat(1000) + ".pdf", "application/pdf").length());
    }

    @Test
    void theHeaderCarriesAnAsciiFallbackAndTheExactNameInUtf8() {
        assertEquals("attachment; filename=\"verklaring_.pdf\"; filename*=UTF-8''verklaring%C3%A9.pdf",
                FileNames.contentDisposition("verklaringé.pdf"));
        assertEquals("attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%3Bb%5Cc.pdf",
                FileNames.contentDisposition("a;b\\c.pdf"));
        assertEquals("attachment; filename=\"it's*.pdf\"; filename*=UTF-8''it%27s%2A.pdf",
                FileNames.contentDisposition("it's*.pdf"));
    }
}
