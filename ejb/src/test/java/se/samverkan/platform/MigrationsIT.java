package se.samverkan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migrations apply to an empty database and are a no-op the second time, on both databases the
 * product runs on: the H2 file database of the default installation and PostgreSQL.
 */
class MigrationsIT {

    @Test
    void migrationsApplyToAnEmptyH2FileDatabaseAndAreANoOpTheSecondTime(@TempDir Path dir) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + dir.resolve("samverkan") + ";DB_CLOSE_ON_EXIT=FALSE");
        h2.setUser("sa");
        h2.setPassword("sa");

        assertAppliesOnceThenNothing(h2);
        assertTrue(Files.exists(dir.resolve("samverkan.mv.db")));
    }

    @Test
    void migrationsApplyToAnEmptyPostgresqlDatabaseAndAreANoOpTheSecondTime() throws SQLException {
        String adminUrl = System.getProperty("samverkan.it.postgresql.url");
        String user = System.getProperty("samverkan.it.postgresql.user");
        String password = System.getProperty("samverkan.it.postgresql.password");
        String database = "samverkan_migration_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            try {
                PGSimpleDataSource pg = new PGSimpleDataSource();
                pg.setUrl(adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database);
                pg.setUser(user);
                pg.setPassword(password);

                assertAppliesOnceThenNothing(pg);
            } finally {
                statement.execute("DROP DATABASE " + database + " WITH (FORCE)");
            }
        }
    }

    private static void assertAppliesOnceThenNothing(DataSource dataSource) {
        ClassLoader loader = MigrationsIT.class.getClassLoader();

        MigrateResult first = SchemaMigrator.migrate(dataSource, loader);
        String schemaAfterFirst = describeSchema(dataSource);
        MigrateResult second = SchemaMigrator.migrate(dataSource, loader);

        assertTrue(first.migrationsExecuted > 0, "the first run applies the migrations");
        assertEquals(0, second.migrationsExecuted, "the second run applies nothing");
        assertEquals(schemaAfterFirst, describeSchema(dataSource), "the schema did not change");
        assertTrue(schemaAfterFirst.contains("principal"), schemaAfterFirst);
    }

    /** Table and column names of the application schema, in order: a fingerprint to compare. */
    private static String describeSchema(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                ResultSet columns =
                        connection
                                .getMetaData()
                                .getColumns(null, connection.getSchema(), "%", "%")) {
            StringBuilder description = new StringBuilder();
            while (columns.next()) {
                description
                        .append(columns.getString("TABLE_NAME").toLowerCase())
                        .append('.')
                        .append(columns.getString("COLUMN_NAME").toLowerCase())
                        .append(' ');
            }
            return description.toString();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
