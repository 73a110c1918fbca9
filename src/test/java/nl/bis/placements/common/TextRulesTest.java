package nl.bis.placements.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.bis.placements.common.TextRules.Lines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\rb", "a\nb", "a\r\nb", "a\tb", "a\u0000b", "a\u0007b", "a\u007Fb", "a\u0085b",
        "a\u009Fb", "a\u2028b", "a\u2029b"})
    void aSingleLineHoldsNoControlCharacterAndNoLineBreak(String text) {
        assertTrue(TextRules.problem(text, Lines.SINGLE).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Müller", "Komfo Anokye Teaching Hospital", "São Tomé", "北京", "😀", "O'Brien-Smith"})
    void ordinaryTextIsASingleLine(String text) {
        assertFalse(TextRules.problem(text, Lines.SINGLE).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"one\ntwo", "one\r\ntwo\r\n", "one\n\nthree"})
    void multiLineTextBreaksLinesWithLfOrCrlf(String text) {
        assertFalse(TextRules.problem(text, Lines.MULTIPLE).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"one\rtwo", "one\r", "one\u0085two", "one\u2028two", "one\u2029two", "one\u000Btwo",
        "a\u0000b"})
    void multiLineTextRefusesEveryOtherBreakAndControl(String text) {
        assertTrue(TextRules.problem(text, Lines.MULTIPLE).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Evening\rBEGIN:VEVENT", "a\u0085b", "a\u2028b\u2029c\td"})
    void aSingleLineCopyReplacesEveryBreakWithASpace(String text) {
        assertFalse(TextRules.problem(TextRules.asSingleLine(text), Lines.SINGLE).isPresent(), text);
    }
}
