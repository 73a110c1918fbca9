package nl.bis.placements.usmleclaim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import nl.bis.placements.api.UsmleClaimsApi;
import nl.bis.placements.api.model.UsmleClaimInput;
import nl.bis.placements.api.model.UsmleClaimStatus;
import nl.bis.placements.api.model.UsmleClaimStatusChange;
import nl.bis.placements.api.model.UsmleStep;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Representations;
import nl.bis.placements.common.Roles;
import nl.bis.placements.document.DocumentEntity;
import nl.bis.placements.document.DocumentMapper;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** USMLE cost claims: students claim, staff review and pay. Coordinators have no access (403). */
public class UsmleClaimResource implements UsmleClaimsApi {

    private static final MediaType CSV = Representations.CSV;

    @Inject
    ClaimService service;

    @Inject
    ClaimQueries queries;

    @Inject
    ClaimSearch search;

    @Inject
    ClaimDocuments documents;

    @Inject
    CurrentUser currentUser;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    @RolesAllowed(Roles.STUDENT)
    public Response createUsmleClaim(UsmleClaimInput body) {
        ClaimView view = service.create(ClaimMapper.toClaim(body));
        return withETag(Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(view.claim().id))
                .build()), view);
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response listUsmleClaims(UsmleClaimStatus status, UsmleStep step, String studentNumber,
                                    LocalDate submittedFrom, LocalDate submittedTo, Integer page, Integer size) {
        ClaimQuery query = new ClaimQuery(status == null ? null : ClaimStatus.valueOf(status.name()),
                step == null ? null : Step.valueOf(step.name()), studentNumber, submittedFrom, submittedTo);
        if (representation() == CSV) {
            if (!currentUser.hasRole(Roles.STAFF)) {
                throw ApiException.forbidden("Only staff may export USMLE claims as CSV.");
            }
            return Response.ok(ClaimCsv.write(search.all(query)), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"usmle-claims.csv\"").build();
        }
        ClaimPage result = search.page(query, page, size);
        return Response.ok(new nl.bis.placements.api.model.UsmleClaimPage()
                .items(result.items().stream().map(ClaimMapper::toApi).toList())
                .page(result.page())
                .size(result.size())
                .totalItems(result.totalItems())
                .totalPages(result.totalPages()), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response getUsmleClaim(Long claimId) {
        return withETag(Response.ok(), queries.get(claimId));
    }

    @Override
    @RolesAllowed(Roles.STUDENT)
    public Response replaceUsmleClaim(Long claimId, String ifMatch, UsmleClaimInput body) {
        return withETag(Response.ok(), service.replace(claimId, ClaimMapper.toClaim(body), ifMatch));
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response changeUsmleClaimStatus(Long claimId, UsmleClaimStatusChange change, String ifMatch) {
        ClaimService.StatusChange request = new ClaimService.StatusChange(
                ClaimStatus.valueOf(change.getStatus().name()), change.getReason(), change.getReimbursedAmount(),
                change.getPaymentDate());
        return withETag(Response.ok(), service.changeStatus(claimId, request, ifMatch));
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response getUsmleClaimHistory(Long claimId) {
        return Response.ok(queries.history(claimId).stream().map(ClaimMapper::toApi).toList()).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response uploadUsmleClaimDocument(Long claimId, FileUpload file, String kind) {
        DocumentEntity document = documents.upload(claimId, kind, file);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/documents/{id}").build(document.id))
                .entity(DocumentMapper.toApi(document)).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF})
    public Response listUsmleClaimDocuments(Long claimId) {
        return Response.ok(documents.of(claimId).stream().map(DocumentMapper::toApi).toList()).build();
    }

    private static Response withETag(Response.ResponseBuilder builder, ClaimView view) {
        return builder.entity(ClaimMapper.toApi(view))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .tag(new EntityTag(String.valueOf(view.claim().version))).build();
    }

    /** JSON unless the caller prefers an export (by order and quality in Accept); a wildcard means JSON. */
    private MediaType representation() {
        return Representations.preferred(headers, MediaType.APPLICATION_JSON_TYPE, CSV);
    }
}
