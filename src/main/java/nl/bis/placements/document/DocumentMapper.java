package nl.bis.placements.document;

import nl.bis.placements.api.model.Document;
import nl.bis.placements.common.Instants;

/** Between stored documents and the contract's {@code Document}. */
public final class DocumentMapper {

    private DocumentMapper() {
    }

    public static Document toApi(DocumentEntity entity) {
        return new Document()
                .id(entity.id)
                .subject(nl.bis.placements.api.model.DocumentSubject.valueOf(entity.subject().name()))
                .subjectId(entity.subjectId())
                .kind(entity.kind)
                .fileName(entity.fileName)
                .mediaType(Document.MediaTypeEnum.fromValue(entity.mediaType))
                .size(entity.sizeBytes)
                .sha256(entity.sha256)
                .createdAt(Instants.utc(entity.createdAt))
                .createdBy(entity.createdBy);
    }
}
