package io.demoseeder.config;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.demoseeder.database.Activity;
import io.demoseeder.database.DatabaseAdmin;
import io.demoseeder.database.DatabaseLocation;
import io.demoseeder.database.LaunchTarget;
import io.demoseeder.database.TargetDatabase;
import io.demoseeder.reset.SafetyGuard;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.batch.autoconfigure.BatchTransactionManager;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSource;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two databases on one server: the target, which the job drops and rebuilds, and the
 * control database {@code <target>_control} holding Spring Batch's job repository, which
 * must outlive every reset so that a failed run can be relaunched.
 */
@Configuration(proxyBeanMethods = false)
public class DataSourceConfiguration {

	/** Qualifier of the transaction manager of chunk steps that write the target. */
	public static final String SEEDING_TRANSACTION_MANAGER = "seedingTransactionManager";

	/**
	 * Each target connection's settings: a work_mem for the readers' sorts, and lz4 for
	 * the values the server compresses (the bulk steps' JSON documents over ~2 kB), where
	 * the server has it (PostgreSQL 14 on, built with lz4): pglz's compression was a
	 * tenth of the server's CPU in the assets step, lz4 is several times faster, and
	 * reading the values back (later steps, the record, the validation, the platform) is
	 * too. Only how the server stores a value changes, never the value.
	 */
	private static final String SESSION_SETTINGS = """
			SELECT set_config('work_mem', '64MB', false),
			       (SELECT set_config('default_toast_compression', 'lz4', false)
			        FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals))
			""";

	/**
	 * A {@link JdbcConnectionDetails} bean (a {@code @ServiceConnection} container) comes
	 * first, as Spring Boot's own data sources honour one; then {@code seeder.db.*}.
	 */
	@Bean(destroyMethod = "close")
	TargetDatabase targetDatabase(SeederProperties properties, ObjectProvider<LaunchTarget> launchTarget,
			ObjectProvider<JdbcConnectionDetails> connectionDetails) {
		JdbcConnectionDetails details = connectionDetails.getIfAvailable();
		if (details != null) {
			return TargetDatabase.configured(details.getJdbcUrl(), details.getUsername(), details.getPassword());
		}
		SeederProperties.Db db = properties.db();
		if (db.url() != null && !db.url().isBlank()) {
			return TargetDatabase.configured(db.url(), db.user(), db.password());
		}
		if (!launchTarget.getIfAvailable(() -> LaunchTarget.SAFE).embeddedServer()) {
			throw new InvalidConfigurationException(
					"no database URL: give --db-url or set SEEDER_DB_URL (only 'run' starts an embedded database)");
		}
		return TargetDatabase.embedded();
	}

	@Bean
	DatabaseLocation targetLocation(TargetDatabase targetDatabase) {
		Activity.on(targetDatabase.location());
		return targetDatabase.location();
	}

	/** Pooled and lazy: the target may not exist until the reset step creates it. */
	@Bean(destroyMethod = "close")
	@Primary
	HikariDataSource targetDataSource(DatabaseLocation targetLocation, SeederProperties properties) {
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("target");
		PGSimpleDataSource target = targetLocation.unpooledDataSource();
		// the JdbcBatchItemWriters of the small tables send one multi-row INSERT per
		// batch
		target.setReWriteBatchedInserts(true);
		pool.setDataSource(target);
		// a partition worker holds two: its reader's cursor and its chunk's transaction
		pool.setMaximumPoolSize(2 * properties.threadCount() + 2);
		pool.setMinimumIdle(0);
		// the partition readers sort a tenant's rows (tens of MB at scale 1000): in
		// memory, not in temporary files as with the server's default of 4MB
		pool.setConnectionInitSql(SESSION_SETTINGS);
		return pool;
	}

	@Bean
	SafetyGuard safetyGuard(SeederProperties properties) {
		SeederProperties.Reset reset = properties.reset();
		return new SafetyGuard(reset.allowedDatabases(), reset.allowedHosts(), reset.forceUnmarked());
	}

	/**
	 * Created when missing; but for a command that will drop the target, only once the
	 * guard allows it, so that a refused run leaves nothing at all behind on the server.
	 */
	@Bean(destroyMethod = "close")
	@BatchDataSource
	HikariDataSource controlDataSource(DatabaseLocation targetLocation, SafetyGuard safetyGuard,
			ObjectProvider<LaunchTarget> launchTarget, SeederProperties properties) {
		safetyGuard.checkLaunch(launchTarget.getIfAvailable(() -> LaunchTarget.SAFE), targetLocation);
		DatabaseLocation control = targetLocation.control();
		// the job repository's tables are made next, by Boot's initializer
		Activity.doing("preparing the control database and its job repository");
		new DatabaseAdmin(control).createIfMissing(control.database());
		HikariDataSource pool = new HikariDataSource();
		pool.setPoolName("control");
		pool.setDataSource(control.unpooledDataSource());
		// each partition worker's chunk transaction holds one while the chunk runs
		pool.setMaximumPoolSize(properties.threadCount() + 2);
		return pool;
	}

	@Bean
	@BatchTransactionManager
	DataSourceTransactionManager controlTransactionManager(@BatchDataSource DataSource controlDataSource) {
		return new SessionAwareTransactionManager(controlDataSource);
	}

	@Bean
	@Primary
	DataSourceTransactionManager targetTransactionManager(DataSource targetDataSource) {
		return new SessionAwareTransactionManager(targetDataSource);
	}

	/**
	 * For chunk steps that write the target: see {@link TargetFirstTransactionManager}.
	 */
	@Bean(SEEDING_TRANSACTION_MANAGER)
	TargetFirstTransactionManager seedingTransactionManager(
			@BatchTransactionManager PlatformTransactionManager controlTransactionManager,
			PlatformTransactionManager targetTransactionManager) {
		return new TargetFirstTransactionManager(controlTransactionManager, targetTransactionManager);
	}

	@Bean
	@Primary
	JdbcTemplate targetJdbcTemplate(DataSource targetDataSource) {
		return new JdbcTemplate(targetDataSource);
	}

}
