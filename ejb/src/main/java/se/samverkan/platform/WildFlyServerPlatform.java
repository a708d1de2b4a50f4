package se.samverkan.platform;

import org.eclipse.persistence.platform.server.jboss.JBossPlatform;
import org.eclipse.persistence.sessions.DatabaseSession;

/**
 * EclipseLink's JBoss platform without its JMX MBeans.
 *
 * <p>At its first login EclipseLink registers a runtime MBean, and to find the MBean server it
 * counts WildFly's MBeans. That walks the whole management model, and with it the batch subsystem's
 * job executions. JBeret then reads them from the job repository's own datasource, inside whatever
 * transaction made the first entity manager. Two local datasources cannot share one JTA
 * transaction, so the transaction was aborted and the deployment failed. This happened on a fresh
 * start on PostgreSQL once the yearly job existed (OrganisationLoader's startup transaction).
 * Nobody reads those MBeans; the server's own statistics remain.
 */
public class WildFlyServerPlatform extends JBossPlatform {

    public WildFlyServerPlatform(DatabaseSession session) {
        super(session);
        // JBossPlatform's constructor turns them on; they stay off.
        disableRuntimeServices();
    }

    @Override
    public boolean isRuntimeServicesEnabledDefault() {
        return false;
    }
}
