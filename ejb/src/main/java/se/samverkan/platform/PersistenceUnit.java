package se.samverkan.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceProperty;

/**
 * The one persistence context every bean injects ({@code @Inject EntityManager}): the container's
 * transaction-scoped entity manager of the unit {@code samverkan}.
 *
 * <p>Declared once so that its properties are declared once. The two properties are WildFly's
 * defaults, written out: WildFly reads them from the context's own properties when it finds them
 * there, and otherwise from the factory's, which EclipseLink copies into a new map on every call
 * (twice for every operation of an entity manager in a transaction; measured: 2 % of the server's
 * CPU and 8 % of what it allocated when filing at load).
 */
@ApplicationScoped
public class PersistenceUnit {

    @Produces
    @PersistenceContext(
            unitName = "samverkan",
            properties = {
                @PersistenceProperty(
                        name = "wildfly.jpa.skipmixedsynctypechecking",
                        value = "false"),
                @PersistenceProperty(name = "wildfly.jpa.allowjoinedunsync", value = "false")
            })
    EntityManager entityManager;
}
