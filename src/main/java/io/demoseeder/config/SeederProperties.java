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
 * command line. {@code asOf} null means today. Unknown keys are rejected so that a typo
 * in a job config is an error rather than a silently ignored setting.
 */
@Validated
@ConfigurationProperties(prefix = "seeder", ignoreUnknownFields = false)
public record SeederProperties(@Valid @NotNull Db db, long seed, LocalDate asOf, @Min(1) @Max(10_000) int scale,
		@NotNull Path reportDir, @NotNull Path backupDir, Path inputDir, @Valid @NotNull Reset reset,
		@Valid @NotNull Backup backup, String failAt, @Min(1) @Max(100_000) int chunkSize,
		@Valid @NotNull Schedule schedule, @Valid @NotNull Input input, @Min(0) int threads) {

	/** Threads of the partitioned bulk steps: {@code threads}, or one per core when 0. */
	public int threadCount() {
		return (this.threads > 0) ? this.threads : Runtime.getRuntime().availableProcessors();
	}

	/** Where the target database is; the password is never logged. */
	public record Db(String url, @DefaultValue("postgres") String user, @DefaultValue("") String password) {

		@Override
		public String toString() {
			return "Db[url=" + this.url + ", user=" + this.user + ", password=****]";
		}

	}

	/** What the safety guard allows to be dropped. */
	public record Reset(@NotEmpty List<String> allowedDatabases, @NotEmpty List<String> allowedHosts,
			boolean forceUnmarked) {
	}

	/** Backups taken before each reset. */
	public record Backup(@Min(1) int retention, @NotNull PgDumpMode pgDump) {
	}

	/** The nightly refresh: a Spring cron expression with seconds. */
	public record Schedule(@NotEmpty String cron) {
	}

	/**
	 * What a source file may be: at most {@code maxFileSize}, and at most
	 * {@code maxUnreadableRows} rows its reader cannot read cleanly (kept as invalid
	 * records); beyond either, the file fails its step before any row of it is written.
	 */
	public record Input(@NotNull DataSize maxFileSize, @Min(0) int maxUnreadableRows) {
	}

	/** Whether backups use {@code pg_dump} or the JDBC fallback. */
	public enum PgDumpMode {

		/** {@code pg_dump} when a compatible one is on PATH, else the JDBC fallback. */
		AUTO,
		/** Always the JDBC fallback. */
		NEVER

	}

}
