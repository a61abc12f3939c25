package io.demoseeder.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting an operator can change, bound from {@code seeder.*}: defaults in
 * {@code application.yml}, then the job config file, then the environment, then the
 * command line. Unknown keys are rejected so that a typo in a job config is an error
 * rather than a silently ignored setting.
 *
 * @param db the target database
 * @param seed the seed of every generated value: same seed and as-of date, same demo
 * @param asOf the date the demo is generated for (dates are relative to it); none means
 * today
 * @param scale volume multiplier of the other tenants, 1 to 10000 (the demo engagement
 * keeps its shape)
 * @param reportDir where the validation reports go
 * @param backupDir where the backups taken before each reset go
 * @param inputDir where the source files are read from (a file already there is read, a
 * missing one generated); none means
 * input-files/&lt;seed&gt;-&lt;as-of&gt;[-scale&lt;N&gt;]
 * @param reset what the safety guard allows to be dropped
 * @param backup the backups taken before each reset
 * @param failAt rehearses a failure: STEP[:ITEMS] fails that step after that many items
 * @param chunkSize items per chunk (and per transaction) of the chunk-oriented steps
 * @param schedule the nightly refresh of the schedule command
 * @param input limits on the source files
 * @param threads threads of the partitioned bulk steps; 0 means one per core
 * @param keepAdditions a new run seeds again the imports people added to the demo (see
 * {@code plan.KeptImport}); without it the demo is the plain demo
 * @param schema where the target's schema comes from: the built-in migrations, or the
 * platform's own schema
 */
@Validated
@ConfigurationProperties(prefix = "seeder", ignoreUnknownFields = false)
public record SeederProperties(@Valid @NotNull Db db, long seed, LocalDate asOf,
		@Min(1) @Max(SeederProperties.MAX_SCALE) int scale, @NotNull Path reportDir, @NotNull Path backupDir,
		Path inputDir, @Valid @NotNull Reset reset, @Valid @NotNull Backup backup, String failAt,
		@Min(1) @Max(100_000) int chunkSize, @Valid @NotNull Schedule schedule, @Valid @NotNull Input input,
		@Min(0) int threads, boolean keepAdditions, @Valid @NotNull Schema schema) {

	/**
	 * The largest scale: the config file and {@code --scale} are held to the same bound.
	 */
	public static final int MAX_SCALE = 10_000;

	/** Threads of the partitioned bulk steps: {@code threads}, or one per core when 0. */
	public int threadCount() {
		return (this.threads > 0) ? this.threads : Runtime.getRuntime().availableProcessors();
	}

	/**
	 * Where the target database is; the password is never logged.
	 *
	 * @param url the target's JDBC URL; none starts an embedded PostgreSQL for the run
	 * @param user the database user
	 * @param password the user's password
	 */
	public record Db(String url, @DefaultValue("postgres") String user, @DefaultValue("") String password) {

		@Override
		public String toString() {
			return "Db[url=" + this.url + ", user=" + this.user + ", password=****]";
		}

	}

	/**
	 * What the safety guard allows to be dropped.
	 *
	 * @param allowedDatabases databases the job may drop, matched exactly
	 * @param allowedHosts hosts the job may drop on, matched exactly (case and IPv6
	 * brackets aside)
	 * @param forceUnmarked drop a database that holds tables without the demo-seeder
	 * marker
	 */
	public record Reset(@NotEmpty List<String> allowedDatabases, @NotEmpty List<String> allowedHosts,
			boolean forceUnmarked) {
	}

	/**
	 * Backups taken before each reset.
	 *
	 * @param retention backups kept, newest first
	 * @param pgDump whether backups use pg_dump (auto) or the JDBC fallback (never)
	 */
	public record Backup(@Min(1) int retention, @NotNull PgDumpMode pgDump) {
	}

	/**
	 * The nightly refresh.
	 *
	 * @param cron when the schedule command refreshes: a Spring cron expression with
	 * seconds
	 */
	public record Schedule(@NotEmpty String cron) {
	}

	/**
	 * What a source file may be: at most {@code maxFileSize}, and at most
	 * {@code maxUnreadableRows} rows its reader cannot read cleanly (kept as invalid
	 * records); beyond either, the file fails its step before any row of it is written.
	 *
	 * @param maxFileSize the largest source file read
	 * @param maxUnreadableRows rows of one file that cannot be read cleanly, kept as
	 * invalid records; one more fails the file
	 */
	public record Input(@NotNull DataSize maxFileSize, @Min(0) int maxUnreadableRows) {
	}

	/**
	 * Where the target's schema comes from.
	 *
	 * @param from a schema-only dump (a file as {@code pg_dump --schema-only} writes it,
	 * or plain SQL) or the JDBC URL of a template database whose schema is copied; none
	 * means the built-in migrations
	 */
	public record Schema(String from) {

		public boolean builtIn() {
			return this.from == null || this.from.isBlank();
		}

	}

	/** Whether backups use {@code pg_dump} or the JDBC fallback. */
	public enum PgDumpMode {

		/** {@code pg_dump} when a compatible one is on PATH, else the JDBC fallback. */
		AUTO,
		/** Always the JDBC fallback. */
		NEVER

	}

}
