package nl.bis.placements.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The register covers every table that holds data of a student: PostgreSQL's foreign keys say which tables reference
 * the student record, directly or through a placement, a claim, a conflict, ... A feature that adds such a table
 * without a register entry fails here, so its data can be neither exported nor anonymised unnoticed.
 */
@QuarkusTest
class PersonalDataRegisterTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyTableThatReferencesAStudentDirectlyOrTransitivelyIsInTheRegister() throws SQLException {
        Set<String> reachable = tablesReferencingStudents();
        assertTrue(reachable.contains("placement") && reachable.contains("progress_test_exemption"), reachable::toString);

        Set<String> missing = new TreeSet<>(reachable);
        missing.removeAll(PersonalDataRegister.tables());
        assertEquals(Set.of(), missing, "tables that reference a student but are not in PersonalDataRegister");
    }

    @Test
    void theRegisterNamesNoTableThatHoldsNoStudentData() throws SQLException {
        Set<String> reachable = tablesReferencingStudents();
        for (String table : PersonalDataRegister.tables()) {
            // KL-app's pending changes reach the student through placement.kl_app_id, which is no foreign key.
            if (exists(table) && !table.equals("kl_app_registration")) {
                assertTrue(reachable.contains(table), table + " references no student");
            }
        }
    }

    /** The student table and every table whose foreign keys lead to it, following the keys to the end. */
    private Set<String> tablesReferencingStudents() throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("""
                     with recursive referencing(rel) as (
                         select 'student'::regclass
                         union
                         select c.conrelid::regclass from pg_constraint c join referencing r on c.confrelid = r.rel
                          where c.contype = 'f')
                     select rel::text from referencing""")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    private boolean exists(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "select to_regclass('" + table + "') is not null")) {
            rows.next();
            return rows.getBoolean(1);
        }
    }
}
