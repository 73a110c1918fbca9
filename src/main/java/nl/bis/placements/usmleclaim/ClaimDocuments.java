package nl.bis.placements.usmleclaim;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The documents handed in with claims, as far as the claim rules care: their kinds. */
@ApplicationScoped
class ClaimDocuments {

    /** The kinds of the documents of each claim (a claim without documents is left out). */
    Map<Long, List<DocumentKind>> kindsOf(Collection<Long> claimIds) {
        // Documents are stored by the shared documents package, which is not there yet: no claim has any.
        return Map.of();
    }

    List<DocumentKind> kindsOf(long claimId) {
        return kindsOf(List.of(claimId)).getOrDefault(claimId, List.of());
    }
}
