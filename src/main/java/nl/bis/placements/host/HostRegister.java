package nl.bis.placements.host;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.bis.placements.common.ApiException;
import nl.bis.placements.common.Audit;
import nl.bis.placements.common.CurrentUser;
import nl.bis.placements.common.ETags;
import nl.bis.placements.common.HqlFilter;
import nl.bis.placements.common.Instants;
import nl.bis.placements.common.ProblemType;
import nl.bis.placements.destination.DestinationEntity;

/** The register of hosts staff keep, which approvals of self-found hosts add to. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HostRegister {

    /** Whom students contact at a host. */
    public record Contact(String name, String email, String phone) {

        static final Contact NONE = new Contact(null, null, null);
    }

    /** A host as staff describe it. */
    public record Input(String name, String city, String countryCode, List<String> placementTypes, Contact contact,
                        String notes, boolean active) {
    }

    @Inject
    Clock clock;

    @Inject
    Audit audit;

    @Inject
    CurrentUser currentUser;

    /** The hosts, by country and name; inactive ones only when asked. */
    public List<HostEntity> list(String countryCode, String placementType, boolean includeInactive) {
        HqlFilter filter = new HqlFilter(includeInactive ? "1 = 1" : "h.active = true")
                .and("h.countryCode = :country", "country", countryCode);
        List<HostEntity> hosts = filter.query("select h from HostEntity h", " order by h.countryCode, h.nameKey",
                HostEntity.class).getResultList();
        return placementType == null ? hosts
                : hosts.stream().filter(h -> h.placementTypes.contains(placementType)).toList();
    }

    public HostEntity get(long id) {
        return HostEntity.<HostEntity>findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Host " + id));
    }

    @Transactional
    public HostEntity create(Input input) {
        HostEntity host = new HostEntity();
        apply(host, input);
        audit.created(host);
        host.persist();
        host.flush();
        return host;
    }

    @Transactional
    public HostEntity replace(long id, String ifMatch, Input input) {
        HostEntity host = HostEntity.<HostEntity>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Host " + id));
        ETags.requireMatch(ifMatch, host.version);
        apply(host, input);
        audit.updated(host);
        host.flush();
        return host;
    }

    /**
     * Adds a host a coordinator approved to the register for the type: a new entry, or the type (and missing contact
     * details) added to the entry of the same name in the country. An entry staff switched off stays off: whether
     * later students are sent there is theirs to decide.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    HostEntity admit(String name, String city, String countryCode, String placementType, Contact contact) {
        String key = HostRules.key(name);
        // Two approvals of one new host at once: the second finds the first's row instead of failing on the key.
        Panache.getEntityManager().createNativeQuery("""
                        insert into host (name, name_key, city, country_code, placement_types, created_by, created_at,
                                          updated_by, updated_at)
                        values (:name, :key, :city, :country, '[]'::jsonb, :by, :at, :by, :at)
                        on conflict (name_key, country_code) do nothing""")
                .setParameter("name", name)
                .setParameter("key", key)
                .setParameter("city", city)
                .setParameter("country", countryCode)
                .setParameter("by", currentUser.name())
                .setParameter("at", Instants.now(clock))
                .executeUpdate();
        HostEntity host = HostEntity.byKey(key, countryCode, LockModeType.PESSIMISTIC_WRITE).orElseThrow();
        if (!host.placementTypes.contains(placementType)) {
            List<String> types = new ArrayList<>(host.placementTypes);
            types.add(placementType);
            host.placementTypes = types;
        }
        Contact given = contact == null ? Contact.NONE : contact;
        host.contactName = host.contactName == null ? given.name() : host.contactName;
        host.contactEmail = host.contactEmail == null ? given.email() : host.contactEmail;
        host.contactPhone = host.contactPhone == null ? given.phone() : host.contactPhone;
        audit.updated(host);
        return host;
    }

    private void apply(HostEntity host, Input input) {
        if (DestinationEntity.findById(input.countryCode()) == null) {
            throw ApiException.invalid("countryCode",
                    "is not a country the office knows (see GET /api/v1/destinations)");
        }
        String key = HostRules.key(input.name());
        HostEntity twin = HostEntity.byKey(key, input.countryCode(), LockModeType.NONE).orElse(null);
        if (twin != null && !twin.id.equals(host.id)) {
            throw new ApiException(ProblemType.HOST_EXISTS.problem("The register already holds " + twin.name + " in "
                    + twin.countryCode + " (host " + twin.id + "); change that one.").with("hostId", twin.id));
        }
        host.name = input.name().strip();
        host.nameKey = key;
        host.city = input.city() == null || input.city().isBlank() ? null : input.city().strip();
        host.countryCode = input.countryCode();
        host.placementTypes = input.placementTypes().stream().distinct().sorted().toList();
        host.contactName = input.contact().name();
        host.contactEmail = input.contact().email();
        host.contactPhone = input.contact().phone();
        host.notes = input.notes();
        host.active = input.active();
    }
}
