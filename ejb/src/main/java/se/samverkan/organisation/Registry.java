package se.samverkan.organisation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * The administrators' changes to the registry: add, rename and retire principals, units and areas.
 * Nothing is ever deleted: old cases and old statistics keep what they refer to, and a retired
 * principal or area is only no longer offered for new cases (see {@code Routing} and {@code
 * Cases}). Who may call this is decided at the boundary (the admin role).
 */
@Stateless
public class Registry {

    @Inject EntityManager em;

    public Principal addMunicipality(
            String id, String name, String code, String handlerEmail, String officerEmail) {
        if (em.find(Principal.class, id) != null) {
            throw new RegistryProblem(RegistryProblem.Kind.TAKEN, "registry.principal-taken", id);
        }
        boolean codeTaken =
                !em.createQuery("select p.id from Principal p where p.code = :code", String.class)
                        .setParameter("code", code)
                        .getResultList()
                        .isEmpty();
        if (codeTaken) {
            throw new RegistryProblem(RegistryProblem.Kind.TAKEN, "registry.code-taken", code);
        }
        // A county has one region; everything added later is a municipality.
        Principal principal =
                new Principal(
                        id, name, PrincipalKind.MUNICIPALITY, code, handlerEmail, officerEmail);
        em.persist(principal);
        return principal;
    }

    public Principal changePrincipal(
            String id,
            Optional<String> name,
            Optional<String> handlerEmail,
            Optional<String> officerEmail,
            Optional<Boolean> retired) {
        Principal p = principal(id);
        p.change(
                name.orElse(p.name()),
                handlerEmail.orElse(p.handlerEmail()),
                officerEmail.orElse(p.medicalOfficerEmail()));
        if (retired.isPresent()) {
            if (retired.get() && p.isRegion()) {
                throw new RegistryProblem(
                        RegistryProblem.Kind.AGAINST_RULE, "registry.region-stays");
            }
            p.retire(retired.get());
        }
        return p;
    }

    public CareUnit addUnit(String principalId, String code, String name, UnitKind kind) {
        boolean taken =
                !em.createQuery("select u.id from CareUnit u where u.code = :code", Long.class)
                        .setParameter("code", code)
                        .getResultList()
                        .isEmpty();
        if (taken) {
            throw new RegistryProblem(RegistryProblem.Kind.TAKEN, "registry.code-taken", code);
        }
        CareUnit unit = new CareUnit(code, principal(principalId), name, kind);
        em.persist(unit);
        return unit;
    }

    public CareUnit changeUnit(long id, Optional<String> name, Optional<Boolean> retired) {
        CareUnit unit =
                Optional.ofNullable(em.find(CareUnit.class, id))
                        .orElseThrow(
                                () ->
                                        new RegistryProblem(
                                                RegistryProblem.Kind.NOT_FOUND,
                                                "registry.unit-not-found",
                                                id));
        name.ifPresent(unit::rename);
        retired.ifPresent(unit::retire);
        return unit;
    }

    public Area addArea(
            String code, String nameSv, String nameEn, String descriptionSv, String descriptionEn) {
        if (em.find(Area.class, code) != null) {
            throw new RegistryProblem(RegistryProblem.Kind.TAKEN, "registry.code-taken", code);
        }
        Integer last =
                em.createQuery("select max(a.sortOrder) from Area a", Integer.class)
                        .getSingleResult();
        Area area =
                new Area(
                        code,
                        nameSv,
                        nameEn,
                        descriptionSv,
                        descriptionEn,
                        last == null ? 1 : last + 1);
        em.persist(area);
        return area;
    }

    public Area changeArea(
            String code,
            Optional<String> nameSv,
            Optional<String> nameEn,
            Optional<String> descriptionSv,
            Optional<String> descriptionEn,
            Optional<Boolean> retired) {
        Area area =
                Optional.ofNullable(em.find(Area.class, code))
                        .orElseThrow(
                                () ->
                                        new RegistryProblem(
                                                RegistryProblem.Kind.NOT_FOUND,
                                                "registry.area-not-found",
                                                code));
        area.change(
                nameSv.orElse(area.nameSv()),
                nameEn.orElse(area.nameEn()),
                descriptionSv.orElse(area.descriptionSv()),
                descriptionEn.orElse(area.descriptionEn()));
        retired.ifPresent(area::retire);
        return area;
    }

    private Principal principal(String id) {
        return Optional.ofNullable(em.find(Principal.class, id))
                .orElseThrow(
                        () ->
                                new RegistryProblem(
                                        RegistryProblem.Kind.NOT_FOUND,
                                        "registry.principal-not-found",
                                        id));
    }
}
