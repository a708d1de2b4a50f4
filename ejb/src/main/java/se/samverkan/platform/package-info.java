/**
 * What every feature stands on: the schema migrations, the persistence context and the clock.
 *
 * <p>Readiness ({@code /health/ready} on the management port) is WildFly's own: ready when the EAR
 * is deployed, and it deploys only after the migrations and the organisation load succeeded,
 * because both run in start-up beans. A check of our own would not be seen: WildFly's MicroProfile
 * Health does not discover checks in EAR sub-deployments.
 *
 * <p>Flyway owns the schema; JPA never generates it. {@link se.samverkan.platform.SchemaMigrator}
 * runs the migrations from {@code db/migration} at start-up, before any other start-up bean touches
 * the database (they declare {@code @DependsOn("SchemaMigrator")}), with bean-managed transactions
 * because Flyway commits each migration itself. The same SQL runs on H2 2.x and PostgreSQL 15; the
 * JBeret job repository lives in a datasource of its own so that Flyway always finds a schema that
 * is its alone.
 *
 * <p>Every bean injects the one persistence context {@link se.samverkan.platform.PersistenceUnit}
 * produces, with {@code @Inject EntityManager}.
 */
package se.samverkan.platform;
