package nl.bis.placements.placementtype;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlacementTypeService {

    public List<PlacementTypeEntity> list() {
        return PlacementTypeEntity.listInOrder();
    }

    /** The type codes in order; reference data that only a migration changes, so read once. */
    public List<String> codes() {
        List<String> known = codes;
        if (known == null) {
            known = list().stream().map(t -> t.code).toList();
            codes = known;
        }
        return known;
    }

    private volatile List<String> codes;

    public java.util.Optional<PlacementTypeEntity> find(String code) {
        return code == null ? java.util.Optional.empty() : PlacementTypeEntity.findByIdOptional(code);
    }

    public boolean exists(String code) {
        return code != null && PlacementTypeEntity.findByIdOptional(code).isPresent();
    }

    /**
     * Locks a type's row until the surrounding transaction ends, so that changes that must see each other (such as
     * two rule versions of one type) are serialised in PostgreSQL, across every instance of the service.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lock(String code) {
        return PlacementTypeEntity.findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE).isPresent();
    }
}
