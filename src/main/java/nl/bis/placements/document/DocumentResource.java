package nl.bis.placements.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import nl.bis.placements.api.DocumentsApi;
import nl.bis.placements.common.Roles;

public class DocumentResource implements DocumentsApi {

    @Inject
    Documents documents;

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response getDocument(Long documentId) {
        return Response.ok(DocumentMapper.toApi(documents.get(documentId))).build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response downloadDocument(Long documentId) {
        DocumentEntity document = documents.withContent(documentId);
        return Response.ok(document.content, document.mediaType)
                .header("Content-Disposition", FileNames.contentDisposition(document.fileName))
                .tag(new EntityTag(document.sha256))
                .build();
    }

    @Override
    @RolesAllowed({Roles.STUDENT, Roles.STAFF, Roles.COORDINATOR})
    public Response deleteDocument(Long documentId) {
        documents.delete(documentId);
        return Response.noContent().build();
    }
}
