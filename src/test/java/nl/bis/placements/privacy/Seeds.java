package nl.bis.placements.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;

/**
 * A student with a row in every table of the register, written straight into PostgreSQL, all of it in 2001 (so that
 * only a retention run "today" in 2009 or later finds it expired; the other tests' data lies decades later). Then
 * every text column that can hold it gets a marker: whatever is left of the marker after anonymisation is personal
 * data that survived.
 */
final class Seeds {

    static final String AT = "2001-02-01 10:00:00+00";

    private Seeds() {
    }

    static long studentWithEverything(Connection db, String student, String marker) throws SQLException {
        exec(db, "insert into student (student_number, name, email, birth_date) values (?, ?, ?, date '1980-05-05')",
                student, marker, marker + "@example.org");
        long placement = id(db, """
                insert into placement (student_number, placement_type, country_code, city, host_institution,
                    departure_date, return_date, status, registered_at, registered_on, created_by, created_at,
                    updated_by, updated_at, kl_app_id, notes, discipline, late, late_reason)
                values (?, 'SENIOR_CLERKSHIP', 'DE', ?, ?, date '2001-01-08', date '2001-03-01', 'COMPLETED',
                    timestamptz '2000-06-01 10:00+00', date '2000-06-01', ?, timestamptz '2000-06-01 10:00+00', ?,
                    timestamptz '2000-06-01 10:00+00', ?, ?, ?, true, ?) returning id""",
                student, marker, marker, marker, marker, "PRIV" + student, marker, marker, marker);
        exec(db, "insert into placement_history (placement_id, changed_at, changed_by, action, status, reason, changes)"
                + " values (?, timestamptz '" + AT + "', ?, 'UPDATED', 'COMPLETED', ?, jsonb_build_array(?))",
                placement, marker, marker, marker);
        exec(db, "insert into readiness_entry (placement_id, requirement, kind, reason, result, recorded_on,"
                + " created_by, created_at) values (?, 'MRSA_SCREENING', 'RECORD', ?, 'POSITIVE', date '2001-03-05',"
                + " ?, timestamptz '" + AT + "')", placement, marker, marker);
        String template = text(db, "select code from checklist_template order by code limit 1");
        long item = id(db, "insert into checklist_item (placement_id, template_code, due_date, state, done_at, done_by,"
                + " comment, commented_by, commented_at, created_by, created_at, updated_by, updated_at)"
                + " values (?, ?, date '2001-01-01', 'DONE', timestamptz '" + AT + "', ?, ?, ?, timestamptz '" + AT
                + "', ?, timestamptz '" + AT + "', ?, timestamptz '" + AT + "') returning id",
                placement, template, marker, marker, marker, marker, marker);
        exec(db, "insert into address_abroad (placement_id, address_line1, address_line2, postal_code, city, created_by,"
                + " created_at, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, timestamptz '" + AT + "', ?,"
                + " timestamptz '" + AT + "')", placement, marker, marker, "PC", marker, marker, marker);
        exec(db, "insert into incident (placement_id, kind, occurred_on, location, description, follow_up, handled_on,"
                + " follow_up_note, handled_by, handled_at, created_by, created_at, updated_by, updated_at)"
                + " values (?, 'NEEDLESTICK_INJURY', date '2001-02-01', ?, ?, 'HANDLED', date '2001-02-03', ?, ?,"
                + " timestamptz '" + AT + "', ?, timestamptz '" + AT + "', ?, timestamptz '" + AT + "')",
                placement, marker, marker, marker, marker, marker, marker);
        long test = id(db, "insert into progress_test (test_date, name, created_by, created_at, updated_by, updated_at)"
                + " values (date '1901-01-01' + (? % 30000)::int, 'Privacy test', 'test', now(), 'test', now())"
                + " on conflict (test_date) do update set name = excluded.name returning id", Long.parseLong(student));
        long conflict = id(db, "insert into progress_test_conflict (placement_id, progress_test_id, test_date, active,"
                + " started_at) values (?, ?, date '2001-02-01', true, timestamptz '" + AT + "') returning id",
                placement, test);
        exec(db, "insert into progress_test_exemption (conflict_id, status, requested_by, requested_at, decided_by,"
                + " decided_at, refusal_reason, created_by, created_at, updated_by, updated_at) values (?, 'REFUSED', ?,"
                + " timestamptz '" + AT + "', ?, timestamptz '" + AT + "', ?, ?, timestamptz '" + AT + "', ?,"
                + " timestamptz '" + AT + "')", conflict, marker, marker, marker, marker, marker);
        exec(db, "insert into host_approval (placement_id, host_name, host_key, city, country_code, placement_type,"
                + " status, current, reason, decided_by, decided_at, created_by, created_at, updated_by, updated_at)"
                + " values (?, ?, ?, ?, 'DE', 'GP_CLERKSHIP', 'REFUSED', true, ?, ?, timestamptz '" + AT + "', ?,"
                + " timestamptz '" + AT + "', ?, timestamptz '" + AT + "')",
                placement, marker, marker, marker, marker, marker, marker, marker);
        long event = id(db, "insert into preparation_event (kind, title, starts_at, ends_at, location, capacity,"
                + " registration_closes_at, created_by, created_at, updated_by, updated_at) values ('INFO_SESSION',"
                + " 'Privacy test evening', timestamptz '2000-12-01 18:00+00', timestamptz '2000-12-01 20:00+00',"
                + " 'Room 1', 10, timestamptz '2000-11-30 12:00+00', 'test', now(), 'test', now()) returning id");
        exec(db, "insert into event_registration (event_id, student_number, status, queued_at, created_by, updated_by,"
                + " updated_at) values (?, ?, 'ATTENDED', timestamptz '2000-11-01 10:00+00', ?, ?,"
                + " timestamptz '2000-12-02 10:00+00')", event, student, marker, marker);
        long claim = id(db, "insert into usmle_claim (student_number, step, exam_date, passed, status, submitted_at,"
                + " reviewed_at, reviewed_by, rejection_reason, created_by, created_at, updated_by, updated_at)"
                + " values (?, 'STEP_1', date '2014-06-01', true, 'REJECTED', timestamptz '" + AT + "',"
                + " timestamptz '" + AT + "', ?, ?, ?, timestamptz '" + AT + "', ?, timestamptz '" + AT + "')"
                + " returning id", student, marker, marker, marker, marker);
        exec(db, "insert into usmle_claim_line_item (usmle_claim_id, position, kind, description, amount, currency)"
                + " values (?, 0, 'EXAM_FEE', ?, 100000, 'USD')", claim, marker);
        exec(db, "insert into usmle_claim_history (usmle_claim_id, changed_at, changed_by, action, status, reason,"
                + " changes) values (?, timestamptz '" + AT + "', ?, 'CREATED', 'DRAFT', ?, jsonb_build_array(?))",
                claim, marker, marker, marker);
        String document = "insert into document (student_number, placement_id, usmle_claim_id, checklist_item_id,"
                + " kind, file_name, media_type, size_bytes, sha256, content, created_at, created_by) values (?, ?, ?,"
                + " ?, ?, ?, 'application/pdf', 1, repeat('a', 64), '\\x25'::bytea, timestamptz '" + AT + "', ?)";
        exec(db, document, student, placement, null, null, marker, marker, marker);
        exec(db, document, student, null, claim, null, marker, marker, marker);
        exec(db, document, student, null, null, item, marker, marker, marker);
        exec(db, "insert into emergency_contacts (student_number, phone_abroad, contacts, created_by, created_at,"
                + " updated_by, updated_at) values (?, '+31612345678', jsonb_build_array(jsonb_build_object('name', ?)),"
                + " ?, timestamptz '" + AT + "', ?, timestamptz '" + AT + "')", student, marker, marker, marker);
        exec(db, "insert into kl_app_registration (kl_app_id, pending_change, pending_since) values (?,"
                + " jsonb_build_object('studentName', ?), timestamptz '" + AT + "')", "PRIV" + student, marker);
        seedLaterTables(db, student, placement, event, marker);
        return placement;
    }

