package nl.bis.placements.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.bis.placements.api.PrivacyApi;
import nl.bis.placements.api.model.ErasureRequest;
import nl.bis.placements.api.model.PrivacyRun;
import nl.bis.placements.api.model.PrivacyRunKind;
import nl.bis.placements.api.model.PrivacyRunPage;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.Roles;
import nl.bis.placements.student.Students;

/**
 * Subject access (the export), erasure on request and the log of retention runs. Personal data leaves only to the
 * student themself and to staff; coordinators are refused (403), another student is told "not found".
 */
public class PrivacyResource implements PrivacyApi {

    @Inject
    PersonalDataExport export;

    @Inject
    Erasure erasure;

    @Inject
    PrivacyRuns runs;

    @Inject
    Students students;

    @Inject
    CurrentUser currentUser;

    @Override
    @RolesAllowed(Roles.STUDENT)
    public Response exportMyData() {
        String own = students.self("export your data").studentNumber();
        return attachment(own, export.of(own, false));
    }

    @Override
    @RolesAllowed({Roles.STAFF, Roles.STUDENT})
    public Response exportStudentData(String studentNumber) {
        if (!currentUser.hasRole(Roles.STAFF) && !currentUser.owns(studentNumber)) {
            throw ApiException.notFound("Student " + studentNumber);
        }
        return attachment(studentNumber, export.of(studentNumber, true));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response eraseStudentData(String studentNumber, ErasureRequest body) {
        String reason = body.getReason() == null ? "" : body.getReason().strip();
        if (reason.isEmpty()) {
            throw ApiException.invalid("reason", "is required: say why the data is erased");
        }
        return Response.ok(toApi(erasure.erase(studentNumber, reason))).build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response listPrivacyRuns(Integer page, Integer size) {
        PrivacyRuns.Page result = runs.page(page, size);
        return Response.ok(new PrivacyRunPage()
                .items(result.items().stream().map(PrivacyResource::toApi).toList())
                .page(result.page())
                .size(result.size())
                .totalItems(result.totalItems())
                .totalPages(result.size() == 0 ? 0
                        : Math.toIntExact((result.totalItems() + result.size() - 1) / result.size()))).build();
    }

    private static Response attachment(String studentNumber, Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"personal-data-" + studentNumber + ".json\"")
                .build();
    }

    static PrivacyRun toApi(PrivacyRunEntity run) {
        return new PrivacyRun()
                .id(run.id)
                .kind(PrivacyRunKind.fromValue(run.kind.name()))
                .startedAt(Instants.utc(run.startedAt))
                .finishedAt(Instants.utc(run.finishedAt))
                .runBy(run.runBy)
                .reason(run.reason)
                .students(run.students)
                .placements(run.placements)
                .records(run.records);
    }
}
