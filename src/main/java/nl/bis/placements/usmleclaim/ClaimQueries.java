package nl.bis.placements.usmleclaim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.Roles;
import org.hibernate.Hibernate;

/**
 * Reading claims: one the caller may see, its history, the documents it lacks. Staff see every claim, a student
 * only their own; coordinators have no access to claims at all (the resource refuses them).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClaimQueries {

    @Inject
    CurrentUser currentUser;

    @Inject
    ClaimDocuments documents;

    public ClaimView get(long id) {
        return view(accessible(id, LockModeType.NONE));
    }

    public List<UsmleClaimHistoryEntity> history(long id) {
        accessible(id, LockModeType.NONE);
        return UsmleClaimHistoryEntity.of(id);
    }

    ClaimView view(UsmleClaimEntity claim) {
        return new ClaimView(claim, UsmleClaimRules.missingDocuments(documents.kindsOf(claim.id)));
    }

    List<ClaimView> views(List<UsmleClaimEntity> claims) {
        Map<Long, List<DocumentKind>> kinds = documents.kindsOf(claims.stream().map(c -> c.id).toList());
        return claims.stream().map(c -> new ClaimView(c,
                UsmleClaimRules.missingDocuments(kinds.getOrDefault(c.id, List.of())))).toList();
    }

    /** Whether the caller reads every student's claims: staff do. */
    boolean readsEveryone() {
        return currentUser.hasRole(Roles.STAFF);
    }

    /** A claim the caller may see: staff any, a student only their own; anything else is "not found". */
    UsmleClaimEntity accessible(long id, LockModeType lock) {
        UsmleClaimEntity claim = lock == LockModeType.NONE
                ? UsmleClaimEntity.withStudent(id)
                : UsmleClaimEntity.findById(id, lock);
        if (claim == null || !(readsEveryone() || currentUser.owns(claim.student.studentNumber))) {
            throw ApiException.notFound("USMLE claim " + id);
        }
        Hibernate.initialize(claim.student); // the resource maps it after the transaction has ended
        return claim;
    }
}