    /** The tables of the message and access-log features, when they are there (written to their design note). */
    private static void seedLaterTables(Connection db, String student, long placement, long event, String marker)
            throws SQLException {
        if (exists(db, "outbox_message")) {
            exec(db, "insert into outbox_message (message_id, kind, student_number, placement_id, event_id, recipient,"
                    + " locale, subject, body_text, body_html, status, attempts, next_attempt_at, created_at,"
                    + " sent_at) values (?, 'REGISTRATION_RECEIVED', ?, ?, ?, ?, 'nl', ?, ?, ?, 'SENT', 1,"
                    + " timestamptz '" + AT + "', timestamptz '" + AT + "', timestamptz '" + AT + "')",
                    "<" + student + "@privacy.test>", student, placement, event, marker + "@example.org", marker,
                    marker, marker);
            // A message to the office's mailbox about the student's placement.
            exec(db, "insert into outbox_message (message_id, kind, placement_id, locale, subject, body_text,"
                    + " body_html, status, attempts, next_attempt_at, created_at) values (?, 'TRAVEL_ADVICE_RAISED',"
                    + " ?, 'en', ?, ?, ?, 'PENDING', 0, timestamptz '" + AT + "', timestamptz '" + AT + "')",
                    "<staff-" + student + "@privacy.test>", placement, marker, marker, marker);
        }
        if (exists(db, "message_preference")) {
            exec(db, "insert into message_preference (student_number, locale, reminders, updated_at)"
                    + " values (?, 'en', false, timestamptz '" + AT + "')", student);
        }
        if (exists(db, "sensitive_read")) {
            exec(db, "insert into sensitive_read (student_number, read_by, read_at, resource, resource_id, placement_id)"
                    + " values (?, 'staff1', timestamptz '" + AT + "', 'INCIDENT', ?, ?)", student, marker, placement);
        }
    }

