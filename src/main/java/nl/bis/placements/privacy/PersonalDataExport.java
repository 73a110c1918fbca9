package nl.bis.placements.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.bis.placements.accesslog.AccessLog;
import nl.bis.placements.accesslog.SensitiveResource;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Instants;

/**
 * Everything the service holds about a student, read through the register: one list of rows per table, as stored
 * (members in lowerCamelCase), documents without their content.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PersonalDataExport {

    private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
    };
    /** A plain reader: the stored rows are data to hand back as they are, not requests to hold to input rules. */
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    PersonalDataTables tables;

    @Inject
    AccessLog accessLog;

    @Inject
    Clock clock;

    /**
     * The export of a student; {@code mustExist}: a student the service holds no record of is "not found" (staff
     * asking by number), else the export is empty (a student asking for their own).
     */
    @Transactional
    public Map<String, Object> of(String studentNumber, boolean mustExist) {
        String student = tables.studentRow(studentNumber);
        if (student == null && mustExist) {
            throw ApiException.notFound("Student " + studentNumber);
        }
        if (student != null) {
            // Staff exporting a student's data is a read the student sees in their access log (their own is not).
            accessLog.record(SensitiveResource.EXPORT, studentNumber, null, null);
        }
        Map<String, List<Map<String, Object>>> records = new TreeMap<>();
        for (PersonalData entry : PersonalDataRegister.entries()) {
            for (String row : tables.rowsOf(entry, studentNumber)) {
                records.computeIfAbsent(camel(entry.table()), table -> new ArrayList<>()).add(parse(row));
            }
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("studentNumber", studentNumber);
        export.put("exportedAt", Instants.utc(Instants.now(clock)));
        if (student != null) {
            export.put("student", parse(student));
        }
        export.put("records", records);
        return export;
    }

    /** A row's members in lowerCamelCase; the values (JSON columns included) as stored. */
    private Map<String, Object> parse(String row) {
        try {
            Map<String, Object> members = new LinkedHashMap<>();
            JSON.readValue(row, ROW).forEach((column, value) -> members.put(camel(column), value));
            return members;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("PostgreSQL returned a row that is not JSON", e);
        }
    }

    static String camel(String snake) {
        StringBuilder camel = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
