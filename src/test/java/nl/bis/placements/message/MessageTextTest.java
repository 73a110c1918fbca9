package nl.bis.placements.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTextTest {

    @Test
    void theFirstLineIsTheSubjectAndTheRestTheBody() {
        MessageText.Parts parts = MessageText.parse("\nSubject:  Welcome \nDear Sam,\n\nSee you.\n\n");

        assertEquals("Welcome", parts.subject());
        assertEquals("Dear Sam,\n\nSee you.\n", parts.body());
    }

    @Test
    void aTemplateWithoutSubjectLineIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MessageText.parse("Dear Sam"));
    }

    @Test
    void aLongSubjectIsCutToTheColumn() {
        assertEquals(300, MessageText.parse("Subject: " + "x".repeat(400)).subject().length());
    }

    @Test
    void blankLinesSeparateParagraphsAndLinesStayLines() {
        assertEquals(List.of(List.of("Dear Sam,"), List.of("First line", "second line"), List.of("Bye")),
                MessageText.paragraphs("Dear Sam,\n\nFirst line\nsecond line\n \n\nBye\n"));
    }
}
