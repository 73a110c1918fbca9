package nl.bis.placements.placement;

import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import nl.bis.placements.common.CsvCells;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The staff export as an Excel workbook, with the columns of the CSV export in the same order: dates as date cells,
 * {@code registeredAt} as a date and time in the service's zone (Excel knows no offsets), numbers as numbers,
 * {@code late} as a boolean, and a bold header row that stays in view and carries an auto filter.
 *
 * <p>A string cell is never evaluated, but text that would become a formula once a user edits the cell is also
 * quote-prefixed (Excel's own leading apostrophe), so it stays text. Rows are streamed: SXSSF keeps a window of them
 * in memory and the rest in compressed temporary files, which are deleted once the workbook is written.
 */
final class PlacementSpreadsheet {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int ROWS_IN_MEMORY = 100;
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";
    /** The widest a column is made, in characters; longer text still shows in the cell and the formula bar. */
    private static final int MAX_WIDTH = 50;

    private PlacementSpreadsheet() {
    }

    static StreamingOutput write(List<PlacementEntity> placements, ZoneId zone) {
        return out -> {
            // Closing the workbook also deletes its temporary files.
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
                workbook.setCompressTempFiles(true);
                new Sheet(workbook, zone).fill(placements);
                workbook.writeAvoidingTempFiles(out);
            }
        };
    }

    /** One sheet being filled, with its cell styles and the width each column needs. */
    private static final class Sheet {

        private final SXSSFSheet sheet;
        private final ZoneId zone;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle dateTime;
        private final CellStyle quoted;
        private final int[] widths = new int[PlacementCsv.HEADER.length];

        Sheet(SXSSFWorkbook workbook, ZoneId zone) {
            this.sheet = workbook.createSheet("Placements");
            this.zone = zone;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
            dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.createDataFormat().getFormat(DATE_TIME_FORMAT));
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }

        void fill(List<PlacementEntity> placements) {
            Row first = sheet.createRow(0);
            for (int column = 0; column < PlacementCsv.HEADER.length; column++) {
                Cell cell = first.createCell(column);
                cell.setCellValue(PlacementCsv.HEADER[column]);
                cell.setCellStyle(header);
                widen(column, PlacementCsv.HEADER[column].length());
            }
            int rowNumber = 0;
            for (PlacementEntity placement : placements) {
                Row row = sheet.createRow(++rowNumber);
                List<Object> values = PlacementCsv.values(placement);
                for (int column = 0; column < values.size(); column++) {
                    if (values.get(column) != null) {
                        set(row.createCell(column), column, values.get(column));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, rowNumber, 0, PlacementCsv.HEADER.length - 1));
            for (int column = 0; column < widths.length; column++) {
                // Room for the filter button next to the text; widths are in 1/256 of a character.
                sheet.setColumnWidth(column, (Math.min(widths[column], MAX_WIDTH) + 3) * 256);
            }
        }

        private void set(Cell cell, int column, Object value) {
            switch (value) {
                case Number number -> {
                    cell.setCellValue(number.doubleValue());
                    widen(column, number.toString().length());
                }
                case Boolean bool -> {
                    cell.setCellValue(bool);
                    widen(column, "FALSE".length());
                }
                case LocalDate day -> {
                    cell.setCellValue(day);
                    cell.setCellStyle(date);
                    widen(column, DATE_FORMAT.length());
                }
                case Instant instant -> {
                    cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
                    cell.setCellStyle(dateTime);
                    widen(column, DATE_TIME_FORMAT.length());
                }
                default -> {
                    String text = value.toString();
                    cell.setCellValue(text);
                    if (CsvCells.startsAFormula(text)) {
                        cell.setCellStyle(quoted);
                    }
                    widen(column, text.length());
                }
            }
        }

        private void widen(int column, int characters) {
            widths[column] = Math.max(widths[column], characters);
        }
    }
}
