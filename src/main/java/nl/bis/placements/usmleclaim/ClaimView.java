package nl.bis.placements.usmleclaim;

import java.util.Set;

/** A claim as it is answered: with the document kinds it still lacks before it can be submitted. */
record ClaimView(UsmleClaimEntity claim, Set<DocumentKind> missingDocuments) {
}
