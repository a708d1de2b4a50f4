package se.samverkan.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * Loads the county's organisation data at start-up, after the schema migrations, adding only what
 * the database lacks. Running it again, or on every start, changes nothing that is there: the
 * registry belongs to the administrators once it exists.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class OrganisationLoader {

    /** Environment variable naming a county file; unset means the built-in Jämtland data. */
    public static final String FILE_VARIABLE = "SAMVERKAN_ORGANISATION_FILE";

    static final String BUILT_IN = "organisation/jamtland.json";

    private static final Logger LOG = Logger.getLogger(OrganisationLoader.class.getName());

    @Inject EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void loadAtStartup() {
        load(read());
    }

    /** Adds the principals, units and areas of {@code data} that the registry lacks. */
    public LoadResult load(OrganisationData data) {
        int principals = 0;
        int units = 0;
        int areas = 0;
        for (OrganisationData.PrincipalEntry p : data.principals()) {
            if (em.find(Principal.class, p.id()) == null) {
                em.persist(
                        new Principal(
                                p.id(),
                                p.name(),
                                p.kind(),
                                p.code(),
                                p.mailboxes().handlers(),
                                p.mailboxes().medicalOfficer()));
                principals++;
            }
        }
        em.flush();
        for (OrganisationData.UnitEntry u : data.units()) {
            boolean known =
                    !em.createQuery("select u.id from CareUnit u where u.code = :code")
                            .setParameter("code", u.code())
                            .getResultList()
                            .isEmpty();
            if (!known) {
                Principal owner = em.find(Principal.class, u.principalId());
                em.persist(new CareUnit(u.code(), owner, u.name(), u.kind()));
                units++;
            }
        }
        int order = 0;
        for (OrganisationData.AreaEntry a : data.areas()) {
            order += 10;
            if (em.find(Area.class, a.code()) == null) {
                em.persist(
                        new Area(
                                a.code(),
                                a.name().sv(),
                                a.name().en(),
                                a.description().sv(),
                                a.description().en(),
                                order));
                areas++;
            }
        }
        LoadResult result = new LoadResult(principals, units, areas);
        LOG.info(() -> "Organisation data for " + data.county() + ": added " + result);
        return result;
    }

    private static OrganisationData read() {
        String file = System.getenv(FILE_VARIABLE);
        try (InputStream in =
                file == null || file.isBlank()
                        ? OrganisationLoader.class.getClassLoader().getResourceAsStream(BUILT_IN)
                        : Files.newInputStream(Path.of(file))) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is not on the class path");
            }
            return OrganisationData.parseValid(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the organisation data " + file, e);
        }
    }

    /** How many of each the load added. */
    public record LoadResult(int principals, int units, int areas) {
        @Override
        public String toString() {
            return principals + " principals, " + units + " units, " + areas + " areas";
        }
    }
}
