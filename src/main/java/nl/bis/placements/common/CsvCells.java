package nl.bis.placements.common;

/**
 * Text in an export that a spreadsheet must show as text: a cell that would start a formula gets a leading
 * apostrophe, as OWASP advises against CSV injection. Every CSV and workbook export uses this one rule.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The text as a cell: with a leading apostrophe when a spreadsheet would evaluate it. */
    public static String cell(String text) {
        return startsAFormula(text) ? "'" + text : text;
    }

    /** Whether a spreadsheet would take the text for a formula: it starts with = + - @, or a tab or carriage return. */
    public static boolean startsAFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
