package io.demoseeder.cli;

/**
 * One {@code --name [value]} option. When {@code property} is set, the option is handed
 * to Spring as that property, so it overrides the config file exactly as Boot orders
 * sources.
 */
record CliOption(String name, String valueName, String property, String help) {

	static final CliOption HELP = flag("help", null, "Show this help and exit");

	static final CliOption CONFIG = value("config", "FILE", null, "YAML job config, e.g. job-configs/demo.yml");

	static final CliOption DB_URL = value("db-url", "URL", "seeder.db.url",
			"Target JDBC URL (env SEEDER_DB_URL); none: an embedded PostgreSQL (run only)");

	static final CliOption DB_USER = value("db-user", "USER", "seeder.db.user", "Database user (env SEEDER_DB_USER)");

	static final CliOption DB_PASSWORD = value("db-password", "PASSWORD", "seeder.db.password",
			"Database password (env SEEDER_DB_PASSWORD)");

	static final CliOption SEED = value("seed", "N", "seeder.seed", "Seed of every generated value");

	static final CliOption AS_OF = value("as-of", "YYYY-MM-DD", "seeder.as-of",
			"Date the demo is generated for (default: today)");

	static final CliOption SCALE = value("scale", "N", "seeder.scale", "Volume multiplier of the other tenants");

	static final CliOption REPORT_DIR = value("report-dir", "DIR", "seeder.report-dir", "Where reports are written");

	static final CliOption BACKUP_DIR = value("backup-dir", "DIR", "seeder.backup-dir", "Where backups are written");

	static final CliOption INPUT_DIR = value("input-dir", "DIR", "seeder.input-dir",
			"Input files to read (generated there when missing; default input-files/<seed>-<as-of>)");

	static final CliOption FAIL_AT = value("fail-at", "STEP[:ITEMS]", "seeder.fail-at",
			"Make STEP fail at its start or after ITEMS written items (to rehearse a relaunch)");

	static final CliOption FRESH = flag("fresh", null,
			"Start a new run even when the last one failed or was stopped (default: resume it)");

	static final CliOption CRON = value("cron", "EXPR", "seeder.schedule.cron",
			"Spring cron expression with seconds, e.g. \"0 0 2 * * *\" (default from the config)");

	static final CliOption FORCE_UNMARKED = flag("force-unmarked", "seeder.reset.force-unmarked",
			"Allow dropping a database with tables that demo-seeder did not create");

	static final CliOption KEEP_RUNNING = flag("keep-running", null,
			"With the embedded database: keep it up after the run until Ctrl-C");

	static final CliOption FROM = value("from", "FILE", null, "Backup data file (.dump or .zip) to restore");

	static final CliOption OUTPUT = value("output", "FILE", null,
			"Where to write the Markdown (default docs/schema.md)");

	static final CliOption LIMIT = value("limit", "N", null, "How many recent executions to show (default 10)");

	/** Options every command takes. */
	static final java.util.List<CliOption> COMMON = java.util.List.of(HELP, CONFIG, DB_URL, DB_USER, DB_PASSWORD);

	static CliOption value(String name, String valueName, String property, String help) {
		return new CliOption(name, valueName, property, help);
	}

	static CliOption flag(String name, String property, String help) {
		return new CliOption(name, null, property, help);
	}

	boolean takesValue() {
		return this.valueName != null;
	}

	String usage() {
		return "--" + this.name + (takesValue() ? " " + this.valueName : "");
	}

}
