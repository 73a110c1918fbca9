package nl.bis.placements.placement;

import static io.restassured.RestAssured.given;
import static nl.bis.placements.testing.PlacementRequest.placement;
import static nl.bis.placements.testing.PlacementRequest.register;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.bis.placements.testing.StudentDetails;
import nl.bis.placements.testing.TestClock;
import nl.bis.placements.testing.TestClockReset;
import nl.bis.placements.testing.TestStudents;
import nl.bis.placements.testing.Tokens;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The placement list as an Excel workbook, read back with POI as a spreadsheet program would read it. */
@QuarkusTest
@ExtendWith(TestClockReset.class)
class PlacementSpreadsheetTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    TestClock clock;

    private String number;
    private long gpId;

    @BeforeEach
    void twoPlacementsOfZoe() {
        clock.fixOn(LocalDate.of(2027, 1, 10));
        number = TestStudents.freshNumber();
        StudentDetails zoe = new StudentDetails(number, "Zoë Müller", "zoe.muller@student.example.org");
        gpId = id(register(Tokens.staff(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-08-26").student(zoe)));
        id(register(Tokens.staff(), placement("TROPICAL_INTERNSHIP", "GH", "2027-10-04", "2027-11-29").student(zoe)));
    }

    @Test
    void staffDownloadTheListAsAWorkbookNamedAfterToday() {
        given().auth().oauth2(Tokens.staff()).accept(XLSX).queryParam("studentNumber", number)
                .when().get("/api/v1/placements")
                .then().statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"placements-2027-01-10.xlsx\"");
    }

    @Test
    void theHeaderRowNamesTheCsvColumnsInTheirOrderAndIsBoldFrozenAndFiltered() throws IOException {
        String csvHeader = given().auth().oauth2(Tokens.staff()).accept("text/csv").queryParam("studentNumber", number)
                .when().get("/api/v1/placements").then().statusCode(200).extract().asString()
                .substring(1).lines().findFirst().orElseThrow();

        try (XSSFWorkbook workbook = export(Tokens.staff(), "studentNumber", number)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(cell -> names.add(cell.getStringCellValue()));
            assertEquals(List.of(csvHeader.split(",")), names);
            header.forEach(cell -> assertTrue(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold(),
                    cell.getStringCellValue() + " is not bold"));
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "rows frozen");
            assertEquals(0, sheet.getPaneInformation().getVerticalSplitPosition(), "columns frozen");
            assertEquals(new CellRangeAddress(0, 2, 0, names.size() - 1).formatAsString(),
                    sheet.getCTWorksheet().getAutoFilter().getRef());
        }
    }

    @Test
    void everyColumnIsWiderThanItsHeaderAndItsValues() throws IOException {
        try (XSSFWorkbook workbook = export(Tokens.staff(), "studentNumber", number)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            DataFormatter shown = new DataFormatter();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    int characters = sheet.getColumnWidth(cell.getColumnIndex()) / 256;
                    assertTrue(characters > shown.formatCellValue(cell).length(),
                            cell.getAddress() + " '" + shown.formatCellValue(cell) + "' in " + characters + " characters");
                }
            }
        }
    }

    @Test
    void datesAreDateCellsNumbersAreNumbersAndLateIsABoolean() throws IOException {
        try (XSSFWorkbook workbook = export(Tokens.staff(), "studentNumber", number)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row gp = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, cell(sheet, gp, "id").getCellType());
            assertEquals(gpId, (long) cell(sheet, gp, "id").getNumericCellValue());
            assertEquals("Zoë Müller", cell(sheet, gp, "studentName").getStringCellValue());
            assertDate(LocalDate.of(2027, 7, 1), cell(sheet, gp, "departureDate"));
            assertDate(LocalDate.of(2027, 8, 26), cell(sheet, gp, "returnDate"));
            assertEquals(CellType.NUMERIC, cell(sheet, gp, "durationWeeks").getCellType());
            assertEquals(8.0, cell(sheet, gp, "durationWeeks").getNumericCellValue());
            assertEquals(CellType.BOOLEAN, cell(sheet, gp, "late").getCellType());
            assertFalse(cell(sheet, gp, "late").getBooleanCellValue());
            assertEquals("REGISTERED", cell(sheet, gp, "status").getStringCellValue());
        }
    }

    @Test
    void registeredAtIsADateAndTimeInAmsterdam() throws IOException {
        OffsetDateTime registeredAt = OffsetDateTime.parse(given().auth().oauth2(Tokens.staff())
                .when().get("/api/v1/placements/" + gpId).then().statusCode(200)
                .extract().path("registeredAt"));

        try (XSSFWorkbook workbook = export(Tokens.staff(), "studentNumber", number)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Cell cell = cell(sheet, sheet.getRow(1), "registeredAt");
            assertEquals(CellType.NUMERIC, cell.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(cell), "registeredAt has a date format");
            assertTrue(cell.getCellStyle().getDataFormatString().contains("hh:mm"), "and shows the time");
            LocalDateTime expected = registeredAt.atZoneSameInstant(ZoneId.of("Europe/Amsterdam")).toLocalDateTime();
            assertEquals(expected.withNano(0), cell.getLocalDateTimeCellValue().withNano(0));
        }
    }

    @Test
    void theWorkbookKeepsTheFiltersAndTheSortOfTheList() throws IOException {
        try (XSSFWorkbook workbook = export(Tokens.staff(), "studentNumber", number, "sort", "-departureDate")) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(2, sheet.getLastRowNum());
            assertEquals("TROPICAL_INTERNSHIP", cell(sheet, sheet.getRow(1), "placementType").getStringCellValue());
            assertEquals("GP_CLERKSHIP", cell(sheet, sheet.getRow(2), "placementType").getStringCellValue());
        }
        try (XSSFWorkbook workbook = export(Tokens.staff(), "studentNumber", number, "countryCode", "GH")) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(1, sheet.getLastRowNum());
            assertEquals("GH", cell(sheet, sheet.getRow(1), "countryCode").getStringCellValue());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysTextEvenWhenEdited() throws IOException {
        String sneaky = TestStudents.freshNumber();
        register(Tokens.staff(), placement("GP_CLERKSHIP", "AW", "2027-07-01", "2027-08-01")
                        .at("@SUM(1+1)*cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0").discipline(null)
                        .student(new StudentDetails(sneaky, "=HYPERLINK(\"http://evil.example\",\"open\")",
                                "zoe@example.org")))
                .then().statusCode(201);

        try (XSSFWorkbook workbook = export(Tokens.staff(), "studentNumber", sneaky)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row row = sheet.getRow(1);
            for (String column : List.of("studentName", "city", "hostInstitution")) {
                Cell cell = cell(sheet, row, column);
                assertEquals(CellType.STRING, cell.getCellType(), column);
                assertTrue(cell.getCellStyle().getQuotePrefixed(), column + " is quote-prefixed, so editing keeps it text");
            }
            assertEquals("=HYPERLINK(\"http://evil.example\",\"open\")", cell(sheet, row, "studentName").getStringCellValue());
            assertEquals("@SUM(1+1)*cmd|' /C calc'!A0", cell(sheet, row, "city").getStringCellValue());
            assertEquals("-2+3+cmd|' /C calc'!A0", cell(sheet, row, "hostInstitution").getStringCellValue());
            assertFalse(cell(sheet, row, "studentEmail").getCellStyle().getQuotePrefixed(), "plain text is not prefixed");
            sheet.forEach(r -> r.forEach(c -> assertNotEquals(CellType.FORMULA, c.getCellType(), c.getAddress().toString())));
        }
    }

    @Test
    void theExportLeavesNoTemporaryFilesBehind() throws IOException {
        Set<Path> before = temporaryFiles();
        try (XSSFWorkbook workbook = export(Tokens.staff(), "studentNumber", number)) {
            assertEquals(2, workbook.getSheetAt(0).getLastRowNum());
        }
        assertEquals(before, temporaryFiles());
    }

    @Test
    void onlyStaffMayExportTheWorkbook() {
        for (String token : List.of(Tokens.student1(), Tokens.coordinator())) {
            given().auth().oauth2(token).accept(XLSX).when().get("/api/v1/placements")
                    .then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("https://placements.example/problems/forbidden"));
        }
    }

    @Test
    void theClientsPreferenceDecidesBetweenJsonAndTheWorkbook() {
        given().auth().oauth2(Tokens.staff()).header("Accept", "application/json;q=0.5, " + XLSX)
                .queryParam("studentNumber", number)
                .when().get("/api/v1/placements").then().statusCode(200).contentType(XLSX);
        given().auth().oauth2(Tokens.staff()).header("Accept", XLSX + ";q=0.5, application/json")
                .queryParam("studentNumber", number)
                .when().get("/api/v1/placements").then().statusCode(200).contentType(ContentType.JSON)
                .body("totalItems", equalTo(2));
    }

    @Test
    void anAcceptWithoutAnyOfferedTypeIsStillNotAcceptable() {
        given().auth().oauth2(Tokens.staff()).accept("application/vnd.ms-excel")
                .when().get("/api/v1/placements")
                .then().statusCode(406).contentType("application/problem+json")
                .body("type", equalTo("https://placements.example/problems/not-acceptable"));
    }

    private static XSSFWorkbook export(String token, String... query) {
        var request = given().auth().oauth2(token).accept(XLSX);
        for (int i = 0; i < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        byte[] body = request.when().get("/api/v1/placements").then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell of a row in the column whose header is {@code name}. */
    private static Cell cell(XSSFSheet sheet, Row row, String name) {
        for (Cell header : sheet.getRow(0)) {
            if (header.getStringCellValue().equals(name)) {
                return row.getCell(header.getColumnIndex());
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static void assertDate(LocalDate expected, Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType());
        assertTrue(DateUtil.isCellDateFormatted(cell), cell.getAddress() + " has a date format");
        assertEquals(expected, cell.getLocalDateTimeCellValue().toLocalDate());
    }

    /** The files POI's streaming workbook writes while an export is built (java.io.tmpdir/poifiles). */
    private static Set<Path> temporaryFiles() {
        Path poiFiles = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        if (!Files.isDirectory(poiFiles)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(poiFiles)) {
            return files.collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long id(Response response) {
        ExtractableResponse<Response> created = response.then().statusCode(201).extract();
        String location = created.header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
