package io.demoseeder.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.demoseeder.cli.CliOption.AS_OF;
import static io.demoseeder.cli.CliOption.BACKUP_DIR;
import static io.demoseeder.cli.CliOption.FORCE_UNMARKED;
import static io.demoseeder.cli.CliOption.FAIL_AT;
import static io.demoseeder.cli.CliOption.CRON;
import static io.demoseeder.cli.CliOption.FRESH;
import static io.demoseeder.cli.CliOption.FROM;
import static io.demoseeder.cli.CliOption.INPUT_DIR;
import static io.demoseeder.cli.CliOption.KEEP_RUNNING;
import static io.demoseeder.cli.CliOption.LIMIT;
import static io.demoseeder.cli.CliOption.OUTPUT;
import static io.demoseeder.cli.CliOption.REPORT_DIR;
import static io.demoseeder.cli.CliOption.SCALE;
import static io.demoseeder.cli.CliOption.SEED;

/** The commands of {@code demo-seeder} and the options each accepts. */
enum CliCommand {

	RUN("run", "Back up, reset, migrate and seed the target database (resumes a failed run)", SEED, AS_OF, SCALE,
			INPUT_DIR, REPORT_DIR, BACKUP_DIR, FORCE_UNMARKED, FAIL_AT, FRESH, KEEP_RUNNING),

	SCHEDULE("schedule", "Stay in the foreground and run a fresh refresh at every tick of a cron expression", CRON,
			SEED, SCALE, INPUT_DIR, REPORT_DIR, BACKUP_DIR),

	STATUS("status", "Show recent executions of the seed-demo job and their steps", LIMIT),

	BACKUP("backup", "Back up the target database (pg_dump, or the JDBC fallback)", BACKUP_DIR),

	RESTORE("restore", "Drop the target database and restore a backup into it (guarded like a reset)", FROM,
			FORCE_UNMARKED),

	VALIDATE("validate", "Check a database of this schema and write the validation report (exit 3 when a check fails)",
			SEED, AS_OF, SCALE, REPORT_DIR),

	FINGERPRINT("fingerprint", "Print each table's row count and a sha256 over its rows in primary-key order"),

	DOCS("docs", "Regenerate docs/schema.md from a freshly migrated database", OUTPUT);

	private final String commandName;

	private final String description;

	private final List<CliOption> options;

	CliCommand(String commandName, String description, CliOption... own) {
		this.commandName = commandName;
		this.description = description;
		List<CliOption> all = new ArrayList<>(CliOption.COMMON);
		all.addAll(Arrays.asList(own));
		this.options = List.copyOf(all);
	}

	static Optional<CliCommand> named(String name) {
		return Arrays.stream(values()).filter((command) -> command.commandName.equals(name)).findFirst();
	}

	Optional<CliOption> option(String name) {
		return this.options.stream().filter((option) -> option.name().equals(name)).findFirst();
	}

	String commandName() {
		return this.commandName;
	}

	String description() {
		return this.description;
	}

	List<CliOption> options() {
		return this.options;
	}

}
