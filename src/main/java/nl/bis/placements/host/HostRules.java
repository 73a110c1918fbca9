package nl.bis.placements.host;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Which hosts need the clerkship coordinator's approval, and how an approval moves, in plain Java. From the faculty's
 * page: a GP practice abroad that a student finds themself "moet dan goedgekeurd worden door de coschap-coördinator
 * huisartsgeneeskunde", and a self-found social-medicine location: "Goedkeuring hiervoor loopt eveneens via de
 * coschap-coördinator sociale geneeskunde".
 */
public final class HostRules {

    /** The types whose host, when not in the register for the type, needs the coordinator's approval. */
    public static final Set<String> APPROVED_BY_COORDINATOR = Set.of("GP_CLERKSHIP", "SOCIAL_MEDICINE_CLERKSHIP");

    public enum Status {
        PENDING,
        APPROVED,
        REFUSED
    }

    public enum Decision {
        APPROVED,
        REFUSED
    }

    private HostRules() {
    }

    /** Whether a placement of this type at a host needs the coordinator, given whether the register lists it. */
    public static boolean needsApproval(String placementType, boolean inRegisterForType) {
        return APPROVED_BY_COORDINATOR.contains(placementType) && !inRegisterForType;
    }

    /**
     * A host's name as compared: Unicode-normalised (NFKC), lower case, spaces collapsed, so "Huisartsenpraktijk
     * De Linde" and "huisartsenpraktijk  de linde" are one host and a student cannot register a twin by spacing.
     */
    public static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** Only a pending approval is decided; a decision is final for that host (another host is a new approval). */
    public static boolean decidable(Status status) {
        return status == Status.PENDING;
    }

    public static Status after(Decision decision) {
        return decision == Decision.APPROVED ? Status.APPROVED : Status.REFUSED;
    }

    /** A refusal says why, so the student can choose another host; an approval may. */
    public static boolean reasonRequired(Decision decision) {
        return decision == Decision.REFUSED;
    }
}