    /**
     * Puts the marker into every text column of the student's rows in the register's tables that takes it (a code
     * column with a check, a reference or a short column refuses it and keeps its value), except the columns the
     * register declares as kept codes.
     */
    static void markEveryTextColumn(Connection db, String student, String marker) throws SQLException {
        for (PersonalData entry : PersonalDataRegister.entries()) {
            if (!exists(db, entry.table())) {
                continue;
            }
            for (String[] column : textColumns(db, entry.table())) {
                if (entry.kept().contains(column[0]) || column[0].equals(entry.studentColumn())) {
                    continue;
                }
                String value = column[1].startsWith("json") ? "jsonb_build_array(?::text)" : "?";
                Savepoint savepoint = db.setSavepoint();
                try {
                    exec(db, "update " + entry.table() + " t set " + column[0] + " = " + value + " where "
                            + entry.scope() + " and " + entry.studentOf() + " = ?", marker, student);
                    db.releaseSavepoint(savepoint);
                } catch (SQLException refused) {
                    db.rollback(savepoint);
                }
            }
        }
    }

    static List<String[]> textColumns(Connection db, String table) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement("""
                select column_name, data_type from information_schema.columns
                 where table_schema = current_schema() and table_name = ?
                   and data_type in ('character varying', 'text', 'character', 'jsonb', 'json')""")) {
            statement.setString(1, table);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        return columns;
    }

    static boolean exists(Connection db, String table) throws SQLException {
        return text(db, "select to_regclass('" + table + "')::text") != null;
    }

    static void exec(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, values)) {
            statement.execute();
        }
    }

    static long id(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, values); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String text(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, values); ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... values) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        return statement;
    }
}
