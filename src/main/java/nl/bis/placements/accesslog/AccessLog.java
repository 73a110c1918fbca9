package nl.bis.placements.accesslog;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.Roles;
import org.hibernate.Session;

/**
 * Records who read a student's sensitive data, in the transaction of the read: if the record cannot be written, the
 * read fails with it, so nothing is read unrecorded. Reads by the student themself are left out here, once, so that
 * every caller simply records what it shows.
 *
 * <p>All rows of one read go in with one statement, however many students a list shows (the list of who is abroad):
 * the rows only ever get inserted, so concurrent reads never wait for each other.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AccessLog {

    /** One item read: whose, which one (may be null), of which placement (may be null). */
    public record Read(String studentNumber, String resourceId, Long placementId) {
    }

    private static final int TEXT_WIDTH = 200;

    private static final String INSERT = """
            insert into sensitive_read (student_number, read_by, reader_name, reader_role, read_at, resource,
                                        resource_id, placement_id)
            select r.student_number, ?, ?, ?, ?, ?, r.resource_id, r.placement_id
            from unnest(?::varchar[], ?::varchar[], ?::bigint[]) as r (student_number, resource_id, placement_id)""";

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Records one read of a student's data. */
    public void record(SensitiveResource resource, String studentNumber, String resourceId, Long placementId) {
        recordAll(resource, List.of(new Read(studentNumber, resourceId, placementId)));
    }

    /** Records the reads of a list at once, one row per item, in one statement. */
    public void recordAll(SensitiveResource resource, Collection<Read> reads) {
        List<Read> others = reads.stream().filter(read -> !currentUser.owns(read.studentNumber())).toList();
        if (others.isEmpty()) {
            return;
        }
        String readBy = fit(currentUser.name());
        String readerName = currentUser.claim("name").map(AccessLog::fit).orElse(null);
        String role = readerRole();
        var readAt = Instants.utc(Instants.now(clock));
        Panache.getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, readBy);
                insert.setString(2, readerName);
                insert.setString(3, role);
                insert.setObject(4, readAt);
                insert.setString(5, resource.name());
                insert.setArray(6, connection.createArrayOf("varchar",
                        others.stream().map(Read::studentNumber).toArray()));
                insert.setArray(7, connection.createArrayOf("varchar",
                        others.stream().map(Read::resourceId).toArray()));
                insert.setArray(8, connection.createArrayOf("bigint",
                        others.stream().map(Read::placementId).toArray()));
                insert.executeUpdate();
            }
        });
    }

    /** A token's text cut to the column's width: a long claim must not turn a read into a failure. */
    private static String fit(String text) {
        return text.length() <= TEXT_WIDTH ? text : text.substring(0, TEXT_WIDTH);
    }

    /** Staff first: a reader holding both roles reads with the wider one. */
    private String readerRole() {
        if (currentUser.hasRole(Roles.STAFF)) {
            return "STAFF";
        }
        return currentUser.hasRole(Roles.COORDINATOR) ? "COORDINATOR" : null;
    }
}
