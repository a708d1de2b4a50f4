package se.samverkan.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.samverkan.cases.CaseDraft;
import se.samverkan.cases.CaseType;
import se.samverkan.cases.Cases;
import se.samverkan.testing.Deployments;

/**
 * Inside the server, as the application's own database user: on PostgreSQL the access log refuses
 * every UPDATE, DELETE and TRUNCATE. Run on PostgreSQL only (ear/pom.xml): H2 offers no such rule
 * without code on its class path, and there the absence of any changing path guards the log.
 */
@ExtendWith(ArquillianExtension.class)
class AccessLogAppendOnlyIT {

    @Deployment
    static EnterpriseArchive application() {
        return Deployments.realEarWith(AccessLogAppendOnlyIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/SamverkanDS")
    DataSource dataSource;

    @EJB Cases cases;

    private long aCase() {
        Caller reporter = new Caller("it.append", "ostersund", EnumSet.of(Role.REPORTER));
        CaseDraft draft =
                new CaseDraft(
                        CaseType.DEVIATION,
                        OffsetDateTime.now().minusHours(1),
                        "region-jamtland-harjedalen",
                        "OTHER",
                        "Loggtest",
                        "Ett ärende att logga mot",
                        null,
                        1,
                        1,
                        false,
                        false);
        return cases.file(reporter, draft, null, null, null).filed().c().id();
    }

    @Test
    void theApplicationsDatabaseUserCannotChangeTheLog() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertEquals(
                    "PostgreSQL",
                    connection.getMetaData().getDatabaseProductName(),
                    "this suite runs on PostgreSQL only (ear/pom.xml)");
            try (Statement statement = connection.createStatement()) {
                long caseId = aCase();
                statement.executeUpdate(
                        "INSERT INTO access_log (id, accessed_at, username, principal_id, case_id, action)"
                                + " VALUES (nextval('access_log_seq'), now(), 'it.append', 'ostersund', "
                                + caseId
                                + ", 'READ')");
                for (String change :
                        new String[] {
                            "UPDATE access_log SET username = 'someone.else' WHERE username = 'it.append'",
                            "DELETE FROM access_log WHERE username = 'it.append'",
                            "TRUNCATE access_log"
                        }) {
                    SQLException refused =
                            assertThrows(
                                    SQLException.class,
                                    () -> statement.executeUpdate(change),
                                    change);
                    assertEquals("42501", refused.getSQLState(), change);
                }
                try (var rs =
                        statement.executeQuery(
                                "SELECT count(*) FROM access_log WHERE username = 'it.append'")) {
                    rs.next();
                    assertEquals(1, rs.getLong(1));
                }
            }
        }
    }
}
