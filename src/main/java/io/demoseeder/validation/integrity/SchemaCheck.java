package io.demoseeder.validation.integrity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import io.demoseeder.migrate.SchemaMigrator;
import io.demoseeder.model.Tables;
import io.demoseeder.validation.CheckResult;
import io.demoseeder.validation.CheckTask;
import io.demoseeder.validation.DemoCheck;
import io.demoseeder.validation.TargetSchema;
import io.demoseeder.validation.ValidationContext;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The gate: the database holds schema {@code migration} with no migration of this build
 * pending, and the tables the demo cannot do without. A table or column of the model the
 * target lacks (a schema loaded from the platform's own dump) is said here,
 * NOT_APPLICABLE: the checks reading it are not applicable either. On a database this
 * tool did not seed, or one at an older migration, the results say what is missing; the
 * validator runs the other checks only when no result here failed ({@link #complete}).
 */
@Component
public class SchemaCheck implements DemoCheck {

	public static final String CATEGORY = "schema";

	private static final String SCHEMA_EXISTS = """
			SELECT count(*) FROM pg_namespace WHERE nspname = ?""";

	private static final String HISTORY_EXISTS = """
			SELECT to_regclass('public.flyway_schema_history') IS NOT NULL""";

	private static final String LATEST_APPLIED = """
			SELECT version FROM public.flyway_schema_history
			WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1""";

	/** The tables the demo cannot do without: its tenants and its logins. */
	private static final Set<Tables> ESSENTIAL = EnumSet.of(Tables.CLIENT_ACCOUNTS, Tables.ENGAGEMENTS, Tables.USERS);

	@Override
	public String category() {
		return CATEGORY;
	}

	/** Whether the schema is complete enough for the other checks to run. */
	public static boolean complete(List<CheckResult> results) {
		return results.stream().filter((result) -> CATEGORY.equals(result.category())).noneMatch(CheckResult::failed);
	}

	@Override
	public List<CheckTask> tasks(ValidationContext context) {
		return List.of(CheckTask.whole(CATEGORY, 2 + Tables.values().length, () -> results(context)));
	}

	private List<CheckResult> results(ValidationContext context) {
		JdbcTemplate jdbc = context.jdbc();
		List<CheckResult> results = new ArrayList<>();
		results.add(schema(jdbc));
		results.add(migration(jdbc));
		TargetSchema target = context.target();
		for (Tables table : Tables.values()) {
			results.add(table(target, table));
		}
		return results;
	}

	private CheckResult schema(JdbcTemplate jdbc) {
		boolean exists = count(jdbc, SCHEMA_EXISTS, Tables.SCHEMA) > 0;
		return CheckResult.of(exists, "schema.exists", CATEGORY, exists ? "present" : "absent", "present",
				"schema " + Tables.SCHEMA + " does not exist: this database was not migrated by demo-seeder");
	}

	/**
	 * No migration of this build is lacking: every one applied, or, on a schema loaded
	 * from the platform's dump, below the history's baseline (at 3) with the later ones
	 * applied on top. One left out of the history (Flyway's "ignored") or failed is
	 * lacking too: Flyway would refuse to migrate such a database.
	 */
	private CheckResult migration(JdbcTemplate jdbc) {
		String name = "schema.migration-version";
		String expected;
		List<String> lacking;
		try {
			List<MigrationInfo> all = List.of(SchemaMigrator.flyway(dataSource(jdbc)).info().all());
			expected = all.stream()
				.filter((migration) -> migration.getState().isResolved() && migration.getVersion() != null)
				.map(MigrationInfo::getVersion)
				.max(Comparator.naturalOrder())
				.map(MigrationVersion::getVersion)
				.orElse("none");
			MigrationVersion baseline = all.stream()
				.filter((migration) -> migration.getType().isBaseline())
				.map(MigrationInfo::getVersion)
				.max(Comparator.naturalOrder())
				.orElse(MigrationVersion.EMPTY);
			lacking = all.stream()
				.filter((migration) -> lacking(migration, baseline))
				.map((migration) -> migration.getVersion().getVersion())
				.toList();
		}
		catch (RuntimeException ex) {
			return CheckResult.failed(name, CATEGORY, "unknown", "latest migration",
					"cannot read the migration state: " + ex.getMessage());
		}
		Boolean history = jdbc.queryForObject(HISTORY_EXISTS, Boolean.class);
		if (!Boolean.TRUE.equals(history)) {
			return CheckResult.failed(name, CATEGORY, "no migration history", expected,
					"public.flyway_schema_history does not exist: this database was not migrated by demo-seeder"
							+ " (lacks migrations " + String.join(", ", lacking) + ")");
		}
		List<String> applied = jdbc.queryForList(LATEST_APPLIED, String.class);
		String current = applied.isEmpty() ? "none" : applied.get(0);
		return CheckResult.of(lacking.isEmpty() && !applied.isEmpty(), name, CATEGORY, current,
				expected + ", none lacking",
				"the database is at migration " + current
						+ (current.equals(expected) ? "" : ", an older migration than " + expected) + "; it lacks "
						+ String.join(", ", lacking));
	}

	/**
	 * A versioned migration of this build neither applied nor at or below the history's
	 * baseline, or failed.
	 */
	private static boolean lacking(MigrationInfo migration, MigrationVersion baseline) {
		MigrationState state = migration.getState();
		if (migration.getVersion() == null || !state.isResolved() || migration.getType().isBaseline()) {
			return false;
		}
		return state.isFailed() || (!state.isApplied() && migration.getVersion().compareTo(baseline) > 0);
	}

	/**
	 * A table the demo cannot do without fails when missing; any other missing table, or
	 * a table lacking columns, makes the checks reading them not applicable.
	 */
	private CheckResult table(TargetSchema target, Tables table) {
		String name = "schema.table." + table.tableName();
		int expected = table.columnNames().size();
		if (!target.hasTable(table.tableName())) {
			String detail = "table " + table.qualifiedName() + " is missing";
			return ESSENTIAL.contains(table)
					? CheckResult.failed(name, CATEGORY, "missing", expected + " columns",
							detail + ": the demo cannot do without it")
					: CheckResult.notApplicable(name, CATEGORY, detail + ": its checks are not applicable");
		}
		List<String> missing = table.columnNames()
			.stream()
			.filter((column) -> !target.hasColumn(table.tableName(), column))
			.toList();
		return missing.isEmpty() ? CheckResult.passed(name, CATEGORY, expected + " columns", expected + " columns")
				: CheckResult.notApplicable(name, CATEGORY, "table " + table.qualifiedName() + " lacks columns "
						+ String.join(", ", missing) + ": the checks reading them are not applicable");
	}

	private static long count(JdbcTemplate jdbc, String sql, Object... args) {
		Long count = jdbc.queryForObject(sql, Long.class, args);
		return (count != null) ? count : 0;
	}

	private static DataSource dataSource(JdbcTemplate jdbc) {
		DataSource dataSource = jdbc.getDataSource();
		if (dataSource == null) {
			throw new IllegalStateException("the JdbcTemplate has no DataSource");
		}
		return dataSource;
	}

}
