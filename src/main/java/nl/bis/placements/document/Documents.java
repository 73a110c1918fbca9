package nl.bis.placements.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import nl.bis.placements.accesslog.AccessLog;
import nl.bis.placements.accesslog.SensitiveResource;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Hashes;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.common.Roles;
import org.hibernate.Hibernate;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Storing, reading and deleting documents. Whoever calls {@link #store} has checked that the caller may add documents
 * to the subject; reading and deleting check here that the caller may see the document's student.
 */
@ApplicationScoped
public class Documents {

    /** The largest file accepted: 10 MB. The HTTP layer lets a multipart upload of that size through (BodyLimits). */
    public static final long MAX_SIZE = 10L * 1024 * 1024;

    /** The most documents one placement, claim or checklist item holds: enough for any paper trail, not a store. */
    public static final int MAX_PER_SUBJECT = 50;

    @Inject
    Audit audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Instance<DocumentHolder> holders;

    @Inject
    AccessLog accessLog;

    /**
     * Checks an uploaded file and keeps it for a subject of the given student. A refused file (not there, too big,
     * empty, cut off, not a PDF, PNG or JPEG by content) is answered with a problem and leaves nothing behind.
     */
    @Transactional
    public DocumentEntity store(DocumentSubject subject, long subjectId, String studentNumber, String kind,
                                FileUpload file) {
        if (DocumentEntity.count(subject, subjectId) >= MAX_PER_SUBJECT) {
            throw new ApiException(ProblemType.TOO_MANY_DOCUMENTS, subject.title() + " " + subjectId
                    + " already holds " + MAX_PER_SUBJECT + " documents, the most one may hold. Delete one first or "
                    + "ask the international office.");
        }
        byte[] content = read(file);
        if (content.length == 0) {
            throw new ApiException(ProblemType.DOCUMENT_INVALID, "The file is empty. Upload the whole file.");
        }
        String detected = DocumentContent.detect(content);
        if (!DocumentContent.ACCEPTED.contains(detected)) {
            throw new ApiException(ProblemType.DOCUMENT_TYPE_REFUSED.problem("The file's content is " + detected
                    + "; only PDF, PNG and JPEG files are accepted.").with("detectedType", detected));
        }
        DocumentContent.incomplete(detected, content).ifPresent(why -> {
            throw new ApiException(ProblemType.DOCUMENT_INVALID, why + " Upload the whole file.");
        });
        DocumentEntity document = new DocumentEntity();
        document.belongTo(subject, subjectId);
        document.studentNumber = studentNumber;
        document.kind = kind;
        document.fileName = FileNames.clean(file.fileName(), detected);
        document.mediaType = detected;
        document.sizeBytes = content.length;
        document.sha256 = Hashes.sha256(content);
        document.content = content;
        audit.created(document);
        document.persist();
        return document;
    }

    /**
     * The documents of a subject (its access checked by the caller), oldest first. Each one listed is a read of its
     * metadata, recorded in the access log.
     */
    @Transactional
    public List<DocumentEntity> of(DocumentSubject subject, long subjectId) {
        List<DocumentEntity> documents = DocumentEntity.of(subject, subjectId);
        recordReads(documents);
        return documents;
    }

    /** A document the caller may see (a student only their own; anything else is "not found"); the read is logged. */
    @Transactional
    public DocumentEntity get(long id) {
        DocumentEntity document = accessible(id);
        recordReads(List.of(document));
        return document;
    }

    private DocumentEntity accessible(long id) {
        DocumentEntity document = DocumentEntity.findById(id);
        if (document == null || !currentUser.maySee(document.studentNumber)
                || !currentUser.owns(document.studentNumber) && !currentUser.hasRole(Roles.STAFF)
                && !holderOf(document.subject()).readableByCoordinators()) {
            throw ApiException.notFound("Document " + id);
        }
        return document;
    }

    /** A document the caller may see, with its content; the read is logged. */
    @Transactional
    public DocumentEntity withContent(long id) {
        DocumentEntity document = get(id);
        Hibernate.initialize(document.content);
        return document;
    }

    /** Deletes a document: only its own student may, and only while its subject is still theirs to change. */
    @Transactional
    public void delete(long id) {
        DocumentEntity document = accessible(id);
        if (!currentUser.owns(document.studentNumber)) {
            throw ApiException.forbidden("Only the student a document belongs to may delete it; staff keep it.");
        }
        DocumentHolder holder = holderOf(document.subject());
        holder.keptBecause(document.subjectId()).ifPresent(why -> {
            throw new ApiException(ProblemType.DOCUMENT_KEPT,
                    why + "; its documents are kept as a record and cannot be deleted.");
        });
        document.delete();
        holder.deleted(document);
    }

    /** Staff's and coordinators' reads go in the student's access log (the student's own are left out there). */
    private void recordReads(List<DocumentEntity> documents) {
        accessLog.recordAll(SensitiveResource.DOCUMENT, documents.stream()
                .map(d -> new AccessLog.Read(d.studentNumber, String.valueOf(d.id), d.placementId)).toList());
    }

    private DocumentHolder holderOf(DocumentSubject subject) {
        return holders.stream().filter(holder -> holder.subject() == subject).findFirst()
                .orElseThrow(() -> new IllegalStateException("No holder of " + subject + " documents"));
    }

    private static byte[] read(FileUpload file) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.invalid("file", "must be a file part named \"file\"");
        }
        if (file.size() > MAX_SIZE) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "The file has " + file.size()
                    + " bytes; at most " + MAX_SIZE + " bytes (10 MB) are accepted.");
        }
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException("The uploaded file could not be read", e);
        }
    }

}
