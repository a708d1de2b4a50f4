/**
 * What every feature stands on: the schema migrations and the server's readiness.
 *
 * <p>Flyway owns the schema; JPA never generates it. {@link se.samverkan.platform.SchemaMigrator}
 * runs the migrations from {@code db/migration} at start-up, before any other start-up bean
 * touches the database (they declare {@code @DependsOn("SchemaMigrator")}), with bean-managed
 * transactions because Flyway commits each migration itself. The same SQL runs on H2 2.x and
 * PostgreSQL 15; the JBeret job repository lives in a datasource of its own so that Flyway always
 * finds a schema that is its alone.
 */
package se.samverkan.platform;
