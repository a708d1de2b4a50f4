package se.samverkan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.organisation.Area;
import se.samverkan.organisation.Organisation;
import se.samverkan.organisation.OrganisationData;
import se.samverkan.organisation.OrganisationLoader;
import se.samverkan.testing.Deployments;

/**
 * Inside the real server, on the configured database: EclipseLink is the provider, a row survives a
 * round trip, and the organisation data is loaded once and only once.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive application() {
        return Deployments.realEarWith(PersistenceIT.class);
    }

    @PersistenceContext(unitName = "samverkan")
    EntityManager em;

    @Resource UserTransaction tx;

    @EJB Organisation organisation;

    @EJB OrganisationLoader loader;

    @Test
    void eclipseLinkIsThePersistenceProvider() throws Exception {
        tx.begin();
        try {
            assertNotNull(em.unwrap(JpaEntityManager.class));
            assertTrue(
                    em.getEntityManagerFactory()
                            .getClass()
                            .getName()
                            .startsWith("org.eclipse.persistence"));
        } finally {
            tx.rollback();
        }
    }

    @Test
    void anAreaSurvivesARoundTripThroughTheDatabase() throws Exception {
        String code =
                "IT_"
                        + UUID.randomUUID()
                                .toString()
                                .replace("-", "")
                                .substring(0, 20)
                                .toUpperCase(Locale.ROOT);
        tx.begin();
        em.persist(new Area(code, "Provområde", "Test area", "Beskrivning", "Description", 999));
        tx.commit();
        em.clear();
        em.getEntityManagerFactory().getCache().evictAll();

        try {
            tx.begin();
            Area read = em.find(Area.class, code);
            Object stored =
                    em.createNativeQuery("SELECT name_sv FROM area WHERE code = ?")
                            .setParameter(1, code)
                            .getSingleResult();
            tx.commit();

            assertEquals("Provområde", read.name(Locale.forLanguageTag("sv")));
            assertEquals("Test area", read.name(Locale.ENGLISH));
            assertEquals(999, read.sortOrder());
            assertEquals("Provområde", stored);
        } finally {
            tx.begin();
            em.remove(em.find(Area.class, code));
            tx.commit();
        }
        tx.begin();
        assertNull(em.find(Area.class, code));
        tx.rollback();
    }

    @Test
    void theOrganisationDataIsLoadedAtStartAndLoadingItAgainAddsNothing() throws Exception {
        OrganisationData jamtland;
        try (InputStream in =
                OrganisationLoader.class
                        .getClassLoader()
                        .getResourceAsStream("organisation/jamtland.json")) {
            jamtland = OrganisationData.parseValid(in);
        }

        OrganisationLoader.LoadResult again = loader.load(jamtland);

        assertEquals(new OrganisationLoader.LoadResult(0, 0, 0), again);
        assertEquals(9, organisation.principals().size());
        assertEquals("region-jamtland-harjedalen", organisation.principals().get(0).id());
        assertEquals(11, organisation.units("region-jamtland-harjedalen").size());
    }
}
