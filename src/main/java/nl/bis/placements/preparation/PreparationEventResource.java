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
    EventService events;

    @Inject
    SeriesService series;

    @Inject
    SeatService seats;

    @Inject
    PreparationCalendar calendar;

    @Context
    UriInfo uriInfo;

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response listPreparationEvents(nl.bis.placements.api.model.EventKind kind, LocalDate from, LocalDate to, Boolean withFreeSeats,
                                          Boolean includeCancelled) {
        EventService.Seats bySeats = withFreeSeats == null ? EventService.Seats.ANY
                : withFreeSeats ? EventService.Seats.FREE : EventService.Seats.FULL;
        PreparationEventEntity.Cancelled cancelled = Boolean.TRUE.equals(includeCancelled)
                ? PreparationEventEntity.Cancelled.INCLUDED : PreparationEventEntity.Cancelled.LEFT_OUT;
        return Response.ok(events.list(kind == null ? null : EventKind.valueOf(kind.name()), from, to, bySeats, cancelled)
                .stream().map(view -> PreparationMapper.toApi(view)).toList()).build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response createPreparationEvent(PreparationEventInput input) {
        EventService.EventView view = events.create(toInput(input));
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.event().id)).build()),
                view);
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getPreparationEvent(Long eventId) {
        return withETag(Response.ok(), events.get(eventId));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response updatePreparationEvent(Long eventId, String ifMatch, PreparationEventInput input) {
        return withETag(Response.ok(), events.update(eventId, toInput(input), ifMatch));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response cancelPreparationEvent(Long eventId) {
        events.cancel(eventId);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response registerForEvent(Long eventId, EventRegistrationInput input) {
        SeatService.RegistrationView view = seats.register(eventId, attendee(input));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.registration().id)).build())
                .entity(PreparationMapper.toApi(view)).build();
    }

    @Override
    @RolesAllowed({Roles.STAFF, Roles.COORDINATOR})
    public Response listEventRegistrations(Long eventId) {
        return Response.ok(seats.registrations(eventId).stream()
                .map(view -> PreparationMapper.toApi(view)).toList()).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response cancelEventRegistration(Long eventId, Long registrationId) {
        seats.cancelRegistration(eventId, registrationId);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response recordAttendance(Long eventId, Long registrationId, AttendanceInput input) {
        return Response.ok(PreparationMapper.toApi(seats.recordAttendance(eventId, registrationId,
                SeatStatus.valueOf(input.getStatus().toString())))).build();
    }

    @Override
    @RolesAllowed(Roles.STUDENT)
    public Response listMyEventRegistrations() {
        return Response.ok(seats.mine().stream().map(view -> PreparationMapper.toApi(view)).toList()).build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response createPreparationSeries(PreparationSeriesInput input) {
        SeriesService.SeriesView view = series.createSeries(new SeriesService.SeriesInput(input.getTitle(),
                input.getFirstSession(), input.getLocation(), input.getCapacity(), input.getRegistrationClosesAt()));
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/preparation-series")
                .path(String.valueOf(view.series().id)).build()).entity(toApi(view)).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getPreparationSeries(Long seriesId) {
        return Response.ok(toApi(series.getSeries(seriesId))).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response registerForSeries(Long seriesId, EventRegistrationInput input) {
        return Response.status(Response.Status.CREATED).entity(series.registerForSeries(seriesId, attendee(input))
                .stream().map(view -> PreparationMapper.toApi(view)).toList()).build();
    }

    /** Public, so that calendar apps (which send no token) can subscribe; it lists no personal data. */
    @Override
    @PermitAll
    public Response getPreparationCalendar() {
        return Response.ok(calendar.upcoming(), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"preparation-events.ics\"").build();
    }

    private PreparationSeries toApi(SeriesService.SeriesView view) {
        return new PreparationSeries().id(view.series().id).title(view.series().title)
                .sessions(view.sessions().stream().map(session -> PreparationMapper.toApi(session)).toList());
    }

    private Response withETag(Response.ResponseBuilder builder, EventService.EventView view) {
        return builder.entity(PreparationMapper.toApi(view))
                .tag(new EntityTag(String.valueOf(view.event().version))).build();
    }

    private static EventService.EventInput toInput(PreparationEventInput input) {
        return new EventService.EventInput(EventKind.valueOf(input.getKind().toString()), input.getTitle(),
                input.getStart(), input.getEnd(), input.getLocation(), input.getCapacity(),
                input.getRegistrationClosesAt());
    }

    private static SeatService.Attendee attendee(EventRegistrationInput input) {
        return input == null ? new SeatService.Attendee(null, null, null)
                : new SeatService.Attendee(input.getStudentNumber(), input.getStudentName(),
                        input.getStudentEmail());
    }
}
