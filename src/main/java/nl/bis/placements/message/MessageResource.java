package nl.bis.placements.message;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import nl.bis.placements.api.MessagesApi;
import nl.bis.placements.api.model.MessagePreferencesInput;
import nl.bis.placements.common.Roles;
import nl.bis.placements.student.Students;

/** The messages sent: a student's own, a placement's, staff's listing and retry, and a student's preferences. */
public class MessageResource implements MessagesApi {

    @Inject
    MessageQueries queries;

    @Inject
    MessageService service;

    @Inject
    Students students;

    @Override
    @RolesAllowed(Roles.STUDENT)
    public Response listMyMessages(Integer page, Integer size) {
        String own = students.self("read your messages").studentNumber();
        return Response.ok(MessageMapper.toApi(queries.ofStudent(own, page, size))).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response listPlacementMessages(Long placementId) {
        return Response.ok(queries.ofPlacement(placementId).stream().map(MessageMapper::toApi).toList()).build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response listMessages(nl.bis.placements.api.model.MessageStatus status,
                                 nl.bis.placements.api.model.MessageKind kind, String studentNumber, Integer page,
                                 Integer size) {
        return Response.ok(MessageMapper.toApi(queries.page(new MessageQueries.Query(
                status == null ? null : MessageStatus.valueOf(status.name()),
                kind == null ? null : MessageKind.valueOf(kind.name()), studentNumber), page, size))).build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response retryMessage(Long messageId) {
        return Response.ok(MessageMapper.toApi(service.retry(messageId))).build();
    }

    @Override
    @RolesAllowed(Roles.STUDENT)
    public Response getMyMessagePreferences() {
        return Response.ok(MessageMapper.toApi(service.mine())).build();
    }

    @Override
    @RolesAllowed(Roles.STUDENT)
    public Response setMyMessagePreferences(MessagePreferencesInput body) {
        return Response.ok(MessageMapper.toApi(service.replaceMine(
                body.getLocale() == null ? null : body.getLocale().toString(), body.getReminders()))).build();
    }
}
