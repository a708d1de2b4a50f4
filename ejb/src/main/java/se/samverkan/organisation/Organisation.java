package se.samverkan.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Reads the registry: who the principals are and which areas exist. */
@Stateless
public class Organisation {

    @Inject EntityManager em;

    /** The region first, then the municipalities by SCB code. */
    public List<Principal> principals() {
        return em.createQuery(
                        "select p from Principal p order by p.kind desc, p.code", Principal.class)
                .getResultList();
    }

    /** The principals a case may concern or be forwarded to: the retired ones left out. */
    public List<Principal> activePrincipals() {
        return principals().stream().filter(p -> !p.isRetired()).toList();
    }

    public Optional<Principal> principal(String id) {
        return Optional.ofNullable(id).map(key -> em.find(Principal.class, key));
    }

    /** The id of the county's one region; a principal's kind never changes, so it is kept. */
    private static volatile String regionId;

    /** The county's one region, read by id from the shared cache after the first time. */
    public Principal region() {
        String id = regionId;
        if (id == null) {
            id =
                    em.createQuery(
                                    "select p.id from Principal p where p.kind = :kind",
                                    String.class)
                            .setParameter("kind", PrincipalKind.REGION)
                            .getSingleResult();
            regionId = id;
        }
        return em.find(Principal.class, id);
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(code).map(key -> em.find(Area.class, key));
    }

    /** Every area, retired ones too, in the order they are offered. */
    public List<Area> areas() {
        return em.createQuery("select a from Area a order by a.sortOrder, a.code", Area.class)
                .getResultList();
    }

    public Optional<CareUnit> unit(long id) {
        return Optional.ofNullable(em.find(CareUnit.class, id));
    }

    public List<CareUnit> units(String principalId) {
        return em.createQuery(
                        "select u from CareUnit u where u.principal.id = :principal order by u.name",
                        CareUnit.class)
                .setParameter("principal", principalId)
                .getResultList();
    }
}
