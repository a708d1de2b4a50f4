package se.samverkan.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "java:jboss/datasources/SamverkanDS")
    DataSource dataSource;

    @Inject SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        boolean migrated = migrator.isMigrated();
        boolean answers = answers();
        return HealthCheckResponse.named("samverkan-database")
                .status(migrated && answers)
                .withData("migrated", migrated)
                .withData("answers", answers)
                .build();
    }

    private boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
