package nl.bis.placements.accesslog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.HqlFilter;
import nl.bis.placements.common.Roles;
import nl.bis.placements.student.StudentEntity;
import nl.bis.placements.student.Students;

/** Reading the access log: a student their own, staff any student's; coordinators none. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AccessLogQueries {

    public static final int MAX_PAGE_SIZE = 200;

    /** One page of a student's log. */
    public record Page(List<SensitiveReadEntity> items, int page, int size, long totalItems) {

        public int totalPages() {
            return size == 0 ? 0 : Math.toIntExact((totalItems + size - 1) / size);
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Students students;

    /** Who read the calling student's data. */
    public Page mine(int page, int size) {
        return page(students.self("read who read your data").studentNumber(), page, size);
    }

    /** Staff read any known student's log; a student only their own (anyone else's is "not found"). */
    public Page ofStudent(String studentNumber, int page, int size) {
        if (!currentUser.hasRole(Roles.STAFF)) {
            if (currentUser.owns(studentNumber)) {
                return mine(page, size);
            }
            if (currentUser.hasRole(Roles.COORDINATOR)) {
                throw ApiException.forbidden("Only staff read a student's access log.");
            }
            throw ApiException.notFound("Student " + studentNumber);
        }
        if (StudentEntity.findById(studentNumber) == null) {
            throw ApiException.notFound("Student " + studentNumber);
        }
        return page(studentNumber, page, size);
    }

    private static Page page(String studentNumber, int page, int size) {
        int cappedSize = HqlFilter.pageSize(page, size, MAX_PAGE_SIZE);
        long total = SensitiveReadEntity.countOf(studentNumber);
        List<SensitiveReadEntity> items = total == 0 ? List.of()
                : SensitiveReadEntity.pageOf(studentNumber, HqlFilter.offset(page, cappedSize), cappedSize);
        return new Page(items, page, cappedSize, total);
    }
}
