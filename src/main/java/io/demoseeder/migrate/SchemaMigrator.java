package io.demoseeder.migrate;

import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations in {@code classpath:db/migration}. Flyway's history table
 * stays in {@code public}; the application tables live in schema {@code migration}, which
 * V1 creates. A seeding migrates in two parts: up to {@link #LOAD_VERSION} before it
 * loads (the bulk tables without their secondary indexes and foreign keys), the rest
 * after the last bulk step (the constraints step), as pg_restore loads first and
 * constrains after.
 */
public final class SchemaMigrator {

	public static final String LOCATION = "classpath:db/migration";

	/** The schema the bulk steps load into: V2 takes the bulk tables' constraints off. */
	public static final String LOAD_VERSION = "2";

	/**
	 * The last migration of the built-in tables: a schema source stands in for V1 to V3.
	 */
	static final String BOOKKEEPING_BASELINE = "3";

	/**
	 * The last migration before the bulk tables' keys are validated (V7): the constraints
	 * step stops Flyway here and validates them on all cores itself.
	 */
	public static final String KEYS_ADDED_VERSION = "6";

	private SchemaMigrator() {
	}

	/**
	 * The migrations up to {@link #KEYS_ADDED_VERSION}: the bulk tables indexed, their
	 * keys added NOT VALID.
	 */
	public static MigrateResult migrateToKeysAdded(DataSource dataSource) {
		return configuration().target(KEYS_ADDED_VERSION).dataSource(dataSource).load().migrate();
	}

	/**
	 * Whether the database's schema is the built-in one (V1 applied), not a schema
	 * source's (whose history starts at a baseline after the built-in tables).
	 */
	public static boolean builtIn(DataSource dataSource) {
		return Arrays.stream(flyway(dataSource).info().applied())
			.anyMatch((migration) -> migration.getVersion() != null && "1".equals(migration.getVersion().getVersion())
					&& migration.getType() != CoreMigrationType.BASELINE);
	}

	/** Every migration: the schema as the platform reads it. */
	public static MigrateResult migrate(DataSource dataSource) {
		return flyway(dataSource).migrate();
	}

	/** What a migrate step says it did: the migrations applied, the version reached. */
	public static String describe(MigrateResult result) {
		return "Applied " + result.migrationsExecuted + " migration(s); schema version is now "
				+ result.targetSchemaVersion;
	}

	/** The migrations up to {@link #LOAD_VERSION}: the schema the seeding loads into. */
	public static MigrateResult migrateForLoading(DataSource dataSource) {
		return configuration().target(LOAD_VERSION).dataSource(dataSource).load().migrate();
	}

	/**
	 * The seeder's bookkeeping beside a schema it did not build (a schema source): the
	 * history is baselined at the built-in schema's last table migration (V3), so only
	 * the migrations after it, which live in schema {@code demo_seeder}, are applied.
	 */
	public static MigrateResult bookkeeping(DataSource dataSource) {
		Flyway flyway = configuration().baselineVersion(BOOKKEEPING_BASELINE).dataSource(dataSource).load();
		if (flyway.info().applied().length == 0) {
			flyway.baseline();
		}
		return flyway.migrate();
	}

	/**
	 * Loads Flyway's configuration, plugins and migration scripts without a database, so
	 * that the migrate step does not pay for it (see cli.StartupWarmUp).
	 */
	public static void warmUp() {
		configuration().load();
	}

	public static Flyway flyway(DataSource dataSource) {
		return configuration().dataSource(dataSource).load();
	}

	private static FluentConfiguration configuration() {
		// named, not taken from the connection: the database's own search_path
		// (migration, public,
		// set by V1 for the platform) would otherwise make Flyway look for its history in
		// migration
		return Flyway.configure().locations(LOCATION).failOnMissingLocations(true).defaultSchema("public");
	}

}
