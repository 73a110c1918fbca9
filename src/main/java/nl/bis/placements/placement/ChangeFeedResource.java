package nl.bis.placements.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import nl.bis.placements.api.ChangesApi;
import nl.bis.placements.api.model.Change;
import nl.bis.placements.api.model.ChangePage;
import nl.bis.placements.api.model.FieldChange;
import nl.bis.placements.api.model.PlacementChangeKind;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.Roles;

public class ChangeFeedResource implements ChangesApi {

    @Inject
    ChangeFeed feed;

    @Override
    @RolesAllowed({Roles.KL_APP, Roles.STAFF})
    public Response listChanges(String after, Integer limit) {
        ChangeFeed.Page page = feed.after(after, limit == null ? 100 : limit);
        return Response.ok(new ChangePage()
                .items(page.items().stream().map(ChangeFeedResource::toApi).toList())
                .next(page.next())
                .hasMore(page.hasMore())).build();
    }

    private static Change toApi(ChangeFeed.Change c) {
        return new Change()
                .cursor(c.cursor())
                .placementId(c.placementId())
                .klAppId(c.klAppId())
                .kind(PlacementChangeKind.fromValue(c.kind().name()))
                .at(Instants.utc(c.at()))
                .by(c.by())
                .status(status(c.status()))
                .fromStatus(status(c.fromStatus()))
                .toStatus(status(c.toStatus()))
                .reason(c.reason())
                .changes(c.changes().stream()
                        .map(f -> new FieldChange().field(f.field()).from(f.from()).to(f.to())).toList());
    }

    private static nl.bis.placements.api.model.PlacementStatus status(PlacementStatus status) {
        return status == null ? null : nl.bis.placements.api.model.PlacementStatus.fromValue(status.name());
    }
}
