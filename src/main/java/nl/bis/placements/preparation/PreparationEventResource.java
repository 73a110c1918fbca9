package nl.bis.placements.preparation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import nl.bis.placements.api.PreparationEventsApi;
import nl.bis.placements.api.model.AttendanceInput;
import nl.bis.placements.api.model.EventRegistrationInput;
import nl.bis.placements.api.model.PreparationEventInput;
import nl.bis.placements.api.model.PreparationSeries;
import nl.bis.placements.api.model.PreparationSeriesInput;
import nl.bis.placements.common.Roles;

public class PreparationEventResource implements PreparationEventsApi {

    @Inject
    PreparationService service;

    @Inject
    PreparationCalendar calendar;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response listPreparationEvents(nl.bis.placements.api.model.EventKind kind, LocalDate from, LocalDate to, Boolean withFreeSeats,
                                          Boolean includeCancelled) {
        return Response.ok(service.list(kind == null ? null : EventKind.valueOf(kind.name()), from, to, withFreeSeats, Boolean.TRUE.equals(includeCancelled))
                .stream().map(view -> PreparationMapper.toApi(view)).toList()).build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response createPreparationEvent(PreparationEventInput input) {
        PreparationService.EventView view = service.create(toInput(input));
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.event().id)).build()),
                view);
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getPreparationEvent(Long eventId) {
        return withETag(Response.ok(), service.get(eventId));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response updatePreparationEvent(Long eventId, String ifMatch, PreparationEventInput input) {
        return withETag(Response.ok(), service.update(eventId, toInput(input), ifMatch));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response cancelPreparationEvent(Long eventId) {
        service.cancel(eventId);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response registerForEvent(Long eventId, EventRegistrationInput input) {
        PreparationService.RegistrationView view = service.register(eventId, attendee(input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.registration().id)).build())
                .entity(PreparationMapper.toApi(view)).build();
    }

    @Override
    @RolesAllowed({Roles.STAFF, Roles.COORDINATOR})
    public Response listEventRegistrations(Long eventId) {
        return Response.ok(service.registrations(eventId).stream()
                .map(view -> PreparationMapper.toApi(view)).toList()).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response cancelEventRegistration(Long eventId, Long registrationId) {
        service.cancelRegistration(eventId, registrationId);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response recordAttendance(Long eventId, Long registrationId, AttendanceInput input) {
        return Response.ok(PreparationMapper.toApi(service.recordAttendance(eventId, registrationId,
                SeatStatus.valueOf(input.getStatus().toString())))).build();
    }

    @Override
    @RolesAllowed(Roles.STUDENT)
    public Response listMyEventRegistrations() {
        return Response.ok(service.mine().stream().map(view -> PreparationMapper.toApi(view)).toList()).build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response createPreparationSeries(PreparationSeriesInput input) {
        PreparationService.SeriesView view = service.createSeries(new PreparationService.SeriesInput(input.getTitle(),
                input.getFirstSession(), input.getLocation(), input.getCapacity(), input.getRegistrationClosesAt()));
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/preparation-series")
                .path(String.valueOf(view.series().id)).build()).entity(toApi(view)).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getPreparationSeries(Long seriesId) {
        return Response.ok(toApi(service.getSeries(seriesId))).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response registerForSeries(Long seriesId, EventRegistrationInput input) {
        return Response.status(Response.Status.CREATED).entity(service.registerForSeries(seriesId, attendee(input))
                .stream().map(view -> PreparationMapper.toApi(view)).toList()).build();
    }

    /** Public, so that calendar apps (which send no token) can subscribe; it lists no personal data. */
    @Override
    @PermitAll
    public Response getPreparationCalendar() {
        return Response.ok(calendar.upcoming(), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"preparation-events.ics\"").build();
    }

    private PreparationSeries toApi(PreparationService.SeriesView view) {
        return new PreparationSeries().id(view.series().id).title(view.series().title)
                .sessions(view.sessions().stream().map(session -> PreparationMapper.toApi(session)).toList());
    }

    private Response withETag(Response.ResponseBuilder builder, PreparationService.EventView view) {
        return builder.entity(PreparationMapper.toApi(view))
                .tag(new EntityTag(String.valueOf(view.event().version))).build();
    }

    private static PreparationService.EventInput toInput(PreparationEventInput input) {
        return new PreparationService.EventInput(EventKind.valueOf(input.getKind().toString()), input.getTitle(),
                input.getStart(), input.getEnd(), input.getLocation(), input.getCapacity(),
                input.getRegistrationClosesAt());
    }

    private static PreparationService.Attendee attendee(EventRegistrationInput input) {
        return input == null ? new PreparationService.Attendee(null, null, null)
                : new PreparationService.Attendee(input.getStudentNumber(), input.getStudentName(),
                        input.getStudentEmail());
    }
}
