package nl.bis.placements.safety;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import nl.bis.placements.accesslog.AccessLog;
import nl.bis.placements.accesslog.SensitiveResource;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.ETags;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.common.Roles;
import nl.bis.placements.safety.EmergencyContactsEntity.Contact;
import nl.bis.placements.student.StudentEntity;
import nl.bis.placements.student.Students;

/**
 * A student's phone number abroad and emergency contacts at home: the student keeps their own, staff read every
 * student's, coordinators none (they do not need them), and a student never reaches another student's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EmergencyContactsService {

    private static final String ACTION = "keep emergency contacts";

    /** A student's contacts; {@code kept} is null while the student never gave any. */
    public record View(String studentNumber, EmergencyContactsEntity kept) {

        public boolean complete() {
            return kept != null && kept.complete();
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    Students students;

    @Inject
    Audit audit;

    @Inject
    AccessLog accessLog;

    public View mine() {
        String own = students.self(ACTION).studentNumber();
        return new View(own, EmergencyContactsEntity.findById(own));
    }

    /**
     * Staff read any known student's; a student only their own (anyone else's is "not found"). Staff's read of the
     * contacts a student gave is logged; a student who gave none has nothing read.
     */
    @Transactional
    public View ofStudent(String studentNumber) {
        if (!currentUser.hasRole(Roles.STAFF)) {
            if (currentUser.owns(studentNumber)) {
                return mine();
            }
            if (currentUser.hasRole(Roles.COORDINATOR)) {
                throw ApiException.forbidden("Only staff read a student's emergency contacts.");
            }
            throw ApiException.notFound("Student " + studentNumber);
        }
        if (StudentEntity.findById(studentNumber) == null) {
            throw ApiException.notFound("Student " + studentNumber);
        }
        View view = new View(studentNumber, EmergencyContactsEntity.findById(studentNumber));
        if (view.kept() != null) {
            accessLog.record(SensitiveResource.EMERGENCY_CONTACTS, studentNumber, null, null);
        }
        return view;
    }

    /** Whether the student gave a phone number abroad and at least one contact (the readiness requirement). */
    public boolean kept(String studentNumber) {
        EmergencyContactsEntity kept = EmergencyContactsEntity.findById(studentNumber);
        return kept != null && kept.complete();
    }

    /**
     * Replaces the calling student's contacts as a whole. The student's row is locked first, so two replacements at
     * once are applied one after the other; sending what is kept already changes nothing (same version).
     */
    @Transactional
    public View replaceMine(String phoneAbroad, List<Contact> contacts, String ifMatch) {
        Students.Registrant me = students.self(ACTION);
        students.upsertAndLock(me, null);
        EmergencyContactsEntity kept = EmergencyContactsEntity.findById(me.studentNumber());
        if (ifMatch != null && !ifMatch.isBlank()) {
            if (kept == null) {
                throw new ApiException(ProblemType.PRECONDITION_FAILED, "No emergency contacts were given yet, so "
                        + "If-Match matches nothing; send the first ones without If-Match.");
            }
            ETags.requireMatch(ifMatch, kept.version);
        }
        String phone = ContactRules.optional(phoneAbroad);
        List<Contact> cleaned = ContactRules.cleaned(contacts);
        if (kept == null) {
            kept = new EmergencyContactsEntity();
            kept.studentNumber = me.studentNumber();
            kept.phoneAbroad = phone;
            kept.contacts = cleaned;
            audit.created(kept);
            kept.persist();
        } else if (!Objects.equals(kept.phoneAbroad, phone) || !kept.contacts.equals(cleaned)) {
            kept.phoneAbroad = phone;
            kept.contacts = cleaned;
            audit.updated(kept);
        }
        kept.flush();
        return new View(me.studentNumber(), kept);
    }
}
