package nl.bis.placements.accesslog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import nl.bis.placements.api.AccessLogApi;
import nl.bis.placements.api.model.AccessLogPage;
import nl.bis.placements.api.model.ReaderRole;
import nl.bis.placements.api.model.SensitiveRead;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.Roles;

/** Who read a student's sensitive data: the student their own, staff any student's. */
public class AccessLogResource implements AccessLogApi {

    @Inject
    AccessLogQueries queries;

    @Override
    @RolesAllowed(Roles.STUDENT)
    public Response listMyAccessLog(Integer page, Integer size) {
        return Response.ok(toApi(queries.mine(page, size))).build();
    }

    @Override
    @RolesAllowed({Roles.STAFF, Roles.STUDENT, Roles.COORDINATOR})
    public Response listStudentAccessLog(String studentNumber, Integer page, Integer size) {
        return Response.ok(toApi(queries.ofStudent(studentNumber, page, size))).build();
    }

    private static AccessLogPage toApi(AccessLogQueries.Page page) {
        return new AccessLogPage()
                .items(page.items().stream().map(AccessLogResource::toApi).toList())
                .page(page.page())
                .size(page.size())
                .totalItems(page.totalItems())
                .totalPages(page.totalPages());
    }

    private static SensitiveRead toApi(SensitiveReadEntity read) {
        return new SensitiveRead()
                .id(read.id)
                .studentNumber(read.studentNumber)
                .readAt(Instants.utc(read.readAt))
                .readBy(read.readBy)
                .readerName(read.readerName)
                .readerRole(read.readerRole == null ? null : ReaderRole.fromValue(read.readerRole))
                .resource(nl.bis.placements.api.model.SensitiveResource.fromValue(read.resource.name()))
                .resourceId(read.resourceId)
                .placementId(read.placementId);
    }
}
