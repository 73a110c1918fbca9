package nl.bis.placements.checklist;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import nl.bis.placements.api.ChecklistsApi;
import nl.bis.placements.api.model.ChecklistItemPage;
import nl.bis.placements.api.model.ChecklistItemState;
import nl.bis.placements.api.model.ChecklistItemStateChange;
import nl.bis.placements.api.model.ChecklistTemplateInput;
import nl.bis.placements.api.model.ChecklistTemplateSetInput;
import nl.bis.placements.api.model.NewChecklistTemplate;
import nl.bis.placements.api.model.PlacementTypeCode;
import nl.bis.placements.common.Roles;
import nl.bis.placements.document.DocumentEntity;
import nl.bis.placements.document.DocumentMapper;
import org.jboss.resteasy.reactive.multipart.FileUpload;

public class ChecklistResource implements ChecklistsApi {

    @Inject
    ChecklistTemplates templates;

    @Inject
    ChecklistItems items;

    @Inject
    ChecklistItemSearch search;

    @Inject
    ChecklistDocuments documents;

    @Context
    UriInfo uriInfo;

    // ------------------------------------------------------------------------------------------ templates

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response listChecklistTemplates(String templateSet) {
        return Response.ok(templates.list(templateSet).stream().map(ChecklistMapper::toApi).toList()).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getChecklistTemplate(String templateCode) {
        return withETag(Response.ok(), templates.get(templateCode));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response createChecklistTemplate(NewChecklistTemplate body) {
        ChecklistTemplates.TemplateView view = templates.create(body.getCode(), ChecklistMapper.toInput(body));
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(view.template().code).build()), view);
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response replaceChecklistTemplate(String templateCode, String ifMatch, ChecklistTemplateInput body) {
        return withETag(Response.ok(), templates.replace(templateCode, ifMatch, ChecklistMapper.toInput(body)));
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response deleteChecklistTemplate(String templateCode) {
        templates.delete(templateCode);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response listChecklistTemplateSets() {
        return Response.ok(templates.sets().stream().map(ChecklistMapper::toApi).toList()).build();
    }

    @Override
    @RolesAllowed(Roles.STAFF)
    public Response setChecklistTemplateSet(String templateSet, ChecklistTemplateSetInput body, String ifMatch) {
        ChecklistTemplates.SetView view = templates.setEnabled(templateSet, body.getEnabled(), ifMatch);
        return Response.ok(ChecklistMapper.toApi(view)).tag(new EntityTag(String.valueOf(view.set().version))).build();
    }

    // ------------------------------------------------------------------------------------------ items

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getPlacementChecklist(Long placementId) {
        LocalDate today = items.today();
        return Response.ok(items.checklist(placementId).stream().map(i -> ChecklistMapper.toApi(i, today)).toList())
                .build();
    }

    @Override
    @RolesAllowed({Roles.STAFF, Roles.COORDINATOR})
    public Response listChecklistItems(Boolean overdue, String templateCode, PlacementTypeCode placementType,
                                       String countryCode, String studentNumber, ChecklistItemState state,
                                       LocalDate dueBefore, Integer page, Integer size) {
        ChecklistItemSearch.Page result = search.page(new ChecklistItemQuery(overdue, templateCode,
                placementType == null ? null : placementType.toString(), countryCode, studentNumber,
                state == null ? null : ChecklistRules.ItemState.valueOf(state.name()), dueBefore), page, size);
        return Response.ok(new ChecklistItemPage()
                .items(result.items().stream().map(i -> ChecklistMapper.toApi(i, result.today())).toList())
                .page(result.page())
                .size(result.size())
                .totalItems(result.totalItems())
                .totalPages(result.totalPages())).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getChecklistItem(Long itemId) {
        return withETag(Response.ok(), items.get(itemId));
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response changeChecklistItemState(Long itemId, ChecklistItemStateChange body, String ifMatch) {
        return withETag(Response.ok(), items.changeState(itemId,
                ChecklistRules.ItemState.valueOf(body.getState().name()), body.getComment(), ifMatch));
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response uploadChecklistItemDocument(Long itemId, FileUpload file, String kind) {
        DocumentEntity document = documents.upload(itemId, kind, file);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/documents/{id}").build(document.id))
                .entity(DocumentMapper.toApi(document)).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response listChecklistItemDocuments(Long itemId) {
        return Response.ok(documents.of(itemId).stream().map(DocumentMapper::toApi).toList()).build();
    }

    // ---------------------------------------------------------------------------------------------

    private Response withETag(Response.ResponseBuilder builder, ChecklistItemEntity item) {
        return builder.entity(ChecklistMapper.toApi(item, items.today()))
                .tag(new EntityTag(String.valueOf(item.version))).build();
    }

    private static Response withETag(Response.ResponseBuilder builder, ChecklistTemplates.TemplateView view) {
        return builder.entity(ChecklistMapper.toApi(view))
                .tag(new EntityTag(String.valueOf(view.template().version))).build();
    }
}
