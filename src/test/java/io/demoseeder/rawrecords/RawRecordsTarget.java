package io.demoseeder.rawrecords;

import java.nio.file.Path;
import java.util.function.Supplier;

import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.seed.SeedContext;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database and input directory of a test that runs the raw-records step on its own:
 * what every such test class sets up before its first test.
 */
public final class RawRecordsTarget {

	private RawRecordsTarget() {
	}

	/** Points the seeder at {@code target} and at the input files in {@code inputDir}. */
	public static void register(DynamicPropertyRegistry registry, DatabaseLocation target, Supplier<Path> inputDir) {
		registry.add("seeder.db.url", target::jdbcUrl);
		registry.add("seeder.db.user", target::user);
		registry.add("seeder.input-dir", () -> inputDir.get().toString());
	}

	/** Creates and migrates {@code target} with the rows the step builds on. */
	public static void prepare(DatabaseLocation target, SeedContext context) {
		new DatabaseAdmin(target).create(target.database());
		SchemaMigrator.migrate(target.dataSource());
		PlanRows.insert(new JdbcTemplate(target.dataSource()), context);
	}

}
